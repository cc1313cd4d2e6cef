/**
 * Footnote calls through patches/micromark-extension-gfm-footnote+2.1.0.patch (issue 12): the search
 * back from a `]` for an opening `![` is bounded by the longest footnote identifier; calls at that
 * bound, padded with whitespace or far from the last label start are still calls, in English and Japanese.
 */
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { parseMarkdown } from '../src/engine/parse.js';

/** Every footnote reference: its identifier and 1-based line:column. */
function calls(text: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'footnoteReference') found.push(`${node.identifier}@${node.position?.start.line}:${node.position?.start.column}`);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parseMarkdown(text));
  return found;
}

describe('footnote calls (bounded search for an opening)', () => {
  it('finds calls after [ and after ! in English and Japanese', () => {
    assert.deepEqual(calls('Fee.[^a] Then ![^a] too.\n\n[^a]: Note.\n'), ['a@1:5', 'a@1:16']);
    assert.deepEqual(calls('料金です。[^注記]、![^注記]も。\n\n[^注記]: 補足。\n'), ['注記@1:6', '注記@1:13']);
  });

  it('a call whose identifier is 999 escaped characters long (the largest event count) is still found', () => {
    const id = '\\*'.repeat(499) + 'a';
    const text = `x ![^${id}] y\n\n[^${id}]: Note.\n`;
    assert.deepEqual(calls(text), [`${id}@1:4`]);
  });

  it('whitespace around the identifier (trimmed when normalized) still makes a call, however long', () => {
    const text = `x ![${' '.repeat(5000)}^a${' '.repeat(5000)}] y\n\n[^a]: Note.\n`;
    assert.equal(calls(text).length, 1);
  });

  it('stray closing brackets before and after do not hide a call', () => {
    const text = 'a]\n'.repeat(2000) + '![^a]\n' + 'あ]\n'.repeat(2000) + '提案】![^注]\n\n[^a]: A.\n\n[^注]: 注。\n';
    assert.deepEqual(calls(text), ['a@2001:2', '注@4002:5']);
  });

  it('no footnote definitions: a would-be call stays text', () => {
    assert.deepEqual(calls('x ![^a] y [^a] z\n'), []);
    assert.deepEqual(calls('提案 ![^注] と [^注]\n'), []);
  });
});
