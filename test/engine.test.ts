import assert from 'node:assert/strict';
import { buildModel } from '../src/engine/model.js';
import { isSpaceCode, splitSentences } from '../src/engine/sentences.js';
import { applyEdits, insertBlock, addFrontMatterKey } from '../src/engine/edits.js';
import { snippetToText } from '../src/engine/templates.js';
import { isProposal } from '../src/engine/detect.js';
import { decodeText } from '../src/engine/input.js';
import { EXCHANGE, EXCHANGE_WORDS, TAX_STATEMENT, TAX_WORDS } from '../src/engine/currency-tax.js';

const abbr = (t: string) => ['e.g.', 'inc.', 'mr.'].includes(t.toLowerCase());
const sentences = (text: string) => splitSentences(text, abbr).map(([s, e]) => text.slice(s, e));

describe('engine: sentences', () => {
  it('reads white space by character code exactly as /\\s/u does, for every UTF-16 unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isSpaceCode(c), /\s/u.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
  it('splits English at . ? ! but not after abbreviations or inside decimals', () => {
    assert.deepEqual(sentences('We cut costs by 3.5% in 2024. Why? Ask Acme Inc. They know! e.g. this stays.'), [
      'We cut costs by 3.5% in 2024.', 'Why?', 'Ask Acme Inc. They know!', 'e.g. this stays.',
    ]);
  });
  it('splits Japanese at 。！？ keeping closing brackets', () => {
    assert.deepEqual(sentences('弊社は2012年創業です。「品質第一。」が方針です！本当ですか？'), [
      '弊社は2012年創業です。', '「品質第一。」が方針です！', '本当ですか？',
    ]);
  });
  it('keeps a lower-case continuation after a period in one sentence', () => {
    assert.deepEqual(sentences('The fee is approx. five million. Next.'), ['The fee is approx. five million.', 'Next.']);
  });
});

describe('engine: the proposal model', () => {
  it('maps sentences to exact source offsets, through emphasis and escapes', () => {
    const text = '# T\n\nWe **really** help \\*you\\*. Second one.\n';
    const m = buildModel(text);
    const para = m.blocks.find((b) => b.kind === 'paragraph')!;
    assert.equal(para.text, 'We really help *you*. Second one.');
    const [first, second] = para.sentences;
    assert.equal(text.slice(first!.start, first!.end), 'We **really** help \\*you\\*.');
    assert.equal(text.slice(second!.start, second!.end), 'Second one.');
  });

  it('keeps only author prose: no code, inline code, HTML, link URLs or block quotes', () => {
    const text = '# T\n\nSee [our page](https://cheapest.example) and `cheapest`.\n\n```\ncheapest\n```\n\n> The cheapest bid won last year.\n\n<div>cheapest</div>\n';
    const m = buildModel(text);
    const prose = m.blocks.map((b) => b.text).join('|');
    assert.equal(prose, 'T|See our page and \ufffc.');
  });

  it('builds nested sections with ranges to the next heading of the same or higher level', () => {
    const text = '# Title\n\nIntro.\n\n## A\n\nA text.\n\n### A1\n\nDeep.\n\n## B\n\nB text.\n';
    const m = buildModel(text);
    const [title, a, a1, b] = m.sections;
    assert.deepEqual(m.sections.map((s) => [s.title, s.depth, s.parent?.title ?? null]), [['Title', 1, null], ['A', 2, 'Title'], ['A1', 3, 'A'], ['B', 2, 'Title']]);
    assert.equal(text.slice(a!.start, a!.end), '## A\n\nA text.\n\n### A1\n\nDeep.\n\n');
    assert.equal(text.slice(a!.start, a!.ownEnd), '## A\n\nA text.\n\n');
    assert.equal(a1!.end, b!.start);
    assert.equal(title!.end, text.length);
  });

  it('finds internal regions: front matter, comment blocks (closed or not), internal headings', () => {
    const text = '---\nbatna: x\n---\n\n# P\n\nPublic.\n\n<!-- internal -->\nSecret one.\n<!-- /internal -->\n\nPublic two.\n\n## Internal notes\n\nSecret two.\n\n### Sub\n\nSecret three.\n\n## Next\n\nPublic three.\n\n```\n<!-- internal -->\n```\n\n<!--社内-->\n\nSecret four.\n';
    const m = buildModel(text);
    const flags = m.blocks.filter((b) => b.kind === 'paragraph').map((b) => `${b.text}:${b.internal ? 'internal' : 'client'}`);
    assert.deepEqual(flags, ['Public.:client', 'Secret one.:internal', 'Public two.:client', 'Secret two.:internal', 'Secret three.:internal', 'Public three.:client', 'Secret four.:internal']);
    assert.ok(m.isInternal(0));
    assert.deepEqual(m.sections.map((s) => s.role), ['other', 'internal', 'internal', 'other']);
  });

  it('detects the language per paragraph and for the document, overridable by front matter', () => {
    const text = '# ご提案\n\n貴社の課題について説明します。\n\nWe also add an English summary here.\n\n弊社の実績です。\n';
    const m = buildModel(text);
    assert.equal(m.lang, 'ja');
    assert.deepEqual(m.blocks.map((b) => b.lang), ['ja', 'ja', 'en', 'ja']);
    assert.equal(buildModel('---\nlang: en\n---\n' + text).lang, 'en');
    assert.equal(buildModel(text, { language: 'en' }).lang, 'en');
  });

  it('reads front matter, and reports YAML errors instead of throwing', () => {
    assert.deepEqual(buildModel('---\nclient: Acme\nbatna: 5\n---\n# P\n').frontMatter?.data, { client: 'Acme', batna: 5 });
    const broken = buildModel('---\nclient: [Acme\n---\n# P\n').frontMatter!;
    assert.deepEqual(broken.data, {});
    assert.ok(broken.error && broken.error.offset >= 4);
  });

  it('converts offsets to 1-based lines and columns, CRLF included', () => {
    const m = buildModel('# A\r\n\r\nText here.\r\n');
    assert.deepEqual(m.toPoint(7), { line: 3, column: 1 });
    assert.equal(m.toOffset(3, 1), 7);
    assert.deepEqual(m.toPoint(m.text.length), { line: 4, column: 1 });
  });

  it('anchors document-level findings on the first heading, else line 1', () => {
    const m = buildModel('---\na: 1\n---\n\nIntro line.\n\n# Title here\n');
    assert.equal(m.text.slice(m.anchor.start, m.anchor.end), '# Title here');
    const n = buildModel('No headings at all.\nSecond line.');
    assert.equal(n.text.slice(n.anchor.start, n.anchor.end), 'No headings at all.');
  });

  it('parses CJK emphasis next to punctuation (remark-cjk-friendly)', () => {
    const m = buildModel('**強調。**続き\n');
    assert.equal(m.blocks[0]!.text, '強調。続き');
  });
});

describe('engine: edits', () => {
  it('inserts a block with exactly one blank line on each side', () => {
    const text = '# A\n\nText.\n## B\n';
    const { edit } = insertBlock(text, text.indexOf('## B'), '## New\n\nBody.');
    assert.equal(applyEdits(text, [edit]), '# A\n\nText.\n\n## New\n\nBody.\n\n## B\n');
    const end = insertBlock('# A\n\nText.', 11, '## New');
    assert.equal(applyEdits('# A\n\nText.', [end.edit]), '# A\n\nText.\n\n## New\n');
  });

  it('adds a front-matter key to existing front matter, or creates it', () => {
    const a = buildModel('---\nclient: Acme\n---\n# P\n');
    assert.equal(applyEdits(a.text, [addFrontMatterKey(a, 'batna: x')]), '---\nclient: Acme\nbatna: x\n---\n# P\n');
    const b = buildModel('# P\n');
    assert.equal(applyEdits(b.text, [addFrontMatterKey(b, 'batna: x')]), '---\nbatna: x\n---\n\n# P\n');
  });

  it('turns snippet syntax into plain text', () => {
    assert.equal(snippetToText('a ${1:b ${2:c}} ${3|x,y|} $0 \\$5'), 'a b c x  $5');
  });
});

describe('engine: inputs and detection', () => {
  it('tells binary and non-UTF-8 bytes from text', () => {
    assert.deepEqual(decodeText(new TextEncoder().encode('# 提案\n')), { ok: true, text: '# 提案\n' });
    assert.equal((decodeText(new Uint8Array([35, 0, 1])) as { reason: string }).reason, 'binary');
    assert.equal((decodeText(new Uint8Array([35, 0xff])) as { reason: string }).reason, 'encoding');
  });

  it('decides which Markdown files are proposals', () => {
    assert.equal(isProposal('proposals/acme.md', undefined), true);
    assert.equal(isProposal('docs/acme-proposal.md', undefined), true);
    assert.equal(isProposal('営業/研修提案.md', undefined), true);
    assert.equal(isProposal('見積/2027.md', undefined), false);
    assert.equal(isProposal('お見積書.md', undefined), true);
    assert.equal(isProposal('README.md', undefined), false);
    assert.equal(isProposal('README.md', { proposal: true }), true);
    assert.equal(isProposal('notes.md', { type: 'proposal' }), true);
    assert.equal(isProposal('proposals/acme.md', { proposal: false }), false);
    assert.equal(isProposal('proposals/old/acme.md', undefined, { exclude: ['proposals/old/**'] }), false);
  });
});

import { lint } from '../src/index.js';
import { only } from './helpers.js';
describe('engine: inline directives', () => {
  const body = '# Investment\n\nThe lowest we can go is $38,000.\n';
  const count = (text: string) => lint(text, only('exposed-batna')).length;
  it('disable-next-line silences exactly the next line', () => {
    assert.equal(count(body), 1);
    assert.equal(count('# Investment\n\n<!-- proposal-lint-disable-next-line exposed-batna -- RFP asks for it -->\nThe lowest we can go is $38,000.\n'), 0);
    assert.equal(count('# Investment\n\n<!-- proposal-lint-disable-next-line price-only-framing -->\nThe lowest we can go is $38,000.\n'), 1);
  });
  it('disable-line, disable/enable ranges and disable-file', () => {
    assert.equal(count('# Investment\n\nThe lowest we can go is $38,000. <!-- proposal-lint-disable-line -->\n'), 0);
    assert.equal(count('<!-- proposal-lint-disable exposed-batna -->\n\n# Investment\n\nThe lowest we can go is $38,000.\n\n<!-- proposal-lint-enable exposed-batna -->\n\nThe lowest we can go is $40,000.\n'), 1);
    assert.equal(count('# Investment\n\nThe lowest we can go is $38,000.\n\n<!-- proposal-lint-disable-file exposed-batna -->\n'), 0);
  });
  it('directives inside code blocks do not count', () => {
    assert.equal(count('```\n<!-- proposal-lint-disable-file -->\n```\n\n' + body), 1);
  });
});

/**
 * Every string a pattern of this small subset matches at its shortest, with each alternative
 * and each optional part taken both ways: literals, `\b`, `\s` / `\d`-like classes with `?` `*` `+`,
 * `(?:…)` groups and `[…]` classes (the first character of a class stands for it).
 */
function expansions(source: string): string[] {
  let i = 0;
  const alternation = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[i] === '|') { i++; continue; }
      return out;
    }
  };
  const sequence = (): string[] => {
    let acc = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom: string[];
      const c = source[i]!;
      if (c === '(') {
        i += source.startsWith('(?:', i) ? 3 : 1;
        atom = alternation();
        i++; // ')'
      } else if (c === '[') {
        const close = source.indexOf(']', i + 1);
        atom = [source[i + 1] === '\\' ? source[i + 2]! : source[i + 1]!];
        i = close + 1;
      } else if (c === '\\') {
        const e = source[i + 1]!;
        atom = e === 'b' ? [''] : e === 's' ? [' '] : e === 'd' ? ['5'] : [e];
        i += 2;
      } else {
        atom = [c];
        i++;
      }
      const q = source[i];
      if (q === '?' || q === '*') { atom = ['', ...atom]; i++; } else if (q === '+') i++;
      acc = acc.flatMap((a) => atom.map((b) => a + b));
    }
    return acc;
  };
  return alternation();
}

describe('engine: currency and tax word filters', () => {
  for (const [name, full, words] of [['EXCHANGE', EXCHANGE, EXCHANGE_WORDS], ['TAX_STATEMENT', TAX_STATEMENT, TAX_WORDS]] as const) {
    it(`${name}: every shape it matches has a word of its filter (a line without one need not be searched)`, () => {
      const all = expansions(full.source);
      assert.ok(all.length >= 13, `${all.length} shapes`);
      for (const s of all) {
        assert.ok(full.test(` ${s} `), `the expansion "${s}" matches ${name}`);
        assert.ok(words.test(s), `"${s}" has a word of the filter`);
      }
    });
  }
});
