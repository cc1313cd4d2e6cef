/**
 * The client's name, and where the text gets it wrong, for client-name-consistency:
 *   another organisation's name where the client belongs ("if Ridgeway's headcount
 *   changes" in Clearwater's proposal, 「北辰工業株式会社様にて検収を実施いただき」 in 中部ケミカル's);
 *   Japanese salutations: 御中 with a personal 様, 様 after a title (常務様), a department
 *   with 様 in the address, (株) for 株式会社 in the client's name.
 * Precision first: a name counts as another organisation's only when it stands once in the
 * client-facing text, in a phrase that belongs to the client, outside the proof of past work;
 * references, partners and competitors in their own roles are left alone.
 */
import { frontMatterText } from './frontmatter.js';
import { factLines, lineRange, type FactLine } from './fact-lines.js';
import type { ProposalModel } from './types.js';

export interface NameProblem {
  kind: 'otherClient' | 'onchuSama' | 'titleSama' | 'departmentSama' | 'abbreviated';
  start: number;
  end: number;
  data: Record<string, string>;
  /** The client's name to put in its place (otherClient, abbreviated). */
  replacement?: string;
}

const CORP = /株式会社|有限会社|合同会社|一般社団法人|公益社団法人|一般財団法人|医療法人|社会福祉法人|学校法人/u;

/** A name without its legal form (株式会社大橋建設 → 大橋建設), as people write it in running text. */
export function withoutLegalForm(name: string): string {
  return name.replace(new RegExp(CORP.source, 'gu'), '').trim();
}

/** The client's names as the document states them: front matter, title, salutation. */
export function clientOrgNames(model: ProposalModel, given: readonly string[] = [], primaryOnly = false): string[] {
  // Several rules ask of one model (placeholders, seller-centric, client-name-consistency twice): read once per question.
  let known = orgNamesOf.get(model);
  if (!known) orgNamesOf.set(model, (known = new Map()));
  const key = `${primaryOnly}${JSON.stringify(given)}`;
  let names = known.get(key);
  if (!names) known.set(key, (names = readOrgNames(model, given, primaryOnly)));
  return [...names];
}
const orgNamesOf = new WeakMap<ProposalModel, Map<string, string[]>>();

function readOrgNames(model: ProposalModel, given: readonly string[], primaryOnly: boolean): string[] {
  let parts = orgNamePartsOf.get(model);
  if (!parts) orgNamePartsOf.set(model, (parts = orgNameParts(model)));
  const names: string[] = [...given, ...parts.names];
  if (!primaryOnly) names.push(...parts.secondary);
  return [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n.length >= 2))];
}
const orgNamePartsOf = new WeakMap<ProposalModel, { names: string[]; secondary: string[] }>();

