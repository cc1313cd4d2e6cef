/**
 * The leak corpus: internal notes and the walk-away point in every place Markdown can hold
 * them. Each case either exports a copy with no internal text in it, or refuses naming the
 * proposal's line. Run through the application layer (what the editor's Export Client Copy
 * calls) and through the CLI (`export`, `export --check`).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportClient } from '../src/app/export.js';
import { run } from '../src/cli/main.js';
import type { LintOptions } from '../src/index.js';

interface Case {
  name: string;
  text: string;
  options?: LintOptions;
  /** Config file contents for the CLI run (the team's words). */
  config?: object;
  /** Refused, with a problem on each of these proposal lines; otherwise exported. */
  refuse?: number[];
  /** Text the exported copy must keep (so a strip never swallows the client's part). */
  keep?: string[];
}

const SECRET = /SECRET|秘密メモ|42%|単価は下げない/;

const CASES: Case[] = [
  // A heading that says "delete before sending" anywhere in it marks the section the writer's.
  { name: 'a section headed "… – DELETE BEFORE SENDING" is stripped', text: '# Proposal\n\n## Price\n\nEUR 3.950 per shift.\n\n## Vertraulich / internal – DELETE BEFORE SENDING\n\n- SECRET walk-away: EUR 3.450 per shift.\n', keep: ['EUR 3.950 per shift.'] },
  { name: '「見積根拠メモ（提出時削除）」の節は除かれる', text: '# 御見積書\n\n## お見積金額\n\n4,675,000円（税込）\n\n## 見積根拠メモ（提出時削除）\n\n- 秘密メモ：税込4,400千円を下回るなら辞退。\n', keep: ['4,675,000円（税込）'] },
  // A section the writer headed "For <firm> eyes only" is the firm's, not the client's.
  { name: 'a section headed "For Nimbus eyes only" is stripped', text: '# Proposal\n\n## Fees\n\nEUR 34.00 an hour.\n\n## For Nimbus eyes only\n\n- SECRET floor EUR 30.50 an hour.\n', keep: ['EUR 34.00 an hour.'] },
  // 1. The team's own marker word, from the configuration.
  { name: 'a team marker from the config lexicon', text: '# P\n\nHello.\n\n<!-- confidential -->\nOur margin on this deal is 42%. SECRET\n<!-- /confidential -->\n\nBye.\n', options: { lexicon: { 'internal-marker': { en: ['strictly private'] } } }, keep: ['Hello.', 'Bye.'] },
  { name: 'a marker word only the team uses', text: '# P\n\nHello.\n\n<!-- deal room -->\nSECRET margin 42%.\n<!-- /deal room -->\n\nBye.\n', options: { lexicon: { 'internal-marker': { en: ['deal room'] } } }, config: { lexicon: { 'internal-marker': { en: ['deal room'] } } }, keep: ['Hello.', 'Bye.'] },
  // 2. How Japanese teams mark internal notes.
  { name: '【社内用】 heading', text: '# ご提案\n\n本文です。\n\n## 【社内用】交渉メモ\n\n競合との価格差は15%。単価は下げない。\n\n## 今後の進め方\n\n稟議をお願いします。\n', keep: ['本文です。', '稟議をお願いします。'] },
  { name: '（社外秘） heading', text: '# ご提案\n\n本文です。\n\n## 交渉方針（社外秘）\n\n単価は下げない。\n', keep: ['本文です。'] },
  { name: '■部外秘 heading', text: '# ご提案\n\n本文です。\n\n### ■部外秘\n\n秘密メモ：競合はA社。\n\n## お見積り\n\n総額480万円。\n', keep: ['本文です。', '総額480万円。'] },
  { name: '<!-- 社内メモ --> comment block', text: '# ご提案\n\n本文です。\n\n<!-- 社内メモ -->\n単価は下げない。\n<!-- /社内メモ -->\n\n以上です。\n', keep: ['本文です。', '以上です。'] },
  { name: '<!-- 社外秘 --> comment block', text: '# ご提案\n\n本文です。\n\n<!-- 社外秘 -->\n秘密メモ：決裁者は常務。\n<!-- /社外秘 -->\n', keep: ['本文です。'] },
  // Words that mark a comment only: <!-- private --> strips, a heading with the same word stays.
  { name: '<!-- private --> comment block', text: '# P\n\nHello.\n\n<!-- private -->\nSECRET: Phase 1 floor is £32,000.\n<!-- /private -->\n\n## Clients: public / private\n\nBye.\n', keep: ['Hello.', 'Clients: public / private', 'Bye.'] },
  { name: '<!-- 非公開 --> comment block', text: '# ご提案\n\n本文です。\n\n<!-- 非公開 -->\n秘密メモ：下限は月額80万円。\n<!-- /非公開 -->\n\n## 公開範囲：非公開\n\n成果物は貴社内でのみ閲覧いただけます。\n', keep: ['本文です。', '公開範囲：非公開', '成果物は貴社内でのみ閲覧いただけます。'] },
  // The writer's own notes after the text for the client: a label line after a rule or 以上.
  { name: '"NOTES (me only)" after a rule', text: '# P\n\nHello.\n\n---\n\nNOTES (me only)\n\n- SECRET: our margin is 42%.\n', keep: ['Hello.'] },
  { name: '「＜社内メモ＞」 after 以上', text: '# ご提案\n\n本文です。\n\n以上\n\n＜社内メモ＞\n\n・単価は下げない。\n', keep: ['本文です。', '以上'] },
  // 3. Walk-away statements in plain words, in client text.
  { name: 'walk-away point is …', text: '---\nbatna: "below $35,000"\n---\n\n# P\n\nWalk-away point is $35,000.\n', refuse: [7] },
  { name: 'our floor is …', text: '# P\n\nThe fee is $48,000.\n\nOur floor is $35,000.\n', refuse: [5] },
  { name: 'anything under … and we walk', text: '# P\n\nAnything under $35,000 and we walk.\n', refuse: [3] },
  { name: 'below … a year we walk away', text: '# P\n\nBelow GBP 24,000 a year we walk away.\n', refuse: [3] },
  { name: 'a batna: line typed in the body', text: '# P\n\nbatna: "Below $35,000 we decline"\n\nHello.\n', refuse: [3] },
  { name: '撤退ラインは…', text: '# ご提案\n\n撤退ラインは月額30万円です。\n', refuse: [3] },
  { name: '…を下回る場合は辞退', text: '# ご提案\n\n30万円を下回る場合は辞退します。\n', refuse: [3] },
  { name: 'the recorded amount, whatever the wording', text: '---\nbatna: "Below $35,000 we decline"\n---\n\n# P\n\nA reduced scope is available at $35,000.\n', refuse: [7] },
  { name: 'the recorded yen amount in another spelling', text: '---\n撤退ライン: "月額30万円を下回れば辞退"\n---\n\n# ご提案\n\n縮小版は月額300,000円です。\n', refuse: [7] },
  // 4. Front matter the parser does not take.
  { name: 'front matter after a blank line', text: '\n---\nbatna: "SECRET below $35,000"\n---\n\n# P\n\nHello.\n', keep: ['Hello.'] },
  { name: 'front matter closed with ...', text: '---\nbatna: "SECRET below $35,000"\n...\n\n# P\n\nHello.\n', keep: ['Hello.'] },
  { name: 'TOML front matter', text: '+++\nbatna = "SECRET below $35,000"\n+++\n\n# P\n\nHello.\n', keep: ['Hello.'] },
  { name: 'a second --- block', text: '---\nclient: Acme\n---\n---\nnotes: "SECRET margin 42%"\n---\n\n# P\n\nHello.\n', keep: ['Hello.'] },
  { name: 'unclosed front matter', text: '---\nbatna: "SECRET below $35,000"\n\n# P\n\nHello.\n', refuse: [1] },
  // Notes the writer labelled internal that nothing strips, wherever they stand, whatever they say.
  { name: 'a bold "Internal note:" paragraph', text: '# P\n\nHello.\n\n**Internal note:** ask Gillian about the SECRET surveys.\n', refuse: [5] },
  { name: 'an "INTERNAL —" block quote', text: '# P\n\nPrice: $290/ea.\n\n> INTERNAL — can go to $272/ea within my authority.\n', refuse: [5] },
  { name: 'a "> **Internal note:**" block quote', text: '# P\n\nPrice: $290/ea.\n\n> **Internal note:** the floor is $272/ea.\n', refuse: [5] },
  { name: 'an "Internal:" list item', text: '# P\n\n- Delivery in May.\n- Internal: SECRET margin 42%.\n', refuse: [4] },
  { name: '「> ※社内メモ：」の引用', text: '# ご提案\n\n本文です。\n\n> ※社内メモ：決裁者は常務。\n', refuse: [5] },
  { name: '「- 社内用：」のリスト項目', text: '# ご提案\n\n- 納期は5月です。\n- 社内用：単価は下げない。\n', refuse: [4] },
  { name: 'a "Private and confidential" letter banner is for the client', text: '# Letter of engagement\n\nPrivate and confidential\n\nDear Ms Shah,\n', keep: ['Private and confidential', 'Dear Ms Shah,'] },
  { name: '「社内ご説明用」の資料は顧客向けの成果物', text: '# ご提案\n\n- 社内ご説明用の企画要約（A4・2枚）の作成\n', keep: ['社内ご説明用の企画要約'] },
  { name: 'a <details> block of team notes', text: '# P\n\nHello.\n\n<details>\n<summary>Team notes</summary>\n\n- SECRET: the hold expires on 30 Oct.\n\n</details>\n', refuse: [8] },
  { name: '「<summary>社内メモ</summary>」の折りたたみ', text: '# ご提案\n\n本文です。\n\n<details>\n<summary>社内メモ</summary>\n\n単価は下げない。\n\n</details>\n', refuse: [8] },
  { name: 'a <details> block of FAQs is for the client', text: '# P\n\nHello.\n\n<details>\n<summary>Frequently asked questions</summary>\n\nDelivery takes two weeks.\n\n</details>\n', keep: ['Delivery takes two weeks.'] },
  // 5. Everything that is not prose.
  { name: 'in a block quote', text: '# P\n\n> The lowest we can go is $35,000.\n', refuse: [3] },
  { name: 'in an HTML comment (comments never reach the copy)', text: '# P\n\nHello.\n\n<!-- SECRET: the lowest we can go is $35,000 -->\n\nBye.\n', keep: ['Hello.', 'Bye.'] },
  { name: 'in an HTML block', text: '# P\n\n<div>\nThe lowest we can go is $35,000.\n</div>\n', refuse: [4] },
  { name: 'in <details>', text: '# P\n\n<details><summary>Pricing</summary>\n\nOur floor is $35,000.\n\n</details>\n', refuse: [5] },
  { name: 'in a link title', text: '# P\n\nSee [the offer](https://x.example "the lowest we can go is $35,000").\n', refuse: [3] },
  { name: 'in a definition title', text: '# P\n\nSee [the offer][o].\n\n[o]: https://x.example "our floor is $35,000"\n', refuse: [5] },
  { name: 'in image alt text', text: '# P\n\n![the lowest we can go is $35,000](chart.png)\n', refuse: [3] },
  { name: 'in code', text: '# P\n\n```\nour floor is $35,000\n```\n', refuse: [4] },
  { name: 'in inline code', text: '# P\n\nUse `the lowest we can go is $35,000` nowhere.\n', refuse: [3] },
  { name: 'in a table', text: '# P\n\n| Item | Note |\n| --- | --- |\n| Fee | the lowest we can go is $35,000 |\n', refuse: [5] },
  { name: 'in a footnote', text: '# P\n\nThe fee is $48,000.[^1]\n\n[^1]: Our floor is $35,000.\n', refuse: [5] },
  { name: 'with emphasis inside the phrase', text: '# P\n\nThe **lowest** we can go is $35,000.\n', refuse: [3] },
  { name: 'a zero-width space inside the phrase', text: '# P\n\nThe lowest we can\u200b go is $35,000.\n', refuse: [3] },
  { name: 'a soft hyphen inside the phrase', text: '# P\n\nOur flo\u00ador is $35,000.\n', refuse: [3] },
  // 6. Nested and unbalanced markers.
  { name: 'nested markers', text: '# P\n\nHello.\n\n<!-- internal -->\nSECRET one.\n<!-- internal -->\nSECRET two.\n<!-- /internal -->\nSECRET three.\n<!-- /internal -->\n\nBye.\n', keep: ['Hello.', 'Bye.'] },
  { name: 'an unclosed marker', text: '# P\n\nHello.\n\n<!-- internal -->\nSECRET.\n', refuse: [5] },
  { name: 'a close with no opener', text: '# P\n\nHello.\n\n<!-- /internal -->\n\nBye.\n', refuse: [5] },
  // 7. Natural spellings of markers.
  { name: '<!-- internal notes -->', text: '# P\n\nHello.\n\n<!-- internal notes -->\nSECRET.\n<!-- /internal notes -->\n\nBye.\n', keep: ['Hello.', 'Bye.'] },
  { name: '<!-- internal: -->', text: '# P\n\nHello.\n\n<!-- internal: -->\nSECRET.\n<!-- /internal -->\n\nBye.\n', keep: ['Hello.', 'Bye.'] },
  { name: 'a multi-line marker', text: '# P\n\nHello.\n\n<!--\ninternal\n-->\nSECRET.\n<!--\n/internal\n-->\n\nBye.\n', keep: ['Hello.', 'Bye.'] },
  { name: '<!-- end internal -->', text: '# P\n\nHello.\n\n<!-- INTERNAL -->\nSECRET.\n<!-- end internal -->\n\nBye.\n', keep: ['Hello.', 'Bye.'] },
  // 8. Headings that mark internal sections, at every level.
  ...['## 7. Internal notes', '## [Internal] Negotiation notes', '## Negotiation notes (internal)', '## 🔒 Internal notes', '## Bid team notes — internal', '## Notes to self (delete before sending)'].map((h) => ({
    name: `heading "${h}"`, text: `# P\n\nHello.\n\n${h}\n\nSECRET: margin 42%.\n\n## Next steps\n\nBye.\n`, keep: ['Hello.', 'Bye.'],
  })),
  ...[1, 2, 3, 4, 5, 6].map((d) => ({
    name: `an internal heading at level ${d}`, text: `${'#'.repeat(d)} Internal notes\n\nSECRET margin 42%.\n\n${'#'.repeat(d)} Public\n\nHello.\n`, keep: ['Hello.'],
  })),
  // 9. Markers in code are code; CRLF files.
  { name: 'a marker shown in a code fence does not open a block', text: '# P\n\n```html\n<!-- internal -->\n```\n\nHello.\n', keep: ['Hello.', '<!-- internal -->'] },
  { name: 'CRLF', text: '---\r\nbatna: "SECRET"\r\n---\r\n\r\n# P\r\n\r\nHello.\r\n\r\n<!-- internal -->\r\nSECRET.\r\n<!-- /internal -->\r\n\r\nBye.\r\n', keep: ['Hello.', 'Bye.'] },
  { name: 'CRLF leak', text: '# P\r\n\r\nOur floor is $35,000.\r\n', refuse: [3] },
  // The directives and separators of a removed part do not stay behind.
  { name: 'directives stripped, no stray separator', text: '# P\n\nHello. <!-- proposal-lint-disable-line seller-centric -->\n\n---\n\n## Internal notes\n\nSECRET.\n', keep: ['Hello.'] },
  // Notes the writer left in the body in their own way (round 18–19 writers): refused at the note's line.
  { name: 'a block quote of notes to self with the floor', text: '# Renewal\n\n> Heads up: Tri-County came in 6% under. Don\'t go below $380/pull.\n\nThe 2027 rates follow.\n', refuse: [3] },
  { name: 'an order to oneself with the amount', text: '# One-page proposal\n\n*(note: Growth is the one for her. Won\'t go under $1,450 for Growth.)*\n', refuse: [3] },
  { name: '「//メモ：」の行', text: '# お見積書\n\n税抜14,800,000円\n\n//メモ：最低ライン 税抜14,200,000。\n', refuse: [5] },
  { name: 'an [NB: …] remark to the author', text: '# Statement of work\n\nThe day rate is £1,150.\n\n[NB: rate held, Ruth didn\'t push. Good.]\n', refuse: [5] },
  { name: '「（メモ：…）」の覚え書き', text: '# お見積り\n\n総額4,800万円です。\n\n（メモ：競合は4千万台前半。）\n', refuse: [5] },
  { name: '「[メモ：…]」の覚え書き', text: '# 作業範囲記述書\n\n日額は115,000円です。\n\n[メモ：単価は据え置き。先方から値下げの要望はなかった]\n', refuse: [5] },
  // Every note the note-to-self rule reports (round 26): refused at its line.
  { name: '「＜メモ：…＞」の覚え書き', text: '# 企画提案書\n\n新メニューを3品ご提案します。＜メモ：駅長さんは麺類を推したい様子＞\n', refuse: [3] },
  { name: '「（※自分用メモ：…）」の覚え書き', text: '# ご提案書\n\n広報の体制づくりからご支援します。\n\n（※自分用メモ：競合は秋田の代理店らしい）\n', refuse: [5] },
  { name: 'a "Note to self:" label in the body', text: '# Proposal\n\nThe programme runs from May.\n\n**Note to self:** ask Dana whether the launch date is firm.\n', refuse: [5] },
  { name: 'initials to a colleague with an arrow', text: '# Pricing appendix\n\nRealtime is $4.25 a page. [DW → Priya: your number, not mine]\n', refuse: [3] },
];

