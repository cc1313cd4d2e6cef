/**
 * Issue 12: every edit the linter offers (each suggestion, the fix, and the editor's
 * "disable for this line" / "disable for this file"), applied alone to generated proposals
 * in LF, CRLF, CR-only and BOM-prefixed form, keeps the front matter, the code fences and
 * the user's text, inserts the document's own line endings, and (for insertions of what
 * was missing, and for the disable comments) does not bring the same finding back.
 * Shared by test/fix-properties.test.ts (quick) and test/slow/fix-properties.test.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { applyEdits, disableFileEdit, disableLineEdit, lintDocument, type Edit, type Finding, type ProposalModel } from '../src/index.js';

// ---- generated proposals (written with \n; the line-ending variant is applied last)

const phrase = fc.constantFrom(
  'Your win rate fell from 31% to 24% this year, so deals stall.', 'We are the best partner, world-class since 2012.',
  'The price is $48,000.', 'The lowest we can go is $38,000.', 'This is our final offer.', 'Act now, the offer expires soon.',
  'Our cheapest plan costs $9,000.', 'We include a quarterly report and a survey.', 'Payment in three phases.',
  'Both parties review the terms in good faith.', 'Next, your steering committee decides by 2027-03-31.',
  '貴社の課題は受注率の低下です。', '弊社は業界トップクラスの実績があります。', '費用は480万円です。', 'これ以下の価格ではお受けできません。',
  '今だけの特別価格です。', '稟議のご承認を3月末までにお願いいたします。', '分割払いにも対応します。', 'Plain words with **bold** and `code`.',
);
const paragraph = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((p) => p.join(' '));
const heading = fc.tuple(
  fc.integer({ min: 1, max: 3 }),
  fc.constantFrom('Proposal', 'Investment', 'Why us', 'Your situation', 'Terms', 'Next steps', 'Value-added services', 'Internal notes', 'お見積り', '弊社について', '貴社の現状', '今後の進め方', '社内メモ'),
).map(([d, t]) => `${'#'.repeat(d)} ${t}`);
const list = fc.array(fc.oneof(phrase, fc.constantFrom('Dashboards', 'SSO', 'Reports', 'ダッシュボード')), { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n'));
const table = fc.tuple(phrase, fc.constantFrom('$48,000', '480万円', 'cheapest', 'the lowest we can go')).map(([a, b]) => `| Item | Price |\n|---|---|\n| ${a} | ${b} |`);
const internalBlock = fc.tuple(fc.constantFrom('<!-- internal -->', '<!-- 社内メモ -->'), paragraph, fc.constantFrom('<!-- /internal -->', '<!-- /社内メモ -->')).map(([o, p, c]) => `${o}\n\n${p}\n\n${c}`);
const fenceBody = fc.array(fc.constantFrom('---', '<!-- internal -->', 'batna: 30000', 'The lowest we can go is $1.', 'const x = 1;', '<!-- /internal -->', '## not a heading', ''), { minLength: 1, maxLength: 4 }).map((l) => l.join('\n'));
const fence = fc.tuple(fc.constantFrom('```', '```yaml', '~~~', '````md'), fenceBody).map(([open, body]) => `${open}\n${body}\n${open.replace(/[a-z]+$/, '')}`);
const odd = fc.constantFrom('   ', '    ', '\t', '<!-- proposal-lint-disable-line no-such-rule -->', '<!-- proposal-lint-disable-next-line price-only-framing -->', '***', '> The client said: our budget is $40,000.');
const block = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 3, arbitrary: heading },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 2, arbitrary: internalBlock },
  { weight: 2, arbitrary: fence },
  { weight: 1, arbitrary: odd },
);
const frontMatter = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom('---\nproposal: true\nclient: Acme\n---\n\n', '---\nlang: ja\nclient: 株式会社ケストレル\n---\n\n', '---\nbatna: below $30,000 we decline\n---\n\n', '---\ntitle: "A: b"\nstage: draft\n---\n# Title\n\n', '---\nproposal: true\n---\n') },
);
/** An unclosed fence at the very end (where a section added "at the end" would land inside). */
const tail = fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('\n\n```\nunclosed code\n', '\n\n~~~\n---\n') });
const variant = fc.constantFrom('lf', 'crlf', 'cr', 'bom', 'bom-crlf');
type Variant = 'lf' | 'crlf' | 'cr' | 'bom' | 'bom-crlf';

