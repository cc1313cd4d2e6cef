/**
 * Issue 14 item 3: where Insert Add-on… / Insert Agreement Safeguard… put an item. A freshly
 * opened file (cursor at 1:1) got the clause glued in front of its `#` title; a blank line
 * before a heading got the heading glued to the list. The item goes on its own lines.
 */
import assert from 'node:assert/strict';
import { applyEdits, blankLineAt, buildModel, placeItem, snippetToText, type Lang } from '../src/index.js';

/** The headings of a text, as `depth title` (what "parses to the same headings" compares). */
const headings = (text: string) => buildModel(text).sections.filter((s) => s.heading).map((s) => `${s.depth} ${s.title}`);

/** Top-level blocks of a text, as mdast types (a heading glued to a list stops being one). */
const blocks = (text: string) => buildModel(text).tree.children.map((c) => c.type);

const EN = '---\nproposal: true\n---\n\n# Proposal for Kestrel\n\nIntro.\n\n## Investment\n\nThe fee is $48,000.\n\n## Next steps\n\nA call on Monday.\n';
const JA = '---\nproposal: true\nlang: ja\n---\n\n# ご提案書\n\nはじめに。\n\n## お見積り\n\n総額480万円です。\n\n## 今後の進め方\n\n来週お電話します。\n';

function insert(text: string, group: 'addon' | 'safeguard', prefix: string, lang: Lang, cursor?: number) {
  const ins = placeItem(buildModel(text), group, prefix, lang, cursor);
  const after = applyEdits(text, [ins.edit]);
  // The snippet body is the same insertion with tab stops: as plain text it is the edit's text.
  assert.equal(snippetToText(ins.snippet), ins.edit.text);
  // Nothing of the user's text is lost or moved.
  assert.equal(after.slice(0, ins.edit.start) + after.slice(ins.edit.start + ins.edit.text.length), text);
  return { ins, after };
}

describe('placement of inserted items (issue 14)', () => {
  for (const [lang, text, agreement, valueAdd, nextSteps, pricing] of [
    ['en', EN, 'Agreement and safeguards', 'Value-added services', 'Next steps', 'Investment'],
    ['ja', JA, '契約条件', '付加価値サービス', '今後の進め方', 'お見積り'],
  ] as const) {
    it(`${lang}: a safeguard with the cursor at 1:1 gets a terms section before the next steps, not in front of the title`, () => {
      const { ins, after } = insert(text, 'safeguard', 'safeguard-good-faith', lang, 0);
      assert.equal(ins.where, 'new-section');
      assert.equal(ins.edit.start, text.indexOf(`## ${nextSteps}`));
      const expected = headings(text);
      expected.splice(expected.indexOf(`2 ${nextSteps}`), 0, `2 ${agreement}`);
      assert.deepEqual(headings(after), expected);
      const terms = buildModel(after).sections.find((s) => s.title === agreement)!;
      assert.equal(terms.role, 'agreement');
      assert.match(after.slice(terms.start, terms.end), lang === 'ja' ? /\n- \*\*事情変更時の誠実協議/ : /\n- \*\*Good-faith review/);
    });

    it(`${lang}: an add-on with no section of its own gets one before the pricing`, () => {
      const { ins, after } = insert(text, 'addon', 'addon-report', lang, 0);
      assert.equal(ins.where, 'new-section');
      assert.equal(ins.edit.start, text.indexOf(`## ${pricing}`));
      const expected = headings(text);
      expected.splice(expected.indexOf(`2 ${pricing}`), 0, `2 ${valueAdd}`);
      assert.deepEqual(headings(after), expected);
      assert.equal(buildModel(after).sections.find((s) => s.title === valueAdd)!.role, 'value-add');
    });

    it(`${lang}: an add-on goes at the end of the add-on section that exists, the same place the clauses of a quick fix go`, () => {
      const withSection = text.replace(`## ${pricing}`, `## ${valueAdd}\n\n- ${lang === 'ja' ? '分割払いにも対応します。' : 'Phased payment in three instalments.'}\n\n## ${pricing}`);
      const { ins, after } = insert(withSection, 'addon', 'addon-survey', lang, 0);
      assert.equal(ins.where, 'section');
      assert.equal(ins.edit.start, withSection.indexOf(`## ${pricing}`));
      assert.deepEqual(headings(after), headings(withSection));
      const section = buildModel(after).sections.find((s) => s.title === valueAdd)!;
      const lists = buildModel(after).tree.children.filter((c) => c.type === 'list' && (c.position?.start.offset ?? 0) >= section.start && (c.position?.end.offset ?? 0) <= section.end);
      assert.equal(lists.length, 1, 'the item joins the section\'s list');
      assert.equal(lists[0]!.type === 'list' && lists[0]!.children.length, 2);
    });

    it(`${lang}: on a blank line right before a heading, the item gets its own lines and the heading stays a heading`, () => {
      const cursor = text.indexOf(`## ${nextSteps}`) - 1; // the blank line above the heading
      const { ins, after } = insert(text, 'addon', 'addon-training', lang, cursor);
      assert.equal(ins.where, 'cursor');
      assert.deepEqual(headings(after), headings(text));
      assert.match(ins.edit.text, /^\n- \*\*[^\n]+\n$/);
      assert.ok(after.includes(`${ins.edit.text.trim()}\n\n## ${nextSteps}`), after);
      // The blocks are the old ones with one list before the heading.
      const expected = blocks(text);
      expected.splice(expected.length - 2, 0, 'list');
      assert.deepEqual(blocks(after), expected);
    });
  }

  it('the cursor counts only on a blank line between blocks of client text', () => {
    const text = '---\nproposal: true\n---\n\n# Proposal\n\n- one\n\n- two\n\n<!-- internal -->\n\nnotes\n\n<!-- /internal -->\n\n```\ncode\n\n```\n\nEnd.\n';
    const at = (needle: string, delta = 0) => text.indexOf(needle) + delta;
    assert.equal(blankLineAt(buildModel(text), 0), undefined, 'the front matter fence');
    assert.equal(blankLineAt(buildModel(text), at('proposal: true')), undefined, 'in the front matter');
    assert.equal(blankLineAt(buildModel(text), at('# Proposal')), undefined, 'on the title');
    assert.equal(blankLineAt(buildModel(text), at('# Proposal', -1)), undefined, 'between the front matter and the title');
    assert.equal(blankLineAt(buildModel(text), at('- one', -1)), at('- one', -1), 'between the title and the list');
    assert.equal(blankLineAt(buildModel(text), at('- two', -1)), undefined, 'between two items of one list');
    assert.equal(blankLineAt(buildModel(text), at('notes', -1)), undefined, 'in an internal part');
    assert.equal(blankLineAt(buildModel(text), at('\n```\n\nEnd', 0)), undefined, 'inside a fence');
    assert.equal(blankLineAt(buildModel(text), at('End.', -1)), at('End.', -1), 'between the fence and the last paragraph');
    assert.equal(blankLineAt(buildModel(''), 0), undefined, 'an empty document');
  });

  it('a CRLF document gets CRLF line breaks', () => {
    const text = EN.replace(/\n/g, '\r\n');
    const { ins } = insert(text, 'safeguard', 'safeguard-termination', 'en', 0);
    assert.ok(!/[^\r]\n/.test(ins.edit.text) && !/[^\r]\n/.test(ins.snippet), JSON.stringify(ins.edit.text));
  });
});
