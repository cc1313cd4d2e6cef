import { findDates } from '../engine/dates.js';
import { blocksIn, clientBlocks, findHits, isShortDocument, leadLabel } from '../engine/query.js';
import { insertSectionSuggestion, sectionsWithRole } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';

export const missingNextSteps: Rule = {
  meta: {
    id: 'missing-next-steps',
    type: 'suggestion',
    severity: 'warning',
    playbook: '7',
    kinds: ['proposal'],
    documentLevel: true,
    hasSuggestions: true,
    description: {
      en: 'No next steps, decision process or timeline; for Japanese buyers, next steps that name neither stakeholders nor the approval path.',
      ja: '今後の進め方・意思決定の流れ・スケジュールがない、または（日本の顧客向けに）関係者や稟議の流れが書かれていません。',
    },
    rationale: {
      en: 'Large companies, Japanese ones above all, decide by consensus: a champion builds agreement (nemawashi) before a circulated approval (ringi). A proposal that lays out next steps, stakeholders, the approval path and a realistic timeline helps the champion carry it through.',
      ja: '大企業、特に日本企業は合意で意思決定します。担当者が根回しで合意を作り、稟議で正式に承認されます。今後の進め方・関係者・承認の流れ・現実的なスケジュールを示す提案は、社内で推進する担当者を助けます。',
    },
    messages: {
      missing: {
        en: 'No next steps, decision process or timeline; add the next steps, stakeholders, approval path and realistic dates.',
        ja: '今後の進め方・スケジュールがありません。次のステップ、関係部署、承認の流れ、現実的な日程を書いてください。',
      },
      noApprovalPath: {
        en: 'The next steps name neither the stakeholders nor the approval path; say who is involved and how approval will circulate.',
        ja: '今後の進め方に関係部署や承認の流れがありません。誰が関わり、稟議がどう回るかを書いてください。',
      },
      insert: { en: 'Insert a "Next steps" section at the end', ja: '末尾に「今後の進め方」を挿入' },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'Next steps with the approval path', code: '## Next steps\n\nYour sponsor circulates the proposal to procurement for approval by 15 March.\n' },
      { lang: 'en', kind: 'invalid', title: 'No next steps', code: '# Proposal\n\n## Your situation\n\nOrders ship late.\n\n## Investment\n\n$48,000, paid back within a year.\n' },
      { lang: 'ja', kind: 'valid', title: '稟議の流れを示す', code: '## 今後の進め方\n\n関係部署へのご説明の後、3月中に稟議をご起案いただきます。\n' },
      { lang: 'ja', kind: 'invalid', title: '承認の流れがない', code: '## 今後の進め方\n\n4月1日から作業を開始します。\n' },
    ],
  },
  check({ model, lexicon, report }) {
    const sections = sectionsWithRole(model, 'next-steps');
    const approval = lexicon.get('approval-path');
    const heading = lexicon.get('heading-next-steps');
    const client = clientBlocks(model).filter((b) => b.kind !== 'heading');
    if (sections.length === 0) {
      // Next steps written as sentences, whatever the heading ("To go ahead, sign and return…", 「ご発注の際は…」),
      // a dated approval ("FY2027 budget approval: March 2027", 「1月：理事会」), or a bold or bracketed
      // label that names them ("**Next steps**", 「【今後のスケジュール（案）】」).
      const said = client.some((b) => NEXT_STEP.test(b.text)
        || b.sentences.some((s) => approval.test(s.text) && findDates(s.text).length > 0)
        || [leadLabel(b), bracketLabel(b.text)].some((l) => l !== undefined && heading.test(l)));
      if (!said && !isShortDocument(model)) report({ messageId: 'missing', suggestions: [insertSectionSuggestion(model, 'prop-next-steps', model.lang, 'insert')] });
      return;
    }
    if (model.lang !== 'ja') return;
    // Addressed to the one who decides (代表取締役, 社長, 理事長), the approval path is the addressee.
    const cover = client.filter((b) => b.start < (sections[0]?.start ?? model.text.length)).slice(0, 12).map((b) => b.text).join('\n');
    if (TOP_DECIDER.test(cover)) return;
    const named = sections.some((s) => findHits(approval, blocksIn(model, s).filter((b) => !b.internal)).length > 0);
    const first = sections.find((s) => s.heading);
    if (!named && first) report({ messageId: 'noApprovalPath', start: first.headingRange.start, end: first.headingRange.end });
  },
};

/** A paragraph that is only a bracketed or marked label: 「【今後のスケジュール（案）】」, 「■ 今後の流れ」. */
function bracketLabel(text: string): string | undefined {
  const m = /^\s*(?:【([^】\n]{1,40})】|[■□◆◇●▼]\s*([^\n。]{1,40}))\s*$/u.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The addressee who decides alone: the president, the chair, the director of a hospital. */
const TOP_DECIDER = /代表取締役|(?<![副])社長|理事長|(?<![副])院長|店主|オーナー|\b(?:CEO|owner|managing\s+director|president)\b/iu;

/** A sentence that says what happens next. */
const NEXT_STEP = /\b(?:next\s+steps?|to\s+(?:go\s+ahead|proceed|confirm|book|get\s+started|accept)|please\s+(?:sign|confirm|reply|let\s+us\s+know|call|return)|sign\s+and\s+return|if\s+you(?:['’]d|\s+would)?\s+like\s+to\s+(?:go\s+ahead|proceed)|we(?:['’]ll|\s+will)\s+(?:call|follow\s+up|send|hold|schedule)|kick[-\s]?off|decision\s+by|by\s+return|let\s+(?:me|us)\s+know|approve\s+the\s+[a-z-]+(?:\s+[a-z-]+){0,3}\s+(?:retainer|proposal|programme|program|contract|agreement|plan)|(?:board|committee)\s+(?:decision|approval|meeting)\s+on|makes?\s+(?:its|a|their)\s+recommendation|recommendation\s+to\s+the\s+(?:board|committee|council|panel))\b|ご意見を伺|ご審議|ご判断をいただ|ご返答|お返事|ご内諾|ご一報|ご発注|ご契約の際|お申し込み|お申込み|ご連絡ください|ご返信|キックオフ|ご承認|ご決裁|までにご回答|お打ち合わせ|ご検討のほど/iu;
