import { ruleTester } from '../helpers.js';

const US = 'We deliver our programme with our trainers and our method. ';
const 弊社 = '弊社は弊社の技術者と当社の手法で対応します。';

ruleTester('seller-centric', {
  valid: [
    { name: "the client called \"the Company\" throughout counts as the client", code: "# Renewal proposal\n\n## Year one\n\nWe placed the program; we reviewed claims; we ran our safety days; we met our targets; we renewed our carriers; we reported our results; we trained our team; we kept our promises. The Company's EMR fell; the Company won bids; the Company cut losses; the Company grew.\n" },
    { name: "「株式会社」を省いた社名も顧客への言及", code: "# 株式会社さくら食品 御中\n\n弊社は設計します。弊社は据付けます。弊社は教育します。弊社は保守します。弊社は試験します。弊社は出荷します。弊社は計画します。弊社は溶接します。弊社は配線します。弊社は立上げます。弊社は記録します。弊社は引渡します。弊社は常駐します。弊社は点検します。弊社は改善します。弊社は報告します。\n\nさくら食品様は2ラインを運用しています。さくら食品様は1セルをご希望です。さくら食品様の床面は狭いです。さくら食品様は6月稼働をご希望です。さくら食品様は1直です。\n" },
    { name: "the client by the first word of its name counts as the client", code: "# Palletising proposal for Sakuragawa Foods Co., Ltd.\n\nWe build cells. We install them. We train staff. We support them. We maintain them. Our team is ours. We test. We ship. We plan. We design. We weld. We wire. We commission. We document. We hand over. We stay.\n\nSakuragawa runs two lines. Sakuragawa wants one cell. Sakuragawa has a tight floor. Sakuragawa needs June. Sakuragawa has one shift.\n" },
    { name: "a tender's \"the Trust\" refers to the client", code: "# Proposal\n\n## Approach\n\nWe review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. The Trust keeps the rota. The Trust signs off each ward. The Trust's estates team joins us. The Trust will provide access. The Trust approves the plan. The Trust chairs the review.\n" },
    { name: 'balanced', code: `# Proposal\n\n${'We help you and your team. '.repeat(10)}\n` },
    { name: 'few references at all', code: `# Proposal\n\n${US.repeat(3)}\n` },
    { name: 'the client\'s name from front matter counts as the client', code: `---\nclient: Kestrel\n---\n\n# Proposal\n\n${US.repeat(4)}${'Kestrel gains. '.repeat(6)}\n` },
    { name: 'the credibility section counts half', code: `# Proposal\n\n## Why us\n\n${US.repeat(5)}\n\n## Your situation\n\n${'You need it. '.repeat(4)}\n` },
    { name: '貴社が主語', code: `# ご提案\n\n${'貴社の課題に弊社が対応します。'.repeat(8)}\n` },
  ],
  invalid: [
    { name: "顧客に一度しか触れない提案", code: "# 株式会社さくら食品 御中\n\n弊社は設計します。弊社は据付けます。弊社は教育します。弊社は保守します。弊社は試験します。弊社は出荷します。弊社は計画します。弊社は溶接します。弊社は配線します。弊社は立上げます。弊社は記録します。弊社は引渡します。弊社は常駐します。弊社は点検します。弊社は改善します。弊社は報告します。\n\nさくら食品様は2ラインを運用しています。\n", errors: [{"line":1,"column":1,"messageId":"sellerCentric","data":{"seller":16,"client":2,"ratio":3}}] },
    { name: "a generic first word (\"North\") is not the client", code: "# Proposal for North Valley Clinic\n\nWe build cells. We install them. We train staff. We support them. We maintain them. Our team is ours. We test. We ship. We plan. We design. We weld. We wire. We commission. We document. We hand over. We stay.\n\nNorth is cold. North winds blow.\n", errors: [{"line":1,"column":1,"messageId":"sellerCentric","data":{"seller":17,"client":1,"ratio":3}}] },
    { name: "sixteen references to yourselves and none to the client", code: "# Proposal\n\n## Approach\n\nWe review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. We review the wards. The team keeps the rota.\n", errors: [{"line":1,"column":1,"messageId":"sellerCentric","data":{"seller":16,"client":0,"ratio":3}}] },
    {
      name: 'all about us',
      code: `# Proposal\n\n${US.repeat(5)}\n`,
      errors: [{ line: 1, column: 1, messageId: 'sellerCentric', data: { seller: 20, client: 0, ratio: 3 } }],
    },
    {
      name: 'options: a lower threshold',
      code: `# Proposal\n\n${US.repeat(2)} You benefit.\n`,
      options: { minSeller: 5, ratio: 2 },
      errors: [{ line: 1, column: 1, messageId: 'sellerCentric', data: { seller: 8, client: 1, ratio: 2 } }],
    },
    {
      name: '弊社ばかり',
      code: `# ご提案\n\n${弊社.repeat(6)}\n`,
      errors: [{ line: 1, column: 1, messageId: 'sellerCentric', data: { seller: 18, client: 0, ratio: 3 } }],
    },
  ],
});
