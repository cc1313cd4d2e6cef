import { insertBlock, outsideUnclosed } from '../engine/edits.js';
import { blocksIn, clientBlocks, clientHits } from '../engine/query.js';
import { closestWithRole } from '../engine/sections.js';
import { PRICE_ELSEWHERE, clientOccurrences, insertSectionSuggestion, sectionsWithRole } from '../engine/shapes.js';
import { escapeSnippetText, template } from '../engine/templates.js';
import type { Concept } from '../lexicon/index.js';
import type { Rule } from '../engine/rule.js';

/** The safeguards a relationship needs when circumstances change, in the order they are reported. */
export const SAFEGUARDS: ReadonlyArray<{ concept: Concept; snippet: string; en: string; ja: string }> = [
  { concept: 'safeguard-good-faith', snippet: 'safeguard-good-faith', en: 'good-faith review', ja: '事情変更時の誠実協議' },
  { concept: 'safeguard-scope-change', snippet: 'safeguard-scope-change', en: 'scope changes', ja: '仕様変更の手続き' },
  { concept: 'safeguard-payment-schedule', snippet: 'safeguard-payment-schedule', en: 'payment schedule', ja: '支払条件' },
  { concept: 'safeguard-termination', snippet: 'safeguard-termination', en: 'termination', ja: '解約条件' },
];