/** The names the document states (front matter, title, salutation), and the cover's secondary ones ("Prepared for: …"). */
function orgNameParts(model: ProposalModel): { names: string[]; secondary: string[] } {
  const names: string[] = [];
  const secondary: string[] = [];
  const fm = model.frontMatter?.data ?? {};
  for (const key of ['client', 'customer', 'client_name', '顧客', '顧客名', '宛先']) {
    const v = frontMatterText(fm[key]);
    if (v) names.push(v.split(/[,、]/u)[0]!.trim());
  }
  const title = [frontMatterText(fm['title']), ...model.sections.filter((s) => s.heading && !s.internal).slice(0, 2).map((s) => s.title)];
  for (const t of title) {
    const m = /\b(?:[Pp]roposal|[Qq]uote|[Qq]uotation|[Oo]ffer|[Rr]enewal|[Pp]rogramme|[Pp]rogram|[Ss]ummary|[Ss]tatement\s+of\s+[Ww]ork|[Ee]ngagement\s+[Ll]etter|PROPOSAL|QUOTE)\s+(?:for|to|FOR|TO)\s+(?:the\s+)?([A-Z][^:,;()\n]{2,60})/u.exec(t)
      ?? /^(?:[^:]*\b(?:proposal|quote|quotation)\b)\s*[:：]\s*([A-Z][^:,;()\n]{2,60})$/iu.exec(t)
      ?? /\bfor\s+([A-Z][A-Za-z&'’.-]+(?:\s+[A-Z][A-Za-z&'’.-]+){0,4})\s*:/u.exec(t)
      ?? /^([A-Z][A-Za-z&'’.-]+(?:\s+[A-Z][A-Za-z&'’.-]+){0,5})\s+[×x]\s+[A-Z]/u.exec(t);
    if (m) names.push(m[1]!.trim());
    const ja = /^(.{2,40}?)(?:様|御中)/u.exec(t.replace(/^#+\s*/, '').trim());
    if (ja && CORP.test(ja[1]!)) names.push(ja[1]!.trim());
  }
  const cover = factLines(model).slice(0, 25);
  for (let i = 0; i < cover.length; i++) {
    const line = cover[i]!;
    const t = line.text.replace(/[*_]/g, '').trim();
    const onchu = /^(.{2,40}?)\s*御中/u.exec(t);
    if (onchu) names.push(onchu[1]!.trim());
    const en = /^(?:client|customer|prepared\s+for|submitted\s+to|to)\s*[:：]\s*(.{2,80})$/iu.exec(t);
    if (en) {
      // "Prepared for: Dana Whitfield, VP…, Ironvale Games": the organisation is the last part.
      const parts = en[1]!.split(/,\s*/).map((p) => p.trim()).filter(Boolean);
      for (const p of parts) if (/^[A-Z]/.test(p)) secondary.push(p);
    }
    // An address without 御中: the organisation's line, then the person with 様 (株式会社〇〇 / 人事部 岡田 様).
    const first = t.split(/[\s　]/u)[0]!;
    const next = cover[i + 1];
    if (CORP.test(first) && next && next.blocks[0] === line.blocks[0] && /様\s*$/u.test(next.text.trim())) names.push(first);
  }
  return { names, secondary };
}

