import { findDates } from '../engine/dates.js';
import { clientBlocks, leadLabel } from '../engine/query.js';
import { closestWithRole } from '../engine/sections.js';
import { insertSectionSuggestion } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';

export const missingClientPosition: Rule = {
  meta: {
    id: 'missing-client-position',
    type: 'suggestion',
    severity: 'warning',
    playbook: '2.2',
    kinds: ['proposal', 'rfp-response'],
    documentLevel: true,
    hasSuggestions: true,
    description: {
      en: 'No section about the client\'s situation, goals, pressures or needs.',
      ja: '顧客の現状・目的・課題・ニーズを述べた節がありません。',
    },
    rationale: {
      en: 'Knowing the client\'s position — what they want and the pressures they face — is one of the six foundations. A proposal that never states it reads as a product pitch, and the buyer cannot see their own problem in it: the offer answers no stated need. Describe it briefly, in the client\'s own terms, before the solution.',
      ja: '顧客の立場（何を望み、どんな事情を抱えているか）の把握は六つの基盤の一つです。それが書かれていない提案は製品の売り込みに見え、買い手は自社の課題を重ねられず、提案がどの課題に応えるのかも見えません。解決策の前に、顧客の言葉で短く書いてください。',
    },
    messages: {
      missing: {
        en: 'Nothing describes the client\'s situation, goals or pressures; add a short "Your situation" section before the solution.',
        ja: '顧客の現状・目的・課題の記述がありません。解決策の前に「貴社の現状と課題」を短く書いてください。',
      },
      insert: { en: 'Insert a "Your situation" section after the introduction', ja: '冒頭の後に「貴社の現状と課題」を挿入' },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'The client\'s situation first', code: '# Proposal\n\n## Your situation\n\nYour win rate fell from 31% to 24% last year.\n' },
      { lang: 'en', kind: 'valid', title: 'A short letter of two parts is not judged (absence is evidence only in a proposal of four or more sections)', code: '# Proposal\n\n## Our solution\n\nFour workshops.\n\n## Fees\n\nGBP 18,000.\n' },
      { lang: 'en', kind: 'invalid', title: 'Straight to the solution', code: '# Proposal\n\n## Our solution\n\nFour workshops and coaching.\n\n## Fees\n\nGBP 18,000.\n\n## Why us\n\nSince 2012, 40 firms.\n\n## Next steps\n\nPlease confirm by 4 December.\n' },
      { lang: 'ja', kind: 'valid', title: '課題から始める', code: '# ご提案\n\n## 貴社の現状と課題\n\n夜間の障害対応に時間がかかっています。\n' },
      { lang: 'ja', kind: 'invalid', title: '課題の記述がない', code: '# ご提案\n\n## ご提案内容\n\n保守契約を更新します。\n\n## お見積り\n\n年額120万円です。\n\n## 弊社について\n\n2012年の創業以来、40社を支援しています。\n\n## 今後の進め方\n\n12月4日までにご連絡ください。\n' },
    ],
  },
  check({ model, lexicon, shared, report }) {
    // Evidence, not headings: sentences that name the client (you, 貴社, their name) together
    // with their situation, goals or pressures, wherever they stand. Two are enough; one is
    // enough under a heading that names the client's situation.
    const situation = lexicon.get('situation');
    const you = lexicon.get('client-voice');
    const names = shared.client.filter((n) => n.trim().length > 1).map((n) => n.toLowerCase());
    // What the seller heard from the client ("you told us", 「11月5日に伺ったお話」) is about the client, named or not.
    const aboutClient = (t: string) => you.test(t) || HEARD.test(t) || names.some((n) => t.toLowerCase().includes(n));
    const heading = lexicon.get('heading-client-position');
    // A later round (a renewal, a revised or final proposal, a continuation letter) builds on
    // the position stated before: not repeating it is no omission a reviewer would flag.
    if (model.laterRound) return;
    // Absence is evidence only in a proposal laid out in sections (four or more besides the title),
    // each about the offer: a letter, a one-pager or a summary of a few parts states the client's
    // situation in passing or not at all, and reviewers do not ask it for one.
    const parts = model.sections.filter((s) => s.heading && !s.internal && s.depth > 0).length - (model.sections.some((s) => s.heading && s.depth === 1 && !s.internal) ? 1 : 0);
    if (parts < 4) return;
    let evidence = 0;
    for (const b of clientBlocks(model)) {
      // A heading or bold label that names the client's situation ("## 1. 貴社の採用課題", "**■ 現状の課題**",
      // "**ご状況（お電話で伺った内容）**", "## Why an offsite now").
      const label = b.kind === 'heading' ? b.text : leadLabel(b) ?? markedLabel(b.text);
      if (label !== undefined) {
        if (heading.test(label) || (situation.test(label) && aboutClient(label)) || SITUATION_LABEL.test(label)) return;
        if (b.kind === 'heading') continue;
      }
      const headed = closestWithRole(b.section, 'client-position') !== null;
      // The seller's own parts (price, terms, next steps) say what the client will do or pay, not where they stand.
      const sellerPart = (['pricing', 'agreement', 'next-steps', 'credibility'] as const).some((r) => closestWithRole(b.section, r) !== null);
      for (const sentence of b.sentences) {
        // The client's own facts stated with a figure or date ("your 42 branches", 「ご予算650万円」) place them too.
        const facts = !sellerPart && !b.inTable && aboutClient(sentence.text) && /[0-9０-９]/.test(withoutDates(sentence.text));
        if (!facts && (!situation.test(sentence.text) || (!aboutClient(sentence.text) && !headed))) continue;
        // One sentence that names the client and their situation is enough (precision first).
        evidence += 2;
        if (evidence >= 2) return;
      }
    }
    report({
      messageId: 'missing', suggestions: [insertSectionSuggestion(model, 'prop-client-position', model.lang, 'insert')],
      evidence: {
        en: 'No heading or sentence names the client (you, your, their name) together with their situation, goals or pressures.',
        ja: '顧客（貴社・顧客名）とその現状・目的・課題を一緒に述べた見出しや文が見つかりませんでした。',
      },
    });
  },
};