export const proposal = fc.tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 9 }), tail, variant).map(([fm, blocks, end, v]) => {
  const lf = fm + blocks.join('\n\n') + end + '\n';
  return { variant: v as Variant, text: withVariant(lf, v as Variant) };
});

export function withVariant(lf: string, v: Variant): string {
  const nl = v === 'crlf' || v === 'bom-crlf' ? '\r\n' : v === 'cr' ? '\r' : '\n';
  return (v.startsWith('bom') ? '\ufeff' : '') + lf.replace(/\n/g, nl);
}

// ---- the checks

const BOM = '\ufeff';

interface Offered {
  what: string;
  edits: Edit[];
  /** The finding must not come back at its place after this edit. */
  settles: boolean;
  /** Adds front matter keys (the walk-away point): the old keys must stay as they were. */
  addsKeys?: boolean;
}

/** Every edit set offered for a finding, as the editor offers them. */
export function offered(model: ProposalModel, f: Finding): Offered[] {
  const out: Offered[] = [];
  for (const s of f.suggestions ?? []) {
    const inserts = s.edits.every((e) => e.start === e.end);
    // A suggestion that inserts what the document lacks settles a document-level finding.
    out.push({ what: `suggestion "${s.desc}"`, edits: s.edits, settles: inserts && !!f.documentLevel && f.messageId === 'missing', addsKeys: f.ruleId === 'missing-batna' });
  }
  if (f.fix) out.push({ what: 'fix', edits: f.fix, settles: false });
  const line = disableLineEdit(model, f);
  if (line) out.push({ what: 'disable for this line', edits: [line], settles: true });
  const file = disableFileEdit(model, f.ruleId);
  if (file) out.push({ what: 'disable for this file', edits: [file], settles: true });
  return out;
}

const codes = (tree: Root) => {
  const out: string[] = [];
  visit(tree, 'code', (c: Code) => void out.push(JSON.stringify([c.lang ?? null, c.meta ?? null, c.value.replace(/\r\n?/g, '\n')])));
  return out;
};
const lines = (text: string) => text.split(/\r\n|\r|\n/);
const breaks = (text: string) => text.match(/\r\n|\r|\n/g) ?? [];

/** `needle` as a subsequence of `hay` from `from`: the index after it, or -1. */
function subsequence(hay: string, needle: string, from: number): number {
  let i = from;
  for (const ch of needle) {
    i = hay.indexOf(ch, i);
    if (i === -1) return -1;
    i++;
  }
  return i;
}

