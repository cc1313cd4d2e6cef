import { ruleTester } from '../helpers.js';

ruleTester('exposed-batna', {
  valid: [
    'The minimum order quantity is 500 units per month.',
    'The workshop covers BATNA and walk-away points as negotiation concepts.',
    { name: 'inside an internal block', code: '# Investment\n\n<!-- internal -->\n\nThe lowest we can go is $38,000.\n\n<!-- /internal -->\n' },
    { name: 'in the front matter', code: '---\nbatna: the lowest we can go is $38,000\n---\n# P\n' },
    { name: 'under an internal heading', code: '## Internal: negotiation notes\n\nWe cannot go below $40,000.\n' },
    { name: 'quoted in a code block', code: '```\nThe lowest we can go is $38,000.\n```\n' },
    { name: '最低発注数量は下限の開示ではない', code: '最低発注数量は500個です。' },
    { name: '最低価格保証は下限の開示ではない', code: '当社は最低価格保証を行っておりません。' },
    { name: '社内ブロックの中の最低価格', code: '# お見積り\n\n<!-- internal -->\n\n最低価格は480万円。\n\n<!-- /internal -->\n' },
  ],
  invalid: [
    {
      name: 'a whole paragraph: wrapped in internal markers',
      code: '# Investment\n\nThe lowest we can go is $38,000.\n',
      errors: [{ line: 3, column: 1, messageId: 'exposed', endLine: 3, endColumn: 21, data: { phrase: 'The lowest we can go' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '# Investment\n\n<!-- internal -->\n\nThe lowest we can go is $38,000.\n\n<!-- /internal -->\n' }] }],
    },
    {
      name: 'the first sentence of a paragraph: split after it',
      code: 'We cannot go below $40,000. The fee covers four workshops.\n',
      errors: [{ line: 1, column: 1, messageId: 'exposed', data: { phrase: 'We cannot go below' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '<!-- internal -->\n\nWe cannot go below $40,000.\n\n<!-- /internal -->\n\n The fee covers four workshops.\n' }] }],
    },
    {
      name: 'a later sentence: inline markers around it',
      code: 'The fee is $48,000. Our walk-away point is $40,000.\n',
      errors: [{ line: 1, column: 21, messageId: 'exposed', data: { phrase: 'Our walk-away point' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: 'The fee is $48,000. <!-- internal -->Our walk-away point is $40,000.<!-- /internal -->\n' }] }],
    },
    {
      name: 'in a list item',
      code: '- Fee: $48,000\n- Note: our minimum price is $40,000\n',
      errors: [{ line: 2, column: 9, messageId: 'exposed', data: { phrase: 'our minimum price' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '- Fee: $48,000\n- <!-- internal -->Note: our minimum price is $40,000<!-- /internal -->\n' }] }],
    },
    {
      name: 'これ以下の価格（段落全体を社内ブロックへ）',
      code: '## お見積り\n\nこれ以下の価格ではお受けできません。\n',
      errors: [{ line: 3, column: 1, messageId: 'exposed', data: { phrase: 'これ以下の価格' }, suggestions: [{ desc: 'この文を社内ブロックに入れる', output: '## お見積り\n\n<!-- internal -->\n\nこれ以下の価格ではお受けできません。\n\n<!-- /internal -->\n' }] }],
    },
    {
      name: '文の途中の最低価格',
      code: '総額は480万円です。なお最低価格は400万円です。\n',
      errors: [{ line: 1, column: 14, messageId: 'exposed', data: { phrase: '最低価格' }, suggestions: [{ desc: 'この文を社内ブロックに入れる', output: '総額は480万円です。<!-- internal -->なお最低価格は400万円です。<!-- /internal -->\n' }] }],
    },
  ],
});
