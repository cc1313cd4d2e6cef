import { walkAway } from '../engine/batna.js';
import { placeSnippet } from '../engine/placement.js';
import { clientBlocks, clientHits } from '../engine/query.js';
import { PRICE_ELSEWHERE } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';

export const missingBatna: Rule = {
  meta: {
    id: 'missing-batna',
    type: 'problem',
    severity: 'warning',
    playbook: '3.1',
    kinds: ['proposal', 'rfp-response'],
    documentLevel: true,
    hasSuggestions: true,
    description: {
      en: 'The proposal records no walk-away point (BATNA) in its internal notes.',
      ja: '社内メモに撤退ライン（BATNA）が記録されていません。',
    },
    rationale: {
      en: 'Deciding before negotiating where you will walk away, and what your best alternative is, keeps sunk costs and emotion from trapping you in a bad deal. The point is private, so it belongs in the front matter or an internal block, never in the client\'s text. Write down both: the price or terms below which you walk away, and what you will do instead.',
      ja: '交渉の前に撤退ラインと代替案を決めておけば、それまでの労力や感情に引きずられて不利な取引を受けることを防げます。これは社内情報なので、フロントマターか社内ブロックに書き、お客様提出用の本文には書きません。これを下回ったら辞退する価格・条件と、辞退した場合の代替案の両方を書いておきます。',
    },
    messages: {
      missing: {
        en: 'No walk-away point (BATNA) is recorded; before negotiating, add "batna:" to the front matter or an internal block.',
        ja: '撤退ライン（BATNA）が未記録です。交渉前に決め、フロントマターの「撤退ライン:」か社内ブロックに書いてください。',
      },
      placeholder: {
        en: 'Walk-away point "{{key}}" is still a placeholder; write the price or terms you would walk away at.',
        ja: '撤退ライン「{{key}}」が仮の値のままです。辞退する価格・条件と代替案を具体的に書いてください。',
      },
      addKey: {
        en: 'Add a "batna:" key to the front matter',
        ja: 'フロントマターに「撤退ライン:」を追加',
      },
    },
    teach: { concept: 'batna', label: { en: 'walk-away words', ja: '撤退ラインを表す語' } },
    examples: [
      { lang: 'en', kind: 'valid', title: 'Walk-away point in the front matter', code: '---\nbatna: "Below $52,000 we decline; our alternative is the Osaka tender."\n---\n\n# Proposal\n' },
      { lang: 'en', kind: 'invalid', title: 'No walk-away point anywhere', code: '# Proposal for Acme\n\nWe propose a three-month programme.\n' },
      { lang: 'ja', kind: 'valid', title: '社内ブロックに撤退ライン', code: '# ご提案\n\n<!-- internal -->\n\n撤退ライン：480万円を下回る場合は辞退する。\n\n<!-- /internal -->\n' },
      { lang: 'ja', kind: 'invalid', title: '撤退ラインがない', code: '# ご提案書\n\n貴社の研修についてご提案します。\n' },
    ],
  },
  check({ model, lexicon, report }) {
    const found = walkAway(model, lexicon);
    if (found.recorded) return;
    // The price lives in another document (a tender's cost volume, 「価格編」, a separate quote):
    // the walk-away point is decided there, with the price it guards.
    if (!found.placeholder && PRICE_ELSEWHERE.test(model.text)) return;
    // A later-round letter that names no price (a thank-you after the pitch, a note on the next steps):
    // the walk-away point was decided with the offer it guards, not in this letter.
    if (!found.placeholder && model.laterRound && clientHits(model, lexicon.get('currency'), clientBlocks(model)).length === 0) return;
    if (found.placeholder) {
      report({ messageId: 'placeholder', data: { key: found.placeholder.key }, start: found.placeholder.range.start, end: found.placeholder.range.end });
      return;
    }
    const fm = model.frontMatter;
    const at = fm ? { start: fm.start, end: fm.start + 3 } : {};
    const { edit, snippet } = placeSnippet(model, 'prop-batna', model.lang);
    report({
      messageId: 'missing',
      ...at,
      evidence: {
        en: 'Looked in the front matter (batna, walk_away, floor_price… and notes under any key), internal blocks and sections, and HTML comments; found no walk-away point.',
        ja: 'フロントマター（撤退ライン・batna などのキーと各種メモ）、社内ブロック・社内の節、HTMLコメントを確認しましたが、撤退ラインが見つかりませんでした。',
      },
      suggestions: [{ messageId: 'addKey', edits: [edit], snippet: { start: edit.start, end: edit.end, body: snippet } }],
    });
  },
};