function check(c: Case, copy: string | undefined, problems: Array<{ line: number }> | undefined): void {
  if (c.refuse) {
    assert.ok(problems, `${c.name}: expected a refusal, got a copy:\n${copy}`);
    for (const line of c.refuse) assert.ok(problems.some((p) => p.line === line), `${c.name}: expected a problem on line ${line}, got ${JSON.stringify(problems)}`);
    return;
  }
  assert.ok(copy !== undefined, `${c.name}: refused: ${JSON.stringify(problems)}`);
  assert.doesNotMatch(copy, SECRET, `${c.name}: internal text reached the copy:\n${copy}`);
  if (!c.keep?.some((k) => k.includes('<!--'))) assert.doesNotMatch(copy, /proposal-lint-disable|<!--\s*\/?\s*(?:internal|confidential|社内|社外秘)/i, `${c.name}: a marker or directive reached the copy`);
  for (const k of c.keep ?? []) assert.ok(copy.includes(k), `${c.name}: the copy lost "${k}":\n${copy}`);
}

describe('the client copy never leaks (application layer: the editor and the CLI call it)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const r = exportClient(c.text, c.options);
      check(c, r.ok ? r.copy : undefined, r.ok ? undefined : r.problems);
    });
  }
});

describe('the client copy never leaks (CLI export and export --check)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-leaks-'));
    fs.mkdirSync(path.join(dir, '.git'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  CASES.forEach((c, i) => {
    it(c.name, async () => {
      const sub = path.join(dir, String(i));
      fs.mkdirSync(sub);
      if (c.options?.lexicon || c.config) fs.writeFileSync(path.join(sub, '.proposallintrc.json'), JSON.stringify(c.config ?? { lexicon: c.options!.lexicon }));
      fs.writeFileSync(path.join(sub, 'p.md'), c.text);
      const err: string[] = [];
      const io = { stdout: () => {}, stderr: (t: string) => void err.push(t), readStdin: async () => '', cwd: sub, color: false };
      const code = await run(['export', 'p.md', '-o', 'p.client.md'], io);
      const checked = await run(['export', '--check', 'p.md'], { ...io, stderr: () => {} });
      const out = path.join(sub, 'p.client.md');
      const problems = err.join('').split('\n').filter(Boolean).map((l) => /^p\.md:(\d+):\d+: not exported/.exec(l)).filter((m) => m).map((m) => ({ line: Number(m![1]) }));
      assert.equal(checked, code, 'export --check agrees with export');
      if (code === 0) check(c, fs.readFileSync(out, 'utf8'), undefined);
      else {
        assert.equal(code, 1, err.join(''));
        assert.ok(!fs.existsSync(out), 'nothing written when refused');
        check(c, undefined, problems);
      }
    });
  });

  it('never overwrites the proposal: the same path, ../ and a symlink', async () => {
    const sub = path.join(dir, 'self');
    fs.mkdirSync(sub);
    const text = '---\nbatna: below $1\n---\n\n# P\n\nHello.\n';
    fs.writeFileSync(path.join(sub, 'p.md'), text);
    fs.symlinkSync('p.md', path.join(sub, 'link.md'));
    for (const out of ['p.md', './q/../p.md', 'link.md', path.join(sub, 'p.md')]) {
      const err: string[] = [];
      const code = await run(['export', 'p.md', '-o', out], { stdout: () => {}, stderr: (t) => void err.push(t), readStdin: async () => '', cwd: sub, color: false });
      assert.equal(code, 2, out);
      assert.match(err.join(''), /is the proposal itself; export refuses to overwrite it/);
      assert.equal(fs.readFileSync(path.join(sub, 'p.md'), 'utf8'), text);
    }
  });
});