/** The properties for one document. */
export function checkFixes(input: string): void {
  const bom = input.startsWith(BOM) ? BOM : '';
  const { findings, model } = lintDocument(input);
  const text = model.text;
  const nl = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
  const fmBefore = model.frontMatter;
  const fencesBefore = codes(model.tree);
  // Findings of one rule share their "disable for this file" edit: lint each result once.
  const seen = new Map<string, ReturnType<typeof lintDocument>>();
  for (const f of findings) {
    for (const o of offered(model, f)) {
      const where = `${o.what} for ${f.ruleId}/${f.messageId} at ${f.line}:${f.column}`;
      for (const e of o.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${where}: edit inside the text`);
      const after = applyEdits(text, o.edits);
      let relinted = seen.get(after);
      if (!relinted) seen.set(after, (relinted = lintDocument(bom + after)));
      const m = relinted.model;
      assert.equal(m.text, after, `${where}: the byte-order mark is still dropped alone`);

      // Line endings: inserted text uses the document's, and none other appears.
      for (const e of o.edits) {
        for (const b of breaks(e.text)) assert.equal(JSON.stringify(b), JSON.stringify(nl), `${where}: inserts ${JSON.stringify(b)} into a ${JSON.stringify(nl)} document`);
      }

      // Front matter: same data, still at the top, its raw text and closing fence intact.
      if (fmBefore) {
        assert.ok(m.frontMatter, `${where}: the front matter is gone`);
        assert.equal(m.frontMatter.start, 0, `${where}: the front matter is no longer at the top`);
        const raw = text.slice(fmBefore.start, fmBefore.end);
        const rawAfter = after.slice(m.frontMatter.start, m.frontMatter.end);
        if (o.addsKeys) {
          assert.equal(rawAfter.slice(0, fmBefore.bodyEnd - fmBefore.start), raw.slice(0, fmBefore.bodyEnd - fmBefore.start), `${where}: the front matter's lines changed`);
          for (const [k, v] of Object.entries(fmBefore.data)) assert.deepEqual(m.frontMatter.data[k], v, `${where}: front matter key ${k} changed`);
        } else {
          assert.equal(rawAfter, raw, `${where}: the front matter changed`);
          assert.deepEqual(m.frontMatter.data, fmBefore.data, `${where}: the front matter's data changed`);
        }
        const close = /(?:---|\.\.\.)[ \t]*$/.exec(rawAfter);
        assert.ok(close, `${where}: the front matter's closing fence is gone`);
      } else if (!o.addsKeys) {
        assert.equal(m.frontMatter, null, `${where}: front matter appeared`);
      }

      // Code fences: each one, same info string and content, in order, none added.
      assert.deepEqual(codes(m.tree), fencesBefore, `${where}: the code fences changed`);

      // No user text deleted: each non-blank line survives, in order (a replacement may
      // rewrite the words it covers, within its line, and nothing else).
      const touched = new Set<number>();
      for (const e of o.edits) {
        if (e.start === e.end) continue;
        assert.ok(!/[\r\n]/.test(text.slice(e.start, e.end)), `${where}: a replacement spans a line break`);
        touched.add(model.toPoint(e.start).line);
      }
      let at = 0;
      lines(text).forEach((l, i) => {
        if (l.trim() === '' || touched.has(i + 1)) return;
        const next = subsequence(after, l.trim(), at);
        assert.ok(next !== -1, `${where}: line ${i + 1} ${JSON.stringify(l)} lost`);
        at = next;
      });

      // Settled: the same finding does not come back at its place.
      if (o.settles) {
        const again = relinted.findings.filter((g) => g.ruleId === f.ruleId && g.messageId === f.messageId);
        if (o.what === 'disable for this line') {
          const same = again.filter((g) => g.line === f.line && g.column === f.column);
          assert.equal(same.length, 0, `${where}: still reported there`);
        } else if (o.what === 'disable for this file') {
          assert.equal(again.length, 0, `${where}: still reported`);
        } else if (!insertedInternal(m, o.edits)) {
          // Known, left open: under a top-level internal heading ("# Internal notes" as the
          // last section), a section inserted at the end lands in that internal section.
          assert.equal(again.length, 0, `${where}: still reported after inserting it`);
        }
        // A disable comment raises no new finding about directives.
        if (o.what.startsWith('disable')) {
          const count = (list: Finding[]) => list.filter((g) => g.ruleId === 'invalid-directive' || g.ruleId === 'unused-directive').length;
          assert.ok(count(relinted.findings) <= count(findings), `${where}: the comment raises a directive warning`);
        }
      }
    }
  }
}

/** Whether the first inserted text falls in an internal region of the edited document. */
function insertedInternal(m: ProposalModel, edits: Edit[]): boolean {
  const e = edits[0];
  if (!e) return false;
  const lead = e.text.length - e.text.trimStart().length;
  return m.isInternal(e.start + lead);
}

export function runFixProperty(runs: number, seed: number): void {
  fc.assert(fc.property(proposal, ({ text }) => checkFixes(text)), { numRuns: runs, seed });
}
