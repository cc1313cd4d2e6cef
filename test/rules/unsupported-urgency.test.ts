import { ruleTester } from '../helpers.js';

ruleTester('unsupported-urgency', {
  valid: [
    { name: "否定された「今すぐ」は急かしていない", code: "# ご提案\n\n③ の門扉は、今すぐ交換しなくても5年程度は使えます。\n" },
    { name: 'a limited-time heading answered by the date and reason under it', code: '# Quote\n\n## Limited-time hardware offer\n\nThe camera price holds for orders signed by December 18, 2026, because the 2027 price list takes effect January 1.\n' },
    { name: 'people who have limited time', code: '# Plan\n\nReviewers in two offices have limited time, so reviews are scheduled in advance.\n' },
    { name: '「期間限定」の見出しの下に日付と理由がある', code: '# お見積り\n\n## 期間限定のご提案\n\n2026年12月18日までのご発注で、1月の価格改定前の単価を適用します。\n' },
    { name: '理由と日付が直前の段落にある', code: '## お見積り\n\n用紙価格が2027年1月出荷分から値上がりするため、12月25日までのご発注で現行価格を適用します。\n\n今月限りの価格です！\n' },
    { name: 'courtesy, not pressure: お早めにご連絡ください', code: '## お問い合わせ\n\nご不明な点はお早めにご連絡ください。\n' },
    { name: 'a real deadline with its reason', code: 'This is a limited-time price until 31 March 2027, because the manufacturer raises list prices on 1 April.\n' },
    { name: 'date and reason in the next sentence', code: 'Only a few slots left. The April cohort closes on 15 March 2027 because trainers are booked from May.\n' },
    { name: 'limited liability is no urgency', code: 'Our liability is limited to the fees paid.\n' },
    { name: '日付と理由のある期限', code: '2027年3月末までにご発注いただければ、4月の価格改定前の価格でご提供できます。今だけの条件です。\n' },
  ],
  invalid: [
    { name: 'a limited-time heading with nothing under it to back it', code: '# Quote\n\n## Limited-time offer\n\nThe camera is $299.\n', errors: [{ line: 3, column: 4, messageId: 'noDateNoReason', data: { phrase: 'Limited-time' } }] },
    { name: 'fake scarcity', code: 'Act now: only a few slots left!\n', errors: [{ line: 1, column: 1, messageId: 'noDateNoReason', data: { phrase: 'Act now' } }, { line: 1, column: 10, messageId: 'noDateNoReason', data: { phrase: 'only a few slots left' } }] },
    { name: 'a date without a reason', code: 'This offer expires soon, on 31 March 2027.\n', errors: [{ line: 1, column: 6, messageId: 'noReason', data: { phrase: 'offer expires soon' } }] },
    { name: 'a reason without a date', code: 'Limited time: prices rise because of the new tariff.\n', errors: [{ line: 1, column: 1, messageId: 'noDate', data: { phrase: 'Limited time' } }] },
    { name: '根拠のない「今だけ」', code: '今だけの特別価格です。\n', errors: [{ line: 1, column: 1, messageId: 'noDateNoReason', data: { phrase: '今だけ' } }] },
    { name: 'お早めに', code: '枠に限りがありますので、お早めにお申し込みください。\n', errors: [{ line: 1, column: 1, messageId: 'noDate', data: { phrase: '枠に限り' } }, { line: 1, column: 13, messageId: 'noDate', data: { phrase: 'お早めに' } }] },
  ],
});