/** The sentence without its dates and times, which say when, not where the client stands ("on 12 March", 「11月5日」, 10:00). */
function withoutDates(text: string): string {
  let out = '';
  let at = 0;
  for (const d of findDates(text)) {
    out += text.slice(at, d.start);
    at = d.end;
  }
  return (out + text.slice(at)).replace(LOOSE_TIME, '');
}

/** A report of what the client said: it places the client without naming them. */
const HEARD = /\byou\s+(?:told|mentioned|said|shared|explained|described)\b|\b(?:we|I)\s+heard\b|伺った(?:お話|内容|ところ|こと)|お伺いした(?:お話|内容|ところ|こと)|お聞きした(?:お話|内容|ところ|こと)|お聞かせ(?:いただ|頂)(?:き|いた)|と(?:伺い|お伺いし|お聞きし|承り)ました|と(?:伺って|お伺いして|お聞きして|承って)おります|\b[A-Z][a-z]+['’]s\s+(?:main\s+|biggest\s+|chief\s+)?(?:worry|worries|concerns?|burden|headache|pain\s+points?|frustrations?)\b|(?<![一-龯])[一-龯]{1,4}様(?:の|が)(?:ご負担|ご要望|ご懸念|お悩み|課題|ご不安|ご苦労)|ヒアリング(?:では|で伺った|で伺いました|の結果)/iu;

/** A short line marked as a label: 「■現地調査で分かったこと」, 「【ご要望】」. */
const MARKED_LABEL = /^\s*(?:[■□◆◇●▼]\s*([^\n。]{1,40})|【([^】\n]{1,40})】|([^\n:：。.]{3,60})[:：])\s*(?:\n|$)/u;

function markedLabel(text: string): string | undefined {
  const m = MARKED_LABEL.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Label words that name where the client stands, whoever writes them: 「ご状況」「現状」「背景」, "Why … now". */
const SITUATION_LABEL = /現状|状況|課題|お悩み|抱えている悩み|ご要望|背景|なぜ(?:今|いま)|の\s?いま$|(?:^|\s)いまの|(?:調査|診断|ヒアリング)(?:で|の)?(?:分かった|わかった|結果)|分かったこと|わかったこと|\bwhy\b[^\n]{0,40}\bnow\b|\bwhat\s+we\s+(?:found|heard|learned)\b|\b(?:survey|site\s+visit|audit)\s+findings\b|\brequirements?\b[^\n]{0,30}?\b(?:as\s+)?(?:stated|set\s+out|given|described)\s+by\b|\b(?:your|the\s+client['’]s)\s+brief\b/iu;

/** What findDates leaves: a year or a day alone, a time of day. */
const LOOSE_TIME = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|(?:令和|平成)?[0-9０-９]{1,4}年度?|[0-9０-９]{1,2}(?:月|日)/gu;
