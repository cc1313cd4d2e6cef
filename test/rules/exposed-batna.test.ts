import { ruleTester } from '../helpers.js';

ruleTester('exposed-batna', {
  valid: [
    { name: 'a note labelled internal that says nothing of the floor', code: '# Renewal\n\n**Internal notes:** call summary from 12 March is on the drive.\n' },
    { name: '社外秘ラベルの段落でも下限に触れなければ指摘しない', code: '# 見積\n\n■社外秘：競合の見積は月額90万円。\n' },
    { name: 'a bold internal label on its own line is internal to the next heading', code: '# Quote\n\n**Internal – pull before sending**\n\nCompetitor quoted $41. Don\'t go lower than $39.\n\n## Terms\n' },
    { name: 'an offered price equal to the floor, not framed as a limit', code: '---\nbatna: "Below $18,000 per hire we decline"\n---\n\n# Fees\n\nThe fee is $18,000 per hire.\n' },
    { name: 'walking the client through the plan', code: 'We walk you through the plan in week one.\n' },
    { name: 'below a safety threshold', code: 'Below the safety margin the valve closes.\n' },
    { name: '撤退ラインを研修テーマとして扱う', code: '撤退ラインを決めておくことが大切です。\n' },
    { name: '温度が下回る場合の作業中止', code: '気温が0度を下回る場合は作業を中止します。\n' },
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
      name: 'a note labelled internal in the body: its floor reaches the client',
      code: '# Renewal\n\nThe fee is $312,000 a year.\n\n**Internal, Dave only:** Floor stays at $296k total.\n',
      errors: [{ line: 5, column: 1, messageId: 'unstripped', data: {}, suggestions: [{ desc: 'Move this note into an internal block', output: '# Renewal\n\nThe fee is $312,000 a year.\n\n<!-- internal -->\n\n**Internal, Dave only:** Floor stays at $296k total.\n\n<!-- /internal -->\n' }] }],
    },
    {
      name: '「■社外秘：」で始まる本文の段落は顧客に渡る',
      code: '# お見積り\n\n月額120万円です。\n\n■社外秘：下限は単価100万円。\n',
      errors: [{ line: 5, column: 1, messageId: 'unstripped', data: {}, suggestions: [{ desc: 'このメモを社内ブロックに移す', output: '# お見積り\n\n月額120万円です。\n\n<!-- internal -->\n\n■社外秘：下限は単価100万円。\n\n<!-- /internal -->\n' }] }],
    },
    {
      name: '「※社内用（提出時削除）」の行の下のメモも本文のまま',
      code: '# お見積り\n\n※社内用（提出時削除）\n競合は月額90万円。月額100万円までなら可。\n',
      errors: [{ line: 4, column: 11, messageId: 'unstripped', data: {}, suggestions: [{ desc: 'このメモを社内ブロックに移す', output: '# お見積り\n\n<!-- internal -->\n\n※社内用（提出時削除）\n競合は月額90万円。月額100万円までなら可。\n\n<!-- /internal -->\n' }] }],
    },
    { name: 'walk-away point is …', code: 'Walk-away point is $35,000.\n', errors: [{ line: 1, column: 1, messageId: 'exposed', data: { phrase: 'Walk-away point is' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '<!-- internal -->\n\nWalk-away point is $35,000.\n\n<!-- /internal -->\n' }] }] },
    { name: 'our floor is …', code: 'Our floor is $35,000.\n', errors: [{ line: 1, column: 1, messageId: 'exposed', data: { phrase: 'Our floor is' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '<!-- internal -->\n\nOur floor is $35,000.\n\n<!-- /internal -->\n' }] }] },
    { name: 'anything under … and we walk', code: 'Anything under $35,000 and we walk.\n', errors: [{ line: 1, column: 24, messageId: 'exposed', data: { phrase: 'and we walk' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '<!-- internal -->\n\nAnything under $35,000 and we walk.\n\n<!-- /internal -->\n' }] }] },
    { name: 'below … a year we walk away', code: 'Below GBP 24,000 a year we walk away.\n', errors: [{ line: 1, column: 1, messageId: 'exposed', data: { phrase: 'Below GBP 24,000 a year we walk' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '<!-- internal -->\n\nBelow GBP 24,000 a year we walk away.\n\n<!-- /internal -->\n' }] }] },
    { name: 'a batna: line typed in the body', code: '# P\n\nbatna: "Below $35,000 we decline"\n', errors: [{ line: 3, column: 1, messageId: 'exposed', data: { phrase: 'batna:' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '# P\n\n<!-- internal -->\n\nbatna: "Below $35,000 we decline"\n\n<!-- /internal -->\n' }] }] },
    // Issue 14: the prop-batna snippet typed in the body, then filled in, was flagged by nothing.
    { name: 'a filled-in prop-batna line in the body', code: '# P\n\nbatna: "Decline below 90% of the quoted fee; our best alternative is the Contoso project"\n', errors: [{ line: 3, column: 1, endLine: 3, endColumn: 7, messageId: 'exposed', data: { phrase: 'batna:' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '# P\n\n<!-- internal -->\n\nbatna: "Decline below 90% of the quoted fee; our best alternative is the Contoso project"\n\n<!-- /internal -->\n' }] }] },
    { name: '本文に書いた「撤退ライン:」の行', code: '# ご提案\n\n撤退ライン: "見積額の90%を下回る場合は辞退。代替案は次の案件に人員を回す"\n', errors: [{ line: 3, column: 1, endLine: 3, endColumn: 7, messageId: 'exposed', data: { phrase: '撤退ライン:' }, suggestions: [{ desc: 'この文を社内ブロックに移す', output: '# ご提案\n\n<!-- internal -->\n\n撤退ライン: "見積額の90%を下回る場合は辞退。代替案は次の案件に人員を回す"\n\n<!-- /internal -->\n' }] }] },
    { name: 'the lowest fee at which we can staff this', code: 'This is the lowest fee at which we can staff this engagement.\n', errors: [{ line: 1, column: 9, messageId: 'exposed', data: { phrase: 'the lowest fee at which' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '<!-- internal -->\n\nThis is the lowest fee at which we can staff this engagement.\n\n<!-- /internal -->\n' }] }] },
    {
      name: 'the recorded amount, framed as a minimum',
      code: '---\nbatna: "Below $18,000 per hire we decline"\n---\n\n# Fees\n\nOur minimum per-hire fee is $18,000.\n',
      errors: [{ line: 7, column: 1, messageId: 'exposed', data: { phrase: 'Our minimum per-hire fee is' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '---\nbatna: "Below $18,000 per hire we decline"\n---\n\n# Fees\n\n<!-- internal -->\n\nOur minimum per-hire fee is $18,000.\n\n<!-- /internal -->\n' }] }],
    },
    {
      name: 'the recorded amount in another spelling, framed as a floor',
      code: '---\nbatna: "Below $18,000 we decline"\n---\n\n# Fees\n\nWe cannot go under USD 18k.\n',
      errors: [{ line: 7, column: 20, messageId: 'amount', data: { amount: 'USD 18k' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '---\nbatna: "Below $18,000 we decline"\n---\n\n# Fees\n\n<!-- internal -->\n\nWe cannot go under USD 18k.\n\n<!-- /internal -->\n' }] }],
    },
    { name: '撤退ラインは…', code: '撤退ラインは月額30万円です。\n', errors: [{ line: 1, column: 1, messageId: 'exposed', data: { phrase: '撤退ラインは' }, suggestions: [{ desc: 'この文を社内ブロックに移す', output: '<!-- internal -->\n\n撤退ラインは月額30万円です。\n\n<!-- /internal -->\n' }] }] },
    { name: '〜が下限となります', code: '月額80万円が下限となります。\n', errors: [{ line: 1, column: 8, messageId: 'exposed', data: { phrase: '下限となり' }, suggestions: [{ desc: 'この文を社内ブロックに移す', output: '<!-- internal -->\n\n月額80万円が下限となります。\n\n<!-- /internal -->\n' }] }] },
    { name: '〜を下回る場合はご辞退', code: '300万円を下回る場合はご辞退させていただきます。\n', errors: [{ line: 1, column: 6, messageId: 'exposed', data: { phrase: 'を下回る場合はご辞退' }, suggestions: [{ desc: 'この文を社内ブロックに移す', output: '<!-- internal -->\n\n300万円を下回る場合はご辞退させていただきます。\n\n<!-- /internal -->\n' }] }] },
    { name: '〜未満ではお受けいたしかねます', code: '200万円未満ではお受けいたしかねます。\n', errors: [{ line: 1, column: 6, messageId: 'exposed', data: { phrase: '未満ではお受けいたしかね' }, suggestions: [{ desc: 'この文を社内ブロックに移す', output: '<!-- internal -->\n\n200万円未満ではお受けいたしかねます。\n\n<!-- /internal -->\n' }] }] },
    {
      name: '記録した撤退ラインと同じ金額を下限として書く',
      code: '---\n撤退ライン: "月額30万円を下回れば辞退"\n---\n\n# ご提案\n\n最低でも月額300,000円が必要です。\n',
      errors: [{ line: 7, column: 7, messageId: 'amount', data: { amount: '300,000円' }, suggestions: [{ desc: 'この文を社内ブロックに移す', output: '---\n撤退ライン: "月額30万円を下回れば辞退"\n---\n\n# ご提案\n\n<!-- internal -->\n\n最低でも月額300,000円が必要です。\n\n<!-- /internal -->\n' }] }],
    },
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
      errors: [{ line: 1, column: 21, messageId: 'exposed', data: { phrase: 'Our walk-away point is' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: 'The fee is $48,000. <!-- internal -->Our walk-away point is $40,000.<!-- /internal -->\n' }] }],
    },
    {
      name: 'in a list item',
      code: '- Fee: $48,000\n- Note: our minimum price is $40,000\n',
      errors: [{ line: 2, column: 9, messageId: 'exposed', data: { phrase: 'our minimum price is' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: '- Fee: $48,000\n- <!-- internal -->Note: our minimum price is $40,000<!-- /internal -->\n' }] }],
    },
    {
      name: 'これ以下の価格（段落全体を社内ブロックへ）',
      code: '## お見積り\n\nこれ以下の価格ではお受けできません。\n',
      errors: [{ line: 3, column: 1, messageId: 'exposed', data: { phrase: 'これ以下の価格' }, suggestions: [{ desc: 'この文を社内ブロックに移す', output: '## お見積り\n\n<!-- internal -->\n\nこれ以下の価格ではお受けできません。\n\n<!-- /internal -->\n' }] }],
    },
    {
      name: '文の途中の最低価格',
      code: '総額は480万円です。なお最低価格は400万円です。\n',
      errors: [{ line: 1, column: 14, messageId: 'exposed', data: { phrase: '最低価格' }, suggestions: [{ desc: 'この文を社内ブロックに移す', output: '総額は480万円です。<!-- internal -->なお最低価格は400万円です。<!-- /internal -->\n' }] }],
    },
  ],
});
