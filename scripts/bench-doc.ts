/** The benchmark's document: deterministic proposal-like Markdown of a given size (see scripts/bench.ts). */
export const KB = 1024;
export const MB = 1024 * KB;

export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([km]?)b?$/i.exec(s.trim());
  if (!m) throw new Error(`bad size "${s}" (use e.g. 5k, 50k, 1m, 10m)`);
  return Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'm' ? MB : m[2] ? KB : 1));
}

/** mulberry32: a small seeded PRNG, so every run lints the same text. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const EN = [
  'Kestrel Fluid Systems sells engineered valves to chemical and water-treatment plants.',
  'Your win rate on competitive tenders dropped from 31% in 2025 to 24% in 2026.',
  'The programme pays for itself if it recovers two tenders a year.',
  'We are the leading, best-in-class provider of world-class sales training.',
  'Each workshop uses your own deals, so that reps leave with a reworked opportunity.',
  'Either party may end the agreement with 30 days\' written notice.',
  'This offer expires on Friday, so please sign today.',
  'Our platform delivers *measurable* results with **real-time dashboards** and `SSO`.',
  'Procurement and legal review complete by 23 April 2027, budget approval by 30 April.',
];
const JA = [
  '貴社は静岡・浜松・掛川の3工場で生産管理システムを24時間稼働させていらっしゃいます。',
  '2026年度は夜間障害が3件発生し、浜松工場のラインが約4時間停止しました。',
  '弊社は2009年の創業以来18年間、製造業のシステム保守を専門としております。',
  '業界最高水準の圧倒的な品質で、必ずご満足いただけます。',
  '年額1,150万円で、障害によるライン停止時間を前年比63％削減いたします。',
  '本日中にご決断いただけない場合、この価格はお約束できません。',
  '契約変更は書面で合意し、双方が署名するまで効力を生じないものとします。',
];
const HEADINGS = ['Your situation', 'Approach', 'Why us', 'Investment', 'Terms', 'Next steps', '貴社の現状と課題', 'ご提案内容', '費用', '今後の進め方'];

export function generate(bytes: number, seed = 20270315): string {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const prose = (list: readonly string[], n: number, sep: string): string => Array.from({ length: n }, () => pick(list)).join(sep);
  const out: string[] = [
    '---\ntitle: Sales Enablement Programme for Kestrel Fluid Systems\nclient: Kestrel Fluid Systems, Inc.\nproposal: true\n---\n',
    '# Sales Enablement Programme / 生産管理システム保守のご提案\n',
  ];
  let size = Buffer.byteLength(out.join('\n'));
  const add = (block: string): void => {
    out.push(block);
    size += Buffer.byteLength(block) + 1;
  };
  // Sections of a heading, English and Japanese prose, then 2-4 random blocks; stops at the first block past `bytes`.
  for (let section = 1, left = 0; size < bytes; left--) {
    if (left <= 0) {
      add(`## ${pick(HEADINGS)} ${section++}\n`);
      add(prose(EN, 3 + Math.floor(rand() * 3), ' ') + '\n');
      add(prose(JA, 2 + Math.floor(rand() * 3), '') + '\n');
      left = 2 + Math.floor(rand() * 3);
      continue;
    }
    const kind = Math.floor(rand() * 5);
    if (kind === 0) {
      add(Array.from({ length: 3 }, () => `- ${pick(EN)}\n  - ${pick(JA)}\n    - ${pick(EN)}`).join('\n') + '\n');
    } else if (kind === 1) {
      add(`> ${pick(EN)}\n> ${pick(JA)}\n>\n> - ${pick(EN)}\n`);
    } else if (kind === 2) {
      const rows = Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, i) => `| ${pick(['Workshops', 'Coaching', 'Playbook', '保守', '監視'])} ${i + 1} | ${pick(JA).slice(0, 14)} | $${(1 + Math.floor(rand() * 40)) * 500} |`);
      add(['| Item | Scope | Fee (USD) |', '| --- | --- | ---: |', ...rows].join('\n') + '\n');
    } else if (kind === 3) {
      add(`<!-- internal -->\n\n- **Walk-away:** below $38,000 we decline.\n- ${pick(JA)}\n\n<!-- /internal -->\n`);
    } else {
      add(`1. ${pick(EN)}\n2. ${pick(EN)}\n   1. ${pick(JA)}\n3. ${pick(EN)}\n`);
    }
  }
  return out.join('\n');
}


/**
 * The benchmark's document in the shapes writers give it (issue 14): several proposals pasted
 * into one file (front matter and `---` recur), setext headings, link definitions, footnotes,
 * HTML blocks, CRLF line ends, headings with no blank line above, a fence left open at the end.
 * Each once fell off the editor's incremental path; `npm run bench` re-lints each with a keystroke.
 */
export function shapes(bytes: number, examples: readonly string[]): Record<string, string> {
  const base = generate(bytes);
  const fit = (unit: string): string => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
  return {
    generated: base,
    'pasted proposals': fit(examples.join('\n---\n\n') + '\n\n---\n\n'),
    'setext headings': base.replace(/^## (.*)$/gm, (_, title: string) => `${title}\n${'-'.repeat(12)}`),
    'link definitions': base.replace(/Kestrel Fluid Systems sells/g, '[Kestrel][k] sells') + '\n[k]: https://example.com/kestrel\n',
    footnotes: base.replace(/dropped from 31%/g, 'dropped[^1] from 31%') + '\n[^1]: Tender records, 2025-2026.\n',
    'HTML blocks': base.replace(/^(## .*)$/gm, '<div class="section">\n\n$1'),
    'CRLF line ends': base.replace(/\n/g, '\r\n'),
    'headings without a blank line': base.replace(/\n\n(## )/g, '\n$1'),
    'fence left open at the end': `${base}\n\`\`\`\nunfinished sample\n`,
  };
}