/** The parts of a name that can stand for it: "Hollis Market Group, Inc." → Hollis, Market…; 株式会社大橋建設工業 → 大橋建設工業. */
function nameParts(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    for (const w of n.split(/[\s,&/×]+/u)) if (w.length >= 3) out.add(w.replace(/['’]s$/, ''));
    const bare = withoutLegalForm(n);
    if (bare) out.add(bare);
  }
  return out;
}

const SELLER_LINE = /^(?:prepared\s+by|from|submitted\s+by|author)\s*[:：]/iu;

/** Names of the seller: "Prepared by: …, Brightside Studio", front matter author / from. */
function sellerParts(model: ProposalModel): Set<string> {
  const names: string[] = [];
  const fm = model.frontMatter?.data ?? {};
  for (const key of ['author', 'from', 'seller', 'vendor', 'company']) {
    const v = frontMatterText(fm[key]);
    if (v) names.push(v);
  }
  for (const line of factLines(model).slice(0, 30)) {
    const t = line.text.replace(/[*_]/g, '').trim();
    if (SELLER_LINE.test(t)) names.push(t.replace(SELLER_LINE, ''));
  }
  return nameParts(names);
}

/** A capitalised name of one to three words (no sentence-initial word, no common word). */
const EN_NAME = "([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\\s[A-Z][a-z]+){0,2})";
const EN_SLOTS: RegExp[] = [
  new RegExp(`(?<![A-Za-z])${EN_NAME}['’]s\\s+(?:own\\s+|known\\s+|current\\s+|internal\\s+)?(?:headcount|employees|staff|workforce|members|membership|patients|blackout|freeze|budget|fiscal\\s+year|year|calendar|culture|priorities|timeline|requirements|procurement\\s+team|sites|plants|warehouses|stores|fleet|board|leadership\\s+team|IT\\s+team|finance\\s+team|HR\\s+team|sales\\s+team|field\\s+team)\\b`, 'gu'),
  new RegExp(`\\bevery\\s+${EN_NAME}\\s+(?:member|employee|customer|user|patient|student|site|location|store|branch)s?\\b`, 'gu'),
  // "…will help Globex cut…": the client is the one the offer helps (past help is a reference: "helped").
  new RegExp(`\\b(?:help|helps|helping|enable|enables|allow|allows)\\s+${EN_NAME}\\s+(?:to\\s+)?(?:cut|reduce|lower|grow|improve|increase|save|reach|win|hire|launch|meet|achieve|scale|modernise|modernize|replace|retain|recover)\\b`, 'gu'),
  // (Not "implementation for Salesforce": a product is named that way too.)
  new RegExp(`\\b(?:placements?|hires?)\\s+(?:with|for|at)\\s+${EN_NAME}(?![A-Za-z])`, 'gu'),
  // What the client receives or reviews: "our proposal to Halvorsen Freight dated…", "invoices addressed to Halcyon", "review the scope with Granite Peak".
  new RegExp(`\\bour\\s+(?:proposal|quote|quotation|offer)\\s+to\\s+${EN_NAME}(?![A-Za-z])`, 'gu'),
  new RegExp(`\\binvoices?\\s+(?:will\\s+be\\s+)?(?:addressed|issued|sent)\\s+to\\s+${EN_NAME}(?![A-Za-z])`, 'gu'),
  new RegExp(`\\breview\\s+(?:the\\s+)?(?:scope|plan|proposal|draft|findings)\\s+with\\s+${EN_NAME}(?![A-Za-z])`, 'gu'),
];
/** Words each slot above cannot match without (the slots are case-sensitive): a line with none of them is not searched. */
const EN_SLOT_WORDS: ReadonlyArray<readonly string[]> = [["'s", '’s'], ['every'], ['help', 'enable', 'allow'], ['placement', 'hire'], ['our'], ['invoice'], ['review']];
const COMMON = new Set(['The', 'This', 'That', 'These', 'Our', 'Your', 'Every', 'Each', 'Phase', 'Year', 'Month', 'Stage', 'Wave', 'Team', 'Company', 'Client', 'Customer', 'Member', 'Partner', 'Vendor', 'Supplier', 'Board', 'County', 'City', 'State', 'Federal', 'National', 'Group', 'Premium', 'Gold', 'Silver', 'Platinum', 'Standard', 'Enterprise', 'Basic', 'Pro', 'Plus', 'Core', 'Monday', 'Friday', 'January', 'Q1', 'Q2', 'Q3', 'Q4']);
const LEAD = new Set(['If', 'When', 'Once', 'As', 'And', 'But', 'So', 'For', 'With', 'While', 'Where', 'Because', 'Since', 'After', 'Before', 'Unless', 'Should', 'Then', 'Also', 'All', 'At', 'In', 'On', 'To', 'By', 'Of']);
/** Proof of past work and comparisons: a name here is a reference, not the client. */
const REFERENCE = /\b(?:case\s+stud|for\s+example|e\.g\.|such\s+as|like|similar|helped|worked\s+with|reference|testimonial|previously|last\s+year|in\s+20[0-9]{2}|achieved|reduced|cut|saw|delivered|results?)\b|事例|実績|例えば|たとえば|同業|導入後[0-9０-９一二三半数]|ご導入|ご採用|運用をもとに|担当した|ご紹介/iu;

const JA_NAME = '([一-龯々ァ-ヴヵヶーa-zA-Zぁ-ゖ・&＆]{2,24}?(?:株式会社|有限会社|合同会社)?)';
const JA_SLOTS: RegExp[] = [
  // 〇〇様にて検収を実施いただき / 〇〇様よりご提示いただく（ください）
  new RegExp(`(?<=^|[、。\\s　・（(「])${JA_NAME}様(?:にて|には|より|から)(?=[^。]{0,40}(?:いただき|いただく|いただけ|ください|願い))`, 'gu'),
  // 〇〇様専任の / 〇〇様の課題・ご要望・現状
  new RegExp(`(?<=^|[、。\\s　・（(「はがを])${JA_NAME}様(?=専任|専用|の(?:課題|ご要望|ご要件|現状|ご状況|ご担当|ご負担|ご予算|社内))`, 'gu'),
  // 〇〇様の理事会資料 / 〇〇様の感染対策委員会へ提出 / 〇〇様の第2ライン / 〇〇様のお役に立てるよう
  new RegExp(`(?<=^|[、。\\s　・（(「はがを])${JA_NAME}様(?=の(?:[^。、]{0,8}委員会|理事会|取締役会|役員会|経営会議|第[0-9０-９一二三四五]ライン|コールセンター|お役に立て))`, 'gu'),
  // 毎月1回は〇〇さまに伺います
  new RegExp(`(?<=^|[、。\\s　・（(「はがを])${JA_NAME}(?:様|さま)(?=に(?:伺います|お伺いします|訪問します|ご訪問します))`, 'gu'),
  // 〇〇様のように複数施設をお持ちの場合
  new RegExp(`(?<=^|[、。\\s　・（(「])${JA_NAME}様のように(?=[^。]{0,30}お持ち[^。]{0,10}場合)`, 'gu'),
];
/** Adverbs that can stand right before a name in the slots above. */
const JA_ADVERB = /^(?:必ず|まず|また|さらに|ぜひ|今後も?|毎月|毎週|定期的に|直接|改めて|早速|引き続き)/u;
/** Words with 様 that name a group, not an organisation: テナント様, メーカー様, K社様. */
const JA_GENERIC = /^(?:テナント|キーユーザー|ユーザー|メーカー|ベンダー|パートナー|協力会社|お客|他社|各社|貴社|御社|[A-ZＡ-Ｚ]社|.*(?:メーカー|企業|(?<!株式|有限|合同)会社|事業者|業者|ご担当者?|担当者|各位|皆|みな))$/u;
/** How an organisation's name ends when it carries no 株式会社 (北辰工業, さくら物流, 東和銀行). */
const ORG_SUFFIX = /.(?:工業|商事|物産|物流|運輸|銀行|信金|信用金庫|製作所|建設|電機|電工|精機|精工|工機|化学|化成|食品|製菓|産業|興業|商会|商店|工務店|不動産|ホールディングス|病院|医院|学園|信用組合|協同組合|組合|協会|会議所|大学|学校|クリニック|ホテル|旅館)$/u;
/** A part of the client (情報システム部様, 各工場様): not another organisation. */
const JA_UNIT = /(?:部|課|室|係|グループ|チーム|センター|本部|事業部|事務局|部門|拠点|工場|支店|営業所|店舗|委員会)$/u;
const FIELD = /^\s*(?:受渡場所|受け渡し場所|納入場所|納品場所|納入先|納品先|宛名|宛先|請求先|送付先|設置場所|ship\s+to|bill\s+to|deliver\s+to|delivery\s+address)\s*[:：|]\s*/iu;
const FIELD_ORG = /^((?:株式会社|有限会社|合同会社)\s?[^\s　、。|（(]{2,24}|[^\s　、。|（(]{2,24}?(?:株式会社|有限会社|合同会社))/u;

/** How often a name stands in the client-facing text. */
const counted = new WeakMap<readonly FactLine[], Map<string, number>>();
function occurrences(lines: readonly FactLine[], name: string): number {
  let memo = counted.get(lines);
  if (!memo) counted.set(lines, (memo = new Map()));
  const known = memo.get(name);
  if (known !== undefined) return known;
  const n = count(lines, name);
  memo.set(name, n);
  return n;
}

function count(lines: readonly FactLine[], name: string): number {
  let n = 0;
  const re = new RegExp(`(?<![A-Za-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`, 'gu');
  for (const l of lines) n += l.text.match(re)?.length ?? 0;
  return n;
}

function covers(parts: Set<string>, name: string): boolean {
  if (parts.has(name)) return true;
  const bare = withoutLegalForm(name);
  for (const p of parts) {
    if (p.length < 2) continue;
    if (bare && (p.includes(bare) || bare.includes(p))) return true;
    if (name.split(/\s+/).some((w) => w === p)) return true;
  }
  return false;
}

/** The client's name as the text most often writes it, in the form of the name it replaces (with or without 株式会社). */
function preferredName(lines: readonly FactLine[], names: readonly string[], wrong: string): string | undefined {
  const forms = new Set<string>();
  for (const n of names) {
    forms.add(n);
    const first = n.split(/[\s,]+/)[0] ?? '';
    // The first word alone, when the text uses it alone ("Clearwater's team").
    if (/^[A-Z][A-Za-z&'’-]{3,}$/.test(first) && occurrences(lines, first) - occurrences(lines, n) >= 2) forms.add(first);
    const bare = withoutLegalForm(n);
    if (bare && bare !== n) forms.add(bare);
  }
  const ja = /[\u3040-\u9fff]/u.test(wrong);
  const wantCorp = CORP.test(wrong);
  let best: string | undefined;
  let count = -1;
  for (const n of forms) {
    if (ja && CORP.test(n) !== wantCorp) continue;
    const c = occurrences(lines, n);
    if (c > count || (c === count && best && n.length > best.length)) {
      best = n;
      count = c;
    }
  }
  return best;
}

export function clientNameProblems(model: ProposalModel, given: readonly string[] = []): NameProblem[] {
  const out: NameProblem[] = [];
  const lines = factLines(model);
  // The names the client goes by (the cover's "Prepared for" may name a person too: it only widens what is not another name).
  const names = clientOrgNames(model, [], true);
  const client = nameParts([...clientOrgNames(model, given), ...given]);
  const seller = sellerParts(model);
  const at = (line: FactLine, s: number, e: number) => lineRange(line, s, e);

  salutations(lines, out);

  // (株) for 株式会社 in the client's name.
  const corpName = names.find((n) => /^株式会社\S|\S株式会社$/u.test(n));
  if (corpName) {
    const bare = corpName.replace(/\s*株式会社\s*/u, '');
    const prefix = corpName.startsWith('株式会社');
    const re = new RegExp(prefix ? `(?:[（(]株[）)]|㈱)\\s?${escape(bare)}` : `${escape(bare)}\\s?(?:[（(]株[）)]|㈱)`, 'gu');
    for (const line of lines) {
      for (const m of line.text.matchAll(re)) {
        const r = at(line, m.index!, m.index! + m[0].length);
        out.push({ kind: 'abbreviated', ...r, data: { written: m[0], clientName: corpName }, replacement: corpName });
      }
    }
  }

  if (names.length === 0) return out.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  // `slot` is the phrase that placed the name: the rest of the line says whether it is proof of past work.
  const other = (line: FactLine, name: string, start: number, end: number, slot: [number, number] = [start, end]) => {
    if (seen.has(`${start}`) || covers(client, name) || covers(seller, name)) return;
    if (line.section.role === 'credibility' || REFERENCE.test(line.text.slice(0, slot[0]) + ' ' + line.text.slice(slot[1]))) return;
    if (occurrences(lines, name) !== 1) return;
    seen.add(`${start}`);
    const replacement = preferredName(lines, names, name);
    out.push({ kind: 'otherClient', ...at(line, start, end), data: { name, clientName: replacement ?? names[0]! }, ...(replacement ? { replacement } : {}) });
  };
  for (const line of lines) {
    if (line.kind === 'heading') continue;
    for (let k = 0; k < EN_SLOTS.length; k++) {
      if (!EN_SLOT_WORDS[k]!.some((w) => line.text.includes(w))) continue;
      for (const m of line.text.matchAll(EN_SLOTS[k]!)) {
        // Sentence words before the name ("If Ridgeway's…"): the name is what follows them.
        const words = m[1]!.split(' ');
        while (words.length && LEAD.has(words[0]!)) words.shift();
        const name = words.join(' ');
        if (!name || COMMON.has(words[0]!)) continue;
        const s = m.index! + m[0].indexOf(m[1]!) + m[1]!.length - name.length;
        // The first word of a sentence is capitalised anyway.
        if (/(?:^|[.!?:]\s+|^\s*[-*]\s*)$/u.test(line.text.slice(0, s)) && !/['’]s/.test(m[0])) continue;
        other(line, name, s, s + name.length, [m.index!, m.index! + m[0].length]);
      }
    }
    // Every Japanese slot has 様 (or さま) in it.
    const sama = line.text.includes('様') || line.text.includes('さま');
    for (const re of sama ? JA_SLOTS : []) {
      for (const m of line.text.matchAll(re)) {
        // An adverb before the name is not part of it (「毎月1回は必ず松風堂さまに伺います」).
        const lead = JA_ADVERB.exec(m[1]!)?.[0].length ?? 0;
        const name = m[1]!.slice(lead);
        if (JA_GENERIC.test(name) || JA_UNIT.test(name) || name.length < 3) continue;
        if (!CORP.test(name) && !/[ァ-ヴ]{2,}/u.test(name) && !ORG_SUFFIX.test(name)) continue;
        other(line, name, m.index! + lead, m.index! + lead + name.length);
      }
    }
    const field = FIELD.exec(line.text);
    if (field) {
      const org = FIELD_ORG.exec(line.text.slice(field[0].length));
      if (org) other(line, org[1]!, field[0].length, field[0].length + org[1]!.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Executive titles: 様 after them doubles the honorific (部長様 is common usage; 常務様 is not). */
const EXEC_SAMA = /(?:代表取締役社長|代表取締役|副社長|社長|専務取締役|常務取締役|専務|常務|会長|頭取|副頭取)様/gu;
/** A line that credits a quotation (―― 〇〇社 代表取締役様): a convention, not an address. */
const ATTRIBUTION = /^\s*(?:[―—─–-]{1,2}|〜)/u;
const DEPT_SAMA = /(?<=[\s　]|^)[^\s　]{1,20}(?:部|課|室|グループ|チーム|センター|事務局)様\s*$/u;
const TITLE_SAMA = /(?:部長|課長|係長|室長|所長|支店長|本部長|局長|次長|工場長|センター長|主任|社長|専務|常務|取締役|会長)\s?様\s*$/u;

function salutations(lines: readonly FactLine[], out: NameProblem[]): void {
  const at = (line: FactLine, s: number, e: number) => lineRange(line, s, e);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const onchu = line.text.indexOf('御中');
    if (onchu !== -1) {
      // 御中 and a personal 様 in one address: the same table cell, or the next lines of the paragraph.
      const sameCell = /様\s*(?:\||$)/u.test(line.text.slice(onchu + 2)) && /[一-龯ぁ-ゖァ-ヴ]\s?様/u.test(line.text.slice(onchu + 2));
      let next = false;
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
        const l = lines[j]!;
        if (l.blocks[0] !== line.blocks[0] || l.kind !== 'paragraph') break;
        // A contact line under the address (「ご担当：小西 健太 様」「担当 小西様」「Attn: 小西様」) names who handles it, not a second addressee;
        // a copy line (「（写）本社 購買部 藤田 様」, "cc: …") names who receives a copy.
        if (/[一-龯ぁ-ゖァ-ヴ]\s?様\s*$/u.test(l.text.replace(/[*_]/g, '').trim()) && !/ご担当者?\s?様\s*$|各位/u.test(l.text) && !/^\s*[*_]*(?:ご?担当(?:者)?|Attn\.?|ATTN)\s*[:：]/u.test(l.text) && !/^\s*[*_]*(?:[（(]\s*写し?\s*[）)]|写し?\s*[:：]|cc\s*[:：]|c\.c\.)/iu.test(l.text)) {
          next = true;
          break;
        }
      }
      if (sameCell || next) out.push({ kind: 'onchuSama', ...at(line, onchu, onchu + 2), data: {} });
      continue;
    }
    // The address block: a line of the cover that ends in 様 and names an organisation or follows one.
    if (line.line <= 20 && line.kind === 'paragraph') {
      const t = line.text.replace(/[*_]/g, '').trim();
      const prev = lines[i - 1];
      const address = CORP.test(t) || (prev && prev.blocks[0] === line.blocks[0] && CORP.test(prev.text));
      if (address && !/ご担当者?\s?様\s*$/u.test(t)) {
        const dept = /(?:部長|課長|係長|室長|所長|支店長|本部長|局長|次長|主任|社長|専務|常務|取締役)[\s　]/u.test(t) ? null : DEPT_SAMA.exec(t);
        const title = TITLE_SAMA.exec(t);
        const m = title ?? dept;
        if (m) {
          const s = line.text.lastIndexOf(m[0].trim());
          out.push({ kind: title ? 'titleSama' : 'departmentSama', ...at(line, s, s + m[0].trim().length), data: { honorific: m[0].trim() } });
          continue;
        }
      }
    }
    if (ATTRIBUTION.test(line.text) || line.kind === 'heading') continue;
    // Only where the client is addressed (a short address line, a signature block's 宛名): in running
    // text (「社長様にもご確認いただき…」) reviewers let 社長様 pass as everyday courtesy.
    // (Nor in a table row: 「| 12月 | 社長様のご判断 |」 names who acts, as running text does.)
    const plain = line.text.replace(/[*_|]/g, '').trim();
    if (line.kind === 'row' || /[。、，,]/u.test(plain) || plain.length > 40) continue;
    for (const m of line.text.matchAll(EXEC_SAMA)) {
      out.push({ kind: 'titleSama', ...at(line, m.index!, m.index! + m[0].length), data: { honorific: m[0] } });
    }
  }
}
