import { clientOccurrences } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';

export const unsupportedUrgency: Rule = {
  meta: {
    id: 'unsupported-urgency',
    type: 'problem',
    severity: 'warning',
    playbook: '3.6',
    kinds: ['proposal', 'rfp-response', 'quote'],
    description: {
      en: 'Urgency or scarcity without a concrete date and a reason in the same or the next sentence.',
      ja: '期限や希少性を訴えているのに、同じ文か次の文に具体的な日付と理由がありません。',
    },
    rationale: {
      en: 'A shorter decision window can move a risk-averse buyer, but only when it is real and credible: a date and a reason. Fake scarcity ("act now", "limited time") destroys the trust the relationship depends on. A deadline the buyer cannot put in a calendar is not credible, and one without a reason (a price change, a delivery slot, the fiscal year) looks invented.',
      ja: '決断の期限を示すことは慎重な買い手を動かしますが、それは期限が本物で信頼できる（日付と理由がある）場合だけです。根拠のない「今だけ」「期間限定」は関係の土台である信頼を壊します。日付のない期限は信頼されず、理由（価格改定、納期の枠、年度末など）のない期限は作られたものに見えます。',
    },
    messages: {
      noDateNoReason: {
        en: '"{{phrase}}" urges haste with no date or reason; give the deadline and why, or remove it.',
        ja: '「{{phrase}}」は日付も理由もなく急がせています。期限と理由を示すか、削除してください。',
      },
      noDate: {
        en: '"{{phrase}}" gives a reason but no concrete date; state the date of the deadline.',
        ja: '「{{phrase}}」には理由はあっても日付がありません。期限の日付を書いてください。',
      },
      noReason: {
        en: '"{{phrase}}" gives a date but no reason; say why the deadline exists.',
        ja: '「{{phrase}}」には日付はあっても理由がありません。その期限の理由を書いてください。',
      },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'A real deadline with its reason', code: 'This price is a limited-time offer until 31 March 2027, because the manufacturer raises list prices on 1 April.\n' },
      { lang: 'en', kind: 'invalid', title: 'Fake scarcity', code: 'Act now: only a few slots left!\n' },
      { lang: 'ja', kind: 'valid', title: '日付と理由のある期限', code: '2027年3月末までにご発注いただければ、4月の価格改定前の価格でご提供できます。今だけの条件です。\n' },
      { lang: 'ja', kind: 'invalid', title: '根拠のない「今だけ」', code: '今だけの特別価格です。お早めにお申し込みください。\n' },
    ],
  },
  check(context) {
    const { model } = context;
    const date = context.lexicon.get('date');
    const reason = context.lexicon.get('reason');
    // One finding per sentence: 「今なら…キャンペーン中です！」 is one push, not two.
    const said = new Set<unknown>();
    for (const hit of clientOccurrences(context, 'urgency')) {
      // Courtesy, not pressure: 「お早めにご連絡ください」, "let us know early if…".
      const at = hit.block.text.slice(hit.match.end, hit.match.end + 12);
      if (COURTESY.test(at)) continue;
      // Negated: 「今すぐ交換しなくても5年は使えます」, "there is no need to decide now".
      if (NOT_URGENT.test(at) || /\bno\s+(?:need|rush|hurry)\b[^.]{0,20}$/iu.test(hit.block.text.slice(Math.max(0, hit.match.start - 30), hit.match.start))) continue;
      const sentences = hit.block.sentences;
      const i = sentences.findIndex((s) => hit.match.start >= s.textStart && hit.match.start < s.textEnd);
      const window = sentences.slice(Math.max(0, i), i + 2).map((s) => s.text).join(' ') || hit.block.text;
      // The sentence before counts too when the urgency phrase opens a sentence that refers back ("今だけの条件です").
      // The sentence before counts, and so does the paragraph or item right before when the
      // urgency opens its own (「…1月出荷分から値上がりします。」 then 「今月限りの価格です！」).
      const index = model.blocks.indexOf(hit.block);
      const previous = i === 0 && index > 0 && model.blocks[index - 1]!.section === hit.block.section ? model.blocks[index - 1]!.text : '';
      const before = i > 0 ? sentences[i - 1]!.text : previous;
      // After 先着 / "first come", a bare number of places is a capacity note (「（先着10戸）」, "(10 places)");
      // 「先着10名様限り／限定」 and a ！ are still pressure.
      const after = hit.block.text.slice(hit.match.end, hit.match.end + 16);
      if (/先着|first[\s-]come/iu.test(hit.match.text) && PLACES_AFTER.test(after) && !/限り|限定|のみ|だけ|[!！]|\bonly\b/iu.test(after)) continue;
      // 期間限定 when the period is a public scheme's (「助成金は令和8年度までの期間限定の措置」), counted only when the
      // sentence names the public side and not the seller's own offer.
      const here = sentences[i]?.text ?? hit.block.text;
      if (/期間限定|limited[\s-]time/iu.test(hit.match.text) && PUBLIC_MEASURE.test(hit.block.text.slice(hit.match.end, hit.match.end + 20)) && PUBLIC_SIDE.test(here) && !/弊社|当社|独自|\bour\b/iu.test(here)) continue;
      // People short of time ("reviewers have limited time") are not an offer running out.
      if (/limited/i.test(hit.match.text) && HAVE_BEFORE.test(hit.block.text.slice(Math.max(0, hit.match.start - 20), hit.match.start))) continue;
      // A heading ("## Limited-time hardware offer") is answered by the paragraph under it.
      const under = hit.block.kind === 'heading' ? model.blocks.slice(index + 1, index + 3).filter((b) => b.section === hit.block.section || b.section.parent === hit.block.section).map((b) => b.text).join(' ') : '';
      const hasDate = date.test(window) || date.test(before) || date.test(under);
      const hasReason = reason.test(window) || reason.test(before) || reason.test(under);
      if (hasDate && hasReason) continue;
      const sentence = sentences[i];
      if (sentence && said.has(sentence)) continue;
      if (sentence) said.add(sentence);
      const messageId = !hasDate && !hasReason ? 'noDateNoReason' : hasDate ? 'noReason' : 'noDate';
      context.report({ messageId, data: { phrase: hit.match.text }, start: hit.start, end: hit.end });
    }
  },
};

