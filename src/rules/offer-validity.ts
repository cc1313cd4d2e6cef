import { STAGED, documentDate, needsValidity, offerDates, statesValidity, type OfferDate } from '../engine/offer-dates.js';
import { isoDay, japaneseDay, parseIsoDay } from '../engine/dates.js';
import type { Rule } from '../engine/rule.js';

export const offerValidity: Rule = {
  meta: {
    id: 'offer-validity',
    type: 'problem',
    severity: 'warning',
    playbook: '1, 3.6, 5',
    kinds: ['proposal', 'rfp-response', 'sow', 'quote'],
    description: {
      en: 'A quote with no validity period, a validity, start or decision date already past (against the document date, or today), or a start before the decision.',
      ja: '有効期限のない見積書、本書の日付（または本日）より前の有効期限・開始日・ご決定日、ご決定より前の開始日。',
    },
    rationale: {
      en: 'Detail is trust, and a deadline is credible only when it is real: an offer that has already expired, or a plan that starts before the client can decide, tells the buyer nobody checked it, and a quote without a validity period leaves the price open to the next negotiation.',
      ja: '細部の正確さが信頼になり、期限は実在してこそ意味を持ちます。期限切れの見積りや、ご決定より前に始まる日程は、確認されていない資料だと受け取られます。有効期限のない見積書は、価格をいつまでも交渉の対象にしてしまいます。',
    },
    messages: {
      noValidity: {
        en: 'This quote does not say how long it is valid. Add a validity period, e.g. "Valid for 30 days from the date of issue".',
        ja: '見積書に有効期限がありません。「有効期限：発行日より30日間」のように記載してください。',
      },
      validityBeforeDocument: {
        en: 'The validity date {{date}} is before the document date {{docDate}}. Correct it.',
        ja: '有効期限の{{date}}が本書の日付（{{docDate}}）より前です。有効期限を直してください。',
      },
      validityExpired: {
        en: 'This offer expired on {{date}} (today is {{today}}). Extend the validity or reissue the offer.',
        ja: '有効期限の{{date}}を過ぎています（本日{{today}}）。期限を更新するか、再発行してください。',
      },
      beforeDocument: {
        en: '{{date}} is before the document date {{docDate}}, but it is still to come. Correct the date.',
        ja: '予定日の{{date}}が本書の日付（{{docDate}}）より前です。日付を直してください。',
      },
      passed: {
        en: '{{date}} has already passed (today is {{today}}). Update the date.',
        ja: '予定日の{{date}}は既に過ぎています（本日{{today}}）。日程を更新してください。',
      },
      order: {
        en: 'The start {{start}} comes before the decision {{decision}}. Put the dates in order.',
        ja: '開始日（{{start}}）がご決定の時期（{{decision}}）より前です。日程を見直してください。',
      },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'A quote valid after its date, decision before the start', code: '---\ndate: 2026-11-12\n---\n\n# Quotation Q-26-1187\n\nValid until 2026-12-12.\n\n## Next steps\n\n- Decision by 4 December 2026\n- Kick-off on 11 January 2027\n' },
      { lang: 'en', kind: 'invalid', title: 'A validity date before the document date', code: '---\ndate: 2026-11-12\n---\n\n# Quotation Q-26-1187\n\nValid until 2026-10-31.\n' },
      { lang: 'ja', kind: 'valid', title: '有効期限と日程が本書の日付より後', code: '# 御見積書\n\n発行日：2026年12月1日\n\n有効期限：2026年12月28日\n\n## 今後の進め方\n\n- 12月15日 ご決定\n- 2027年1月12日 導入開始\n' },
      { lang: 'ja', kind: 'invalid', title: '有効期限がない見積書', code: '# 御見積書\n\n発行日：2026年12月1日\n\n| 項目 | 金額 |\n|---|---|\n| 保守 | 120万円 |\n' },
    ],
  },
  check(context) {
    const { model } = context;
    if (needsValidity(model) && !statesValidity(model)) context.report({ messageId: 'noValidity' });
    const doc = documentDate(model);
    const today = context.shared.today !== undefined ? parseIsoDay(context.shared.today) : undefined;
    // A yearless date takes its year from the document date only (today says nothing of when it was written).
    const dates = offerDates(model, doc?.day);
    const reported = new Set<OfferDate>();
    for (const d of dates) {
      if (d.date.yearless) continue;
      const data = { date: d.date.text };
      if (doc && d.date.last < doc.day) {
        context.report({ messageId: d.role === 'validity' ? 'validityBeforeDocument' : 'beforeDocument', data: { ...data, docDate: doc.text }, start: d.start, end: d.end });
        reported.add(d);
      } else if (today !== undefined && d.date.last < today) {
        context.report({ messageId: d.role === 'validity' ? 'validityExpired' : 'passed', data: { ...data, today: d.line.blocks[0]!.lang === 'ja' ? japaneseDay(today) : isoDay(today) }, start: d.start, end: d.end });
        reported.add(d);
      }
    }
    // A start before the decision it waits for. The latest decision decides (one pass): any year
    // written out counts across the document; a year taken from context only within its section.
    const decisions = dates.filter((d) => d.role === 'decision' && !STAGED.test(d.line.text));
    const latest = (list: OfferDate[]) => list.reduce<OfferDate | undefined>((a, d) => (!a || d.date.first > a.date.first ? d : a), undefined);
    const written = latest(decisions.filter((d) => !d.date.yearless));
    const bySection = new Map<unknown, OfferDate[]>();
    for (const d of decisions) bySection.set(d.line.section, [...(bySection.get(d.line.section) ?? []), d]);
    const latestIn = new Map([...bySection].map(([k, v]) => [k, latest(v)!]));
    const before = (s: OfferDate, d: OfferDate | undefined) => d !== undefined && (s.date.last < d.date.first || (d.date.precision === 'month' && s.date.precision === 'day' && s.date.last <= d.date.first));
    for (const s of dates) {
      if (s.role !== 'start' || reported.has(s) || STAGED.test(s.line.text)) continue;
      const local = latestIn.get(s.line.section);
      const d = [s.date.yearless ? undefined : written, local].find((x) => before(s, x));
      if (d) context.report({ messageId: 'order', data: { start: s.date.text, decision: d.date.text }, start: s.start, end: s.end });
    }
  },
};
