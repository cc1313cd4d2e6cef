import { ruleTester } from '../helpers.js';

ruleTester('unsupported-urgency', {
  valid: [
    { name: "「今すぐではないけど」は急がせていない", code: "# ご提案書\n\n## 進め方\n\n- 弊社から個別に声をかけます。媒体では出会えない「今すぐではないけど、いい話なら」という層です。\n" },
    { name: "a vendor's promotion with its end date is a real deadline", code: "# Quote\n\nThe handset discount is the manufacturer's promotion, open until 29 January 2027. Order now to use it.\n" },
    { name: "キャリアのキャンペーンと期限の日付", code: "# お見積書\n\n端末割引はキャリアの法人向けキャンペーンで、2027年1月29日お申込み分までが対象です。今なら150台まとめて適用できます。\n" },
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
    { name: "\"books out fast\" with no date or reason", code: "# Proposal\n\nJanuary books out fast, so let us know soon.\n", errors: [{"line":3,"column":9,"messageId":"noDateNoReason","data":{"phrase":"books out fast"}}] },
    { name: "「今なら…キャンペーン中」は一文で一件、日付も理由もない", code: "# ご提案書\n\nしかも今なら、のりかえ端末割引のキャンペーン中です！\n", errors: [{"line":3,"column":4,"messageId":"noDateNoReason","data":{"phrase":"今なら"}}] },
    { name: "「今月中にご決断」に理由がない", code: "# ご提案書\n\n今月中にご決断いただければ、上記の料率でお約束できます。\n", errors: [{"line":3,"column":1,"messageId":"noDateNoReason","data":{"phrase":"今月中にご決断"}}] },
    { name: 'a limited-time heading with nothing under it to back it', code: '# Quote\n\n## Limited-time offer\n\nThe camera is $299.\n', errors: [{ line: 3, column: 4, messageId: 'noDateNoReason', data: { phrase: 'Limited-time' } }] },
    { name: 'fake scarcity (one finding for the sentence, at its first push)', code: 'Act now: only a few slots left!\n', errors: [{ line: 1, column: 1, messageId: 'noDateNoReason', data: { phrase: 'Act now' } }] },
    { name: 'two sentences that push are two findings', code: 'Act now. Only a few slots left!\n', errors: [{ line: 1, column: 1, messageId: 'noDateNoReason', data: { phrase: 'Act now' } }, { line: 1, column: 10, messageId: 'noDateNoReason', data: { phrase: 'Only a few slots left' } }] },
    { name: 'a date without a reason', code: 'This offer expires soon, on 31 March 2027.\n', errors: [{ line: 1, column: 6, messageId: 'noReason', data: { phrase: 'offer expires soon' } }] },
    { name: 'a reason without a date', code: 'Limited time: prices rise because of the new tariff.\n', errors: [{ line: 1, column: 1, messageId: 'noDate', data: { phrase: 'Limited time' } }] },
    { name: '根拠のない「今だけ」', code: '今だけの特別価格です。\n', errors: [{ line: 1, column: 1, messageId: 'noDateNoReason', data: { phrase: '今だけ' } }] },
    { name: '「枠に限り…お早めに」は一文で一件', code: '枠に限りがありますので、お早めにお申し込みください。\n', errors: [{ line: 1, column: 1, messageId: 'noDate', data: { phrase: '枠に限り' } }] },
  ],
});