export const missingAgreementSafeguards: Rule = {
  meta: {
    id: 'missing-agreement-safeguards',
    type: 'suggestion',
    severity: 'warning',
    playbook: '1, 2.6',
    kinds: ['proposal', 'sow', 'contract'],
    documentLevel: true,
    hasSuggestions: true,
    description: {
      en: 'No agreement section, or one without the safeguards for changing circumstances: good-faith review, scope changes, payment schedule, termination.',
      ja: '契約条件の節がない、または状況の変化に備える条項（誠実協議・仕様変更・支払条件・解約）が欠けています。',
    },
    rationale: {
      en: 'The contract serves the relationship: when circumstances change, both sides expect to adjust in good faith. An agreement that says how scope, payment and exit are handled lets the relationship survive change instead of breaking on it; without those clauses a change of circumstances becomes a dispute instead of a conversation. A relationship-first buyer looks for them.',
      ja: '契約は関係を支えるためのものです。状況が変われば双方が誠実に調整することが期待されます。範囲・支払い・終了の扱いを定めておけば、変化があっても関係が壊れずに続きます。これらの条項がないと、状況の変化が話し合いではなく紛争になります。長い関係を望む買い手ほど、この点を確かめます。',
    },
    messages: {
      missing: {
        en: 'No agreement or terms section; add terms with good-faith review, scope changes, payment schedule and termination.',
        ja: '契約条件の節がありません。誠実協議・仕様変更の手続き・支払条件・解約条件を書き加えてください。',
      },
      incomplete: {
        en: 'The terms lack {{missing}}; add clauses to adjust in good faith.',
        ja: '契約条件に「{{missing}}」がありません。欠けている条項を加えてください。',
      },
      insertSection: { en: 'Insert an "Agreement and safeguards" section', ja: '「契約条件」の節を挿入' },
      insertClauses: { en: 'Add the missing safeguard clauses', ja: '欠けている条項を追加' },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'All four safeguards', code: '## Terms\n\n- Good-faith review if circumstances change.\n- Changes of scope by written change request.\n- Payment schedule: 30% on signature, 70% on completion.\n- Termination with 30 days\' notice.\n' },
      { lang: 'en', kind: 'invalid', title: 'Terms without a way to adapt', code: '## Terms\n\nPayment schedule: 50% on signature, 50% on completion.\n' },
      { lang: 'ja', kind: 'valid', title: '4つの条項を含む契約条件', code: '## 契約条件\n\n- 事情変更時は誠実に協議します。\n- 仕様変更は書面の変更依頼によります。\n- 支払条件：納品月の翌月末払い。\n- 30日前の書面通知で解約できます。\n' },
      { lang: 'ja', kind: 'invalid', title: '契約条件の節がない', code: '# ご提案書\n\n## お見積り\n\n総額480万円です。\n' },
    ],
  },
  check(context) {
    const { model, report } = context;
    const lang = model.lang;
    // Terms kept elsewhere: a master agreement or standard terms the proposal points to ("under
    // our Master Services Terms", 「別紙の契約約款による」): the safeguards live there.
    const absent = SAFEGUARDS.filter((s) => clientOccurrences(context, s.concept).length === 0);
    // A contract is the terms, every clause of it. Contracts word their clauses in many ways
    // (「設計条件の変更」, "either party may end this on 90 days' written notice"): one clause not
    // recognised is thin evidence; two missing is a contract a reviewer would send back.
    if (model.kind === 'contract') {
      if (absent.length >= 2) report({ messageId: 'incomplete', data: { missing: absent.map((s) => s[lang]).join(lang === 'ja' ? '・' : ', ') } });
      return;
    }
    if (clientBlocks(model).some((b) => REFERS_TO_TERMS.test(b.text))) return;
    const agreement = sectionsWithRole(model, 'agreement').find((s) => s.heading);
    if (agreement) {
      // With a terms section, the clauses are looked for where terms are written: the terms
      // themselves and the pricing / payment part (「5. 費用」 often holds them), not in every
      // sentence of the proposal (an "exit" or a "notice" elsewhere is no clause).
      const where = model.sections.filter((s) => !s.internal && (closestWithRole(s, 'agreement') || closestWithRole(s, 'pricing')));
      // A clause stated as a term elsewhere (a change procedure in the scope, the payment plan in a
      // table) is there; only a sentence that states a rule counts, not a passing word.
      const elsewhere = (concept: Concept) => clientOccurrences(context, concept).some((h) => TERM_LIKE.test(h.block.text));
      const inTerms = (concept: Concept) => where.some((s) => clientHits(model, context.lexicon.get(concept), blocksIn(model, s, true)).length > 0);
      absent.splice(0, absent.length, ...SAFEGUARDS.filter((s) => !inTerms(s.concept) && !elsewhere(s.concept)));
    }
    if (!agreement) {
      // Terms written as prose without a heading of their own (a letter, a one-pager) still count.
      if (absent.length <= 1) return;
      // A later round (a follow-up letter, a supplement, a revised option) that states no terms at
      // all keeps the terms already proposed; one that states some is judged on them.
      if (model.laterRound && absent.length === SAFEGUARDS.length) return;
      // The price is in another document (a quote or fee letter to follow): so are the terms that go with it.
      if (PRICE_ELSEWHERE.test(model.text)) return;
      // A change request or variation amends an agreement already signed: its terms are that agreement's.
      if (AMENDMENT.test(model.sections.filter((s) => s.heading && !s.internal).slice(0, 2).map((s) => s.title).join('\n'))) return;
      const insert = insertSectionSuggestion(model, 'prop-agreement', lang, 'insertSection');
      if (absent.length < SAFEGUARDS.length - 1) {
        report({ messageId: 'incomplete', data: { missing: absent.map((s) => s[lang]).join(lang === 'ja' ? '・' : ', ') }, suggestions: [insert] });
        return;
      }
      report({ messageId: 'missing', suggestions: [insert] });
      return;
    }
    if (absent.length === 0) return;
    // A good-faith review is how the terms adjust when scope or volumes move ("series review to adjust",
    // 「見直し協議」): with it, payment and exit, a change procedure of its own is a refinement, not a gap.
    if (absent.length === 1 && absent[0]!.concept === 'safeguard-scope-change') return;
    const list = absent.map((s) => s[lang]).join(lang === 'ja' ? '・' : ', ');
    const clauses = absent.map((s) => template(s.snippet, lang));
    // Not inside a code fence left open at the end of the section (issue 12).
    const offset = outsideUnclosed(model, agreement.ownEnd);
    const { edit, prefix, suffix } = insertBlock(model.text, offset, clauses.map((c) => c.text).join('\n'));
    // Renumber tab stops so clauses inserted together do not share them.
    let stop = 0;
    const body: string[] = [];
    for (const c of clauses) {
      const shifted = c.snippet.replace(/\$0/g, '').replace(/(?<!\\)\$(\{?)(\d+)/g, (_m, brace: string, n: string) => `$${brace}${Number(n) + stop}`);
      stop = Math.max(stop, ...[...shifted.matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1])));
      body.push(shifted);
    }
    report({
      messageId: 'incomplete',
      data: { missing: list },
      start: agreement.headingRange.start,
      end: agreement.headingRange.end,
      suggestions: [{ messageId: 'insertClauses', edits: [edit], snippet: { start: edit.start, end: edit.end, body: escapeSnippetText(prefix) + body.join('\n') + escapeSnippetText(suffix) } }],
    });
  },
};

