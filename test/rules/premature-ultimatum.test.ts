import { ruleTester } from '../helpers.js';

ruleTester('premature-ultimatum', {
  valid: [
    { name: "a revised offer after clarification is a later round", code: "# Grounds maintenance\n\n## Revised offer following the clarification meeting\n\nThis is our best and final offer.\n" },
    { name: "再提案は交渉の後の段階", code: "# 株式会社サンプル様 再提案書\n\nこれが最終のご提示です。\n" },
    { name: '安全基準について交渉の余地がないのは条件の提示ではない', code: '# ご提案\n\n作業員の安全基準については交渉の余地はありません。\n' },
    { name: 'a requirement that is non-negotiable', code: '# Search proposal\n\n- HIPAA experience is non-negotiable; a prior EHR migration is preferred.\n' },
    'The final report is delivered in week 12.',
    'The final session is a review with your managers.',
    { name: 'non-negotiable applied to data protection', code: 'Protecting your customers\' personal data is non-negotiable for us.' },
    { name: 'stage: final', code: '---\nstage: final\n---\n\nThis is our final offer.\n' },
    { name: 'in internal notes', code: '<!-- internal -->\n\nIf they push again: final offer.\n\n<!-- /internal -->\n' },
    { name: '最終報告書', code: '最終報告書は12週目に提出します。' },
  ],
  invalid: [
    { name: '金額に交渉の余地がない', code: '# ご提案\n\nお見積金額については交渉の余地はありません。\n', errors: [{ line: 3, column: 11, messageId: 'ultimatum', data: { phrase: '交渉の余地はありません' } }] },
    { name: 'the price is non-negotiable', code: '# Proposal\n\nOur pricing is non-negotiable.\n', errors: [{ line: 3, column: 16, messageId: 'ultimatum', data: { phrase: 'non-negotiable' } }] },
    { name: 'final offer', code: 'This is our final offer.\n', errors: [{ line: 1, column: 1, messageId: 'ultimatum', endColumn: 24, data: { phrase: 'This is our final offer' } }] },
    { name: 'take it or leave it', code: 'The price is $48,000: take it or leave it.\n', errors: [{ line: 1, column: 23, messageId: 'ultimatum', data: { phrase: 'take it or leave it' } }] },
    { name: 'stage: draft still counts', code: '---\nstage: draft\n---\n\nThe price is non-negotiable.\n', errors: [{ line: 5, column: 14, messageId: 'ultimatum', data: { phrase: 'non-negotiable' } }] },
    { name: '最終提示', code: '本金額は最終提示です。\n', errors: [{ line: 1, column: 5, messageId: 'ultimatum', data: { phrase: '最終提示' } }] },
    { name: 'これ以上の交渉には応じられません', code: 'これ以上の交渉には応じられません。\n', errors: [{ line: 1, column: 1, messageId: 'ultimatum', data: { phrase: 'これ以上の交渉には応じられません' } }] },
  ],
});