/** "have limited time", "with limited time": a person's time, not the offer's. */
const HAVE_BEFORE = /\b(?:have|has|had|with)\s+(?:very\s+|only\s+)?$/iu;

/** What follows an urgency word when it is courtesy: asking to be told, not to buy. */
const COURTESY = /^\s*(?:に|、)?\s*(?:ご連絡|お知らせ|ご相談|お問い合わせ|お申し付け|ご指示|ご返信|ご一報)|^\s*(?:and\s+)?(?:let\s+us\s+know|tell\s+us|contact\s+us|get\s+in\s+touch|reach\s+out)/iu;

/** The urgency word negated right after it: 「今すぐ交換しなくても」「今すぐでなくても」「今すぐではないけど」「急ぐ必要はありません」. */
const NOT_URGENT = /^[^。\n]{0,8}?(?:しなくても|でなくても|ではなくても|しなくて|でなくて|必要はありません|必要はございません|なくても|ではない|じゃない|ではありません)|^\s+(?:is\s+not|isn['’]t)\b/u;

/** A number of places right after 先着 / "first come": 「先着 10戸」, "first 10 sign-ups". */
const PLACES_AFTER = /^\s*[（(]?\s*[0-9０-９]+\s?(?:名|社|戸|件|組|人|団体|台|口|枠|席|places?|seats?|slots?|customers?|clients?|members?|sign-?ups?|bookings?|companies|firms)(?![A-Za-z])/iu;
/** What follows 期間限定 when the period may be a public scheme's: 「の措置」「の制度」「の特例」, "measure", "scheme". */
const PUBLIC_MEASURE = /^\s*(?:の|で)?(?:措置|制度|特例|補助|助成|支援策|時限措置)|^\s*(?:government\s+|public\s+)?(?:measure|scheme|relief|programme|program)\b/iu;
/** The public side named in the sentence: the state, a ministry or local government, a subsidy, a fiscal-year range. */
const PUBLIC_SIDE = /国の|政府|省|庁|都道府県|市町村|自治体|補助金|助成金|交付金|令和[0-9０-９元]+年度から令和[0-9０-９]+年度まで|\b(?:government|ministry|federal|state|council|grant|subsid(?:y|ies))\b/iu;