/** A sentence that states a term: a condition, a notice, a duty ("will be invoiced", "may cancel with 30 days' notice", 「〜とします」「〜いたします」). */
const TERM_LIKE = /\b(?:will|shall|may|must|can|is|are)\b|[0-9０-９]|とします|いたします|します|できます|とさせて|ものとする|行います/iu;

/** The title of a document that amends a signed agreement. */
const AMENDMENT = /\b(?:change\s+(?:request|order)|variation(?:\s+(?:order|no\.?|request))?|contract\s+variation|amendment(?:\s+no\.?)?)\b|変更契約|変更依頼書|変更申請書|変更確認書|変更提案書|変更合意書|変更覚書|仕様変更(?:書|依頼)|追加発注/iu;

/** A pointer to terms that live in another document. */
const REFERS_TO_TERMS = /\b(?:master\s+(?:services?\s+)?(?:agreement|terms)|standard\s+terms(?:\s+(?:and\s+conditions|of\s+(?:business|engagement|sale|service)))?|as\s+(?:set\s+out|proposed|agreed)\s+in\s+our\s+(?:previous|earlier|original)\s+proposal|terms\s+(?:remain|are)\s+unchanged|terms\s+(?:of|in)\s+(?:the|our|your)\s+(?:[a-z]+\s+){0,4}?(?:agreement|contract|sow|statement\s+of\s+work)[^.\n]{0,40}?\b(?:remain|stay|are)\s+(?:unchanged|the\s+same|as\s+they\s+are)|carr(?:y|ies)\s+across|terms\s+(?:and\s+conditions|of\s+(?:business|engagement))\s+(?:attached|apply|enclosed)|(?:existing|current)\s+(?:agreement|contract|msa)|under\s+(?:the|our|your)\s+(?:msa|framework\s+agreement)|(?:terms|conditions|clauses?|section\s+\d+)\s+(?:of|in|from)\s+(?:the|our)\s+(?:original|earlier|previous|initial|first|[0-9]{1,2}\s+[A-Z][a-z]+)\s+(?:proposal|offer|quote)|carr(?:y|ies)\s+over|remain\s+in\s+(?:force|effect)|as\s+in\s+our\s+(?:original\s+|earlier\s+|previous\s+)?proposal|(?:MSA|framework\s+agreement)\s+(?:terms|applies|apply)|terms\s+of\s+engagement\s+(?:are\s+|is\s+)?(?:attached|enclosed|to\s+follow|sent|for\s+signature)|(?:full|remaining|other)\s+terms\s+(?:are\s+|sit\s+|stand\s+)?(?:in|as\s+in)\s+(?:the|our)\s+(?:main\s+|full\s+|original\s+)?proposal|(?:as\s+(?:set\s+out\s+)?in|per|from)\s+Rev(?:ision)?\.?\s*[A-Z0-9]{1,3}\b|(?:agreement|contract|terms|sow|quote)\s+(?:continues?|continue)\s+to\s+apply|under\s+the\s+(?:terms\s+of\s+the\s+)?(?:year[- ]one|original|signed|existing|parent)\s+(?:retainer\s+|services?\s+)?(?:agreement|contract|quote|sow|statement\s+of\s+work))\b|\b(?:all\s+)?other\s+(?:parts|terms|sections|elements)\s+of\s+(?:our|the|my)\s+(?:tender|proposal|offer|quotation|quote|bid|submission)\b[^.\n]{0,40}?\b(?:stand|remain|apply)\b|\bterms\s+of\s+(?:my|our|the)\s+[^.\n]{0,40}?\b(?:engagement\s+letter|agreement|contract)\s+(?:would\s+|will\s+|shall\s+|continue\s+to\s+)?apply\b|\bgeneral\s+terms(?:\s+(?:and|&)\s+conditions)?\b[^.\n]{0,50}?\bappl(?:y|ies)\b|\bas\s+in\s+year[- ](?:one|1)\b|\beverything\s+else\s+in\s+(?:that|the|our|my)\s+(?:engagement\s+)?(?:letter|agreement|contract|proposal)\b[^.\n]{0,80}?\b(?:stays|stands|remains|applies)\b|(?:(?:その他|それ以外|上記以外)の?(?:取引|契約|諸)?(?:条件|条項|事項)|(?:本書|本(?:ご)?提案書|本(?:お|御)?見積書?)に(?:定め|記載)(?:の|が)?(?:ない|なき)(?:事項|条件))(?:は|につきましては|については|[:：])\s*[^。\n]{0,40}?(?:契約書?|覚書|覚え書き|合意書|規約|約款|取引条件書|注文請書)(?:[（(][^）)\n]{0,30}[）)])?(?:(?:の|に定める|に記載の|記載の|の定めの)?(?:とおり|通り)|どおり|に準(?:じ|ずる|拠)|に従(?:い|う)|によ(?:り|る)(?:ものと)?|を適用|と同(?:じ|様|一)|から変(?:更|わり)(?:は|が)?ありません|から変わりません|のまま(?=と(?:し|いたし|なり)ます|です|とする))(?!ではなく|ではありません|とは(?:限り|なり)ません|にはなりません)|\bexactly\s+as\s+quoted\b|\b(?:clause|section|article)\s+[0-9]+(?:\.[0-9]+)*\s+of\s+(?:the|our|your)\s+(?:existing\s+|current\s+|signed\s+)?(?:agreement|contract|msa)\b|(?:ご)?契約書?の?第[0-9０-９一二三四五六七八九十]+条に(?:基づ|沿|従|より)|引き続き適用|原契約|現契約の(?:条件|条項)|(?:当初|前回|初回|先日)の(?:ご)?提案(?:書)?[^。\n]{0,20}?(?:条件|条項|のとおり|の通り|どおり)|従前のとおり|(?:条件|契約)は従来どおり|これまでと同じ条件|基本契約|取引基本契約書|契約約款|標準約款|標準条項|別紙の(?:契約|約款)|現行契約|既存の契約(?:条件|条項|内容)?(?:のとおり|どおり|に基づ|を引き継|が引き続き)|(?:御|お)?見積(?:書)?\s*(?:[NnＮｎ][OoＯｏ][.．]?|№|番号)\s*[A-ZＡ-Ｚ0-9０-９][A-ZＡ-Ｚ0-9０-９\-－]*\s*(?:による|に基づ|のとおり|の通り)|記載のない(?:事項|項目|条件)は[^。\n]{0,20}?(?:のとおり|の通り|どおり|ご参照)|変更のない[^。\n]{0,30}?(?:ご参照|のとおり|の通り|どおり)/iu;
