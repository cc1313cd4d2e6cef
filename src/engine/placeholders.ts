/**
 * Template leftovers in client-facing text: `{{name}}`, `{name}`, `[Client Name]`, `[X]`,
 * `[TBC …]`, `<client name>`, ○○ / ××, `XX%` / `03-xxxx`, TBD / TODO, lorem ipsum, a blank
 * date (「12月　日」) and instruction text left from a template ("Describe the client's
 * current situation…", 「〇〇について記載」).
 *
 * Read from the source of each paragraph, heading and table cell (block quotes and
 * footnotes included: the client reads them), with inline code, links, images, footnote
 * references and bare URLs blanked out first, so they never count. Code blocks, HTML
 * comments, front matter and internal parts are never looked at. At most one per line.
 * Shared by the `unfilled-placeholder` rule and the client copy's refusals.
 */
import type { Nodes, Parents } from 'mdast';
import { clientOrgNames } from './client-names.js';
import { frontMatterEntries } from './frontmatter.js';
import type { ProposalModel } from './types.js';

export interface Placeholder {
  /** Source offsets. */
  start: number;
  end: number;
  /** The placeholder as written. */
  text: string;
}

const L = '[A-Za-z0-9_\\u00C0-\\u024F]';
const NOT_L_BEFORE = `(?<!${L})`;
const NOT_L_AFTER = `(?!${L})`;
const KANJI_DIGIT = '[一二三四五六七八九十百千万億〇零0-9０-９]';

/**
 * The sample text the snippets and quick fixes insert (issue 14: sample text counted as
 * done): `[e.g. 2012]` and 【例：2012】. A value the user has not replaced yet, in the
 * client's text (unfilled-placeholder) or in the front matter (the walk-away point).
 */
const SAMPLE_JA = /【例[：:][^【】\n]{1,200}】/gu;
const SAMPLE_EN = /^e\.g\.\s/u;

/** Whether a text carries a template's sample marker: `[e.g. …]` or 【例：…】. */
export function hasSampleMarker(text: string): boolean {
  return /\[e\.g\.\s[^[\]\n]{1,240}\]|【例[：:][^【】\n]{1,200}】/u.test(text);
}

/** Placeholders recognised by their shape alone, anywhere in prose. */
const SHAPES: RegExp[] = [
  // {{name}}, {name}
  /\{\{[^{}\n]{1,60}\}\}/gu,
  /(?<![{\\$])\{[A-Za-z_\u3040-\u30ff\u4e00-\u9fff][^{}\n]{0,40}\}(?!\})/gu,
  // ○○, ××, 〇〇 (not a kanji numeral such as 二〇〇〇), ●●, △△, □□, ◇◇ …
  new RegExp(`(?<!${KANJI_DIGIT})([○◯×✕●■□◇◆△▲])\\1+|(?<!${KANJI_DIGIT})〇〇+(?!${KANJI_DIGIT})`, 'gu'),
  // ○月○日, ○名, ○円 (a single mark in place of a number)
  new RegExp(`(?<!${KANJI_DIGIT}|[○◯])[○◯〇](?=[年月日名件円%％時間ヶか社回週])`, 'gu'),
  // TBD, TBC, TBA, TODO, FIXME
  // (not in parentheses after a real value: "Jan 2027 (TBC)" says the date is open)
  // (in square brackets, the bracket's content decides: see BRACKET_CONTENT)
  // (nor an open point with its condition or owner: "TBC once the vehicle order is final", "TBC with the DNO",
  // "site manager TBC (named at mobilisation)": the client is told what it waits for)
  new RegExp(`(?<![(（][^()（）\\n]{0,80})(?<!\\[\\s*)${NOT_L_BEFORE}(?:TODO|FIXME|(?:TBD|TBC|TBA|tbd|tbc|tba)(?!\\s+(?:once|when|until|after|whether|pending|subject\\s+to|following)${NOT_L_AFTER})(?!\\s*[(（]))${NOT_L_AFTER}`, 'gu'),
  /lorem\s+ipsum/giu,
  // "???" left where the writer still has a question ("??? Who owns the Maximo integration").
  /(?<![?？])[?？]{3,}/gu,
  // xx in place of a value: 03-xxxx, 026-2xx-5130, 第10820xxx号, $XX,XXX, XX%, 20XX年, XXX
  new RegExp(`${NOT_L_BEFORE}(?=[0-9xXｘＸ-]*[xXｘＸ]{2})(?=[0-9xXｘＸ-]*[0-9])[0-9xXｘＸ]+(?:-[0-9xXｘＸ]+)+${NOT_L_AFTER}`, 'gu'),
  new RegExp(`${NOT_L_BEFORE}[0-9]+[xXｘＸ]{3,}[0-9]*${NOT_L_AFTER}|${NOT_L_BEFORE}(?:19|20)[xXＸ]{2}(?=年|度|(?![A-Za-z0-9]))`, 'gu'),
  new RegExp(`[$€£¥￥]\\s?[xXＸ]+(?:[,.][xXＸ0]+)*${NOT_L_AFTER}`, 'gu'),
  new RegExp(`${NOT_L_BEFORE}[xXＸ]{1,3}(?:[.,][xXＸ]+)?\\s?[%％]`, 'gu'),
  new RegExp(`(?<![A-Za-z0-9])[xXＸ]{2,}[,，xXＸ]*\\s?(?=万?円|名|件|時間|ヶ月|か月)`, 'gu'),
  new RegExp(`${NOT_L_BEFORE}(?:XXX+|xxx+)${NOT_L_AFTER}`, 'gu'),
  // A blank day or month: 2026年12月　日, 令和8年　月　日
  /[0-9０-９]{1,2}月[ 　]+日(?![本曜程時付中数次割当帰給報額替々常])|年[ 　]+月[ 　]*[0-9０-９]*日(?![本曜程時付中数次割当帰給報額替々常])/gu,
  // The templates' own sample text, to be replaced (issue 14): 【例：2012】 (and [e.g. …] below).
  SAMPLE_JA,
  // Japanese status notes in brackets: 【要確認】, （未定）, （見積り依頼中）
  /【(?!例[：:]|[^【】\n]*(?:[（(]例|記入例|入力例|記載例))[^【】\n]{0,30}(?:要確認|確認中|未定|未確定|記入|記載|入力|挿入|追記|要差し替え|差し替え|差替え|TBD|TBC)[^【】\n]{0,80}】/gu,
  // …and a field to fill in (【顧客名】, 【金額】円), unless it labels what follows on its line (「【お見積金額】　25,850,000円」).
  /【(?!例[：:]|[^【】\n]*(?:[（(]例|記入例|入力例|記載例))[^【】\n]{0,30}(?:顧客名|会社名|社名|貴社名|御社名|氏名|担当者名|日付|金額)[^【】\n]{0,80}】(?![ \t　]*(?!様|さま|御中|円|万円|名|件)[^\s|*])/gu,
  // (only in place of a value: the whole cell or line; 「1月（確認中）」 qualifies a real value)
  /(?<=^[\s*|]*)[（(](?:未定|要確認|[^（）()\n]{0,30}(?:確認中|依頼中|を記載|を記入|を入力|について記載))[）)](?=[\s*|]*$)/gmu,
  /［[^［］\n]{0,30}(?:顧客名|会社名|社名|貴社名|御社名|氏名|担当者名|日付|金額|記入|記載|入力|未定|要確認)[^［］\n]{0,30}］/gu,
  // A note to the author in brackets: an arrow at its start (（←説明会で…）, （↑訳す…）; not an arrow to a figure, "(→ €157)"), or work still to do (要検討, 作成中, 差し替え);
  // not a condition told to the client (（単価が改定された場合は差し替え）).
  /[（(]\s*[←↑→](?!\s*[$€£¥￥0-9０-９])[^（）()\n]{0,80}[）)]/gu,
  /[（(](?![^（）()\n]*場合)[^（）()\n]{0,60}(?:要検討|作成中|差し替え|差替え|訳す|要確認[：:]|書き方注意|ここに[^（）()\n]{0,20}(?:入れる|挿入|貼る))[^（）()\n]{0,60}[）)]/gu,
  // …or after an arrow at the end of a line: 「← 要確認」「←もう少し考える」.
  /[←↑]\s*[^\n←↑]{0,30}(?:要確認|確認する|考える|検討|直す|修正|書き直す)[^\n]{0,20}$/gmu,
];

/** The mark stands alone in its cell (optionally with a note in brackets): "| ■■■■ |", "| ■（20〜24日） |". */
const BAR_CELL = /\|\s*\u0000\s*(?:[（(][^）)|\n]{0,20}[）)])?\s*(?:\||$)/u;
const GENERIC_MARKS = /^[○◯〇×●■□◇◆△▲]+$/u;
/** A name or number follows: 様, 社, 時間, 円… (an unfilled value, even in a quote). */
const VALUE_AFTER = /^(?:様|さま|社|株式会社|さん|氏|殿|御中|時間|円|万円|名|件|%|％|日|年|月|か月|ヶ月|回)/u;

/**
 * ○○ as "such-and-such" in an example or a quoted phrase (「○○の手続きは？」と聞かれたら,
 * 例えば○○の場合): wording, not a blank. A blank for a name or a number stays one.
 */
function genericExample(source: string, start: number, end: number): boolean {
  const before = source.slice(Math.max(0, start - 60), start);
  const quoted = Math.max(before.lastIndexOf('「'), before.lastIndexOf('『')) > Math.max(before.lastIndexOf('」'), before.lastIndexOf('』'));
  // In words someone says or thinks (「あの支店の〇〇さんに電話してみよう」, 「80周年まであと〇か月」), 〇〇さん is "so-and-so"
  // and あと〇か月 a countdown: no blank. Anything else with a name or number after it stays a blank, even quoted.
  if (quoted && /^(?:さん|くん|君|ちゃん)/u.test(source.slice(end))) return true;
  if (quoted && /(?:あと|残り|まで)$/u.test(before) && /^(?:(?:か|ヶ|ヵ|ケ|カ|箇)月|日|年|週|時間)/u.test(source.slice(end))) return true;
  if (VALUE_AFTER.test(source.slice(end))) return false;
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
  if (/例えば|たとえば|例：|例:|（例|\(例|など/u.test(sentence)) return true;
  const open = before.lastIndexOf('「');
  return open !== -1 && open > before.lastIndexOf('」');
}

/** Square-bracketed text: a placeholder when its content says so (see BRACKET_CONTENT). */
const BRACKET = /\[((?:[^[\]\n]|\n(?![ \t]{0,40}\n)){1,600})\](?!\()/gu;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const FIELD = '(?:name|date|amount|price|fee|figure|number|title|address|e-?mail|phone|logo|signature|city|value|percentage|company|client|customer)s?';
const BRACKET_CONTENT: RegExp[] = [
  SAMPLE_EN,
  /^(?:X{1,4}|x{2,4}|N|_{2,}|#)$/u,
  new RegExp(`^(?:TBC|TBD|TBA|TODO|FIXME|PH|TK|placeholder|insert|enter|fill\\s+in|describe|summari[sz]e|explain|optional\\s*[:：]|confirm|check|update|replace|add\\s+(?:a|an|the|your|client|customer)|case\\s+study|testimonial|screenshot|photo|image|chart|diagram)${NOT_L_AFTER}`, 'iu'),
  new RegExp(`${NOT_L_BEFORE}(?:TBC|TBD|TBA|TODO|FIXME|to\\s+be\\s+confirmed|to\\s+follow|confirm|check\\s+with|ask\\s+[A-Z][a-z]+)${NOT_L_AFTER}`, 'iu'),
  new RegExp(`^(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|Q[1-4]\\s+\\d{4}|(?:early|mid|late)[-\\s]\\d{4})$`, 'iu'),
  /\d+(?:\s?[–-]\s?\d+)?\s+(?:sentences?|paragraphs?|lines|bullets?|words)(?![A-Za-z])/iu,
  // A note to the author: "[Guidance: …]", "[attach the audit as Appendix B]", "[Dale to complete: …]".
  /^(?:guidance|instructions?|note\s+to\s+self|author\s+note|internal\s+note|template\s+note)\s*[:：]/iu,
  /^(?:attach|include|insert|paste|drop\s+in)\s/iu,
  /^[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2}\s+to\s+(?:complete|add|write|draft|provide|supply|fill\s+in|finish|insert|attach|check|rewrite|update)(?![A-Za-z])/u,
  // Initials addressing a colleague ("[MO: rewrite this paragraph]"), work still owed ("[to be named by Finlo]", "[Need 3 projects]").
  // Not "NB:" or "PS:": a remark ("[NB: rate held at £1,150]"), not work owed; a to-do in it is still found by its words.
  /^(?!NB|PS\b|FYI)[A-Z]{2,3}\s*[:：]\s/u,
  /(?<![A-Za-z])to\s+be\s+(?:provided|named|confirmed|agreed|decided|added|supplied|updated|written|inserted)(?![A-Za-z])/iu,
  /^(?:need|needs|adapt|rewrite|redo|rework|tighten|tidy|expand|shorten|add|depends\s+on)\s/iu,
  // A question to the author in brackets ("[name?]", "[which venue?]"), a tentative week ("[w/c 30 Nov]").
  /^[^[\]\n]{1,40}\?$/u,
  new RegExp(`^w/c\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}$`, 'iu'),
  // A lower-case field to fill in: "[string freeze date]", "[account name]".
  /^(?:[a-z][a-z-]*\s+){1,3}(?:date|name|amount|price|fee|number|figure|title|address|contact)s?$/u,
  /(?:顧客名|会社名|社名|貴社名|御社名|氏名|担当者名|日付|金額|記入|記載|入力|未定|要確認)/u,
];

const CLIENT_QUESTION = /^(?:Ms|Mr|Mrs|Dr)\.?\s+[A-Z][A-Za-z-]+\s+to\s+confirm(?![A-Za-z])/u;

/** A field name, capitalised as templates write it ([Client Name], [DATE]); "[the client]" in a quote is an editor's insertion. */
const FIELD_CONTENT = new RegExp(`^(?:the\\s+|your\\s+|our\\s+)?(?:(?:client|customer|company|prospect|contact|project|product|partner|start|end|due|signing)\\s+)?${FIELD}$`, 'iu');

/** `<client name>` parsed as inline HTML: a tag no HTML has. */
const HTML_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>$/u;
const KNOWN_TAGS = new Set(('a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select small source span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr').split(' '));
/** `<…>` left as text (not HTML: Japanese, or starting with a digit): only when its content is a placeholder. */
const ANGLE = /(?<![<\\])[<＜]([^<>＜＞\n]{1,60})[>＞]/gu;

/** Instruction text from a template, the whole paragraph: "Describe the client's current situation…". */
const INSTRUCTION_EN = /^(?:describe|summari[sz]e|explain|outline|insert|paste|fill\s+in|replace|write)\s+(?:(?:here\s+)?(?:the|a|an|your)\s+)?(?:[a-z-]+\s+){0,3}?(?:client|customer|prospect|buyer)(?:['’]s|s['’]?)?(?![A-Za-z])/iu;
const INSTRUCTION_JA = /(?:について|を)(?:記載|記入|入力|挿入|追記)(?:する)?[。．]?$/u;

/** Bare URLs are text (no autolink literals); a URL is not prose. */
const URL = /(?:https?:\/\/|www\.)[^\s<>()（）]+/gu;

const MASKED = new Set(['inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'html']);

function offsets(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/** The source of a phrasing container with non-prose parts blanked (newlines kept). */
function masked(text: string, node: Parents, htmlOut: Nodes[]): { source: string; start: number } {
  const [start, end] = offsets(node as Nodes);
  // Source offsets of the parts to blank: most paragraphs have none, and keep their source as it is.
  const ranges: number[] = [];
  const visit = (n: Nodes) => {
    if (MASKED.has(n.type)) {
      if (n.type === 'html') htmlOut.push(n);
      const [s, e] = offsets(n);
      ranges.push(s, e);
      return;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  for (const c of node.children as Nodes[]) visit(c);
  let source = blanked(text.slice(start, end), start, end, ranges);
  URL.lastIndex = 0;
  ranges.length = 0;
  let m: RegExpExecArray | null;
  while ((m = URL.exec(source)) !== null) ranges.push(start + m.index, start + m.index + m[0].length);
  source = blanked(source, start, end, ranges);
  return { source, start };
}

/** `source` (the text from offset `start` to `end`) with every character but line feeds in the ranges (pairs of source offsets) made a space. */
function blanked(source: string, start: number, end: number, ranges: readonly number[]): string {
  if (ranges.length === 0) return source;
  const chars = source.split('');
  for (let r = 0; r < ranges.length; r += 2) {
    for (let i = Math.max(ranges[r]!, start); i < Math.min(ranges[r + 1]!, end); i++) if (chars[i - start] !== '\n') chars[i - start] = ' ';
  }
  return chars.join('');
}

function bracketIsPlaceholder(content: string, client: readonly string[] = []): boolean {
  const c = content.trim();
  if (c === '' || c.startsWith('^')) return false;
  // An open point put to the client's named person is no leftover: "[Ms. Ochiai to confirm whether …]",
  // nor one put to the client by name: "[Sakuragawa to confirm from the building drawings]".
  if (CLIENT_QUESTION.test(c)) return false;
  const owner = /^([A-Z][A-Za-z-]+)\s+to\s+confirm(?![A-Za-z])/u.exec(c)?.[1];
  if (owner && client.some((n) => n.split(/\s+/u)[0] === owner)) return false;
  if (/^[A-Z]/u.test(c) && FIELD_CONTENT.test(c)) return true;
  return BRACKET_CONTENT.some((re) => re.test(c));
}

/** Every placeholder in the client-facing text, at most one per line, in document order. */
/** `{{ client | upcase }}` → "client". */
function fieldName(braced: string): string {
  return braced.replace(/^\{+\s*/u, '').replace(/\s*\}+$/u, '').split(/[|\s]/u)[0]!.replace(/^(?:page|site|data)\./u, '').toLowerCase();
}

/** Front-matter keys (nested too, by their last name) that hold a real value. */
function definedFields(model: ProposalModel): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of model.frontMatter ? frontMatterEntries(model.frontMatter.data) : []) {
    if ((typeof value === 'string' && value.trim() && !/\{\{|<[^>]*>|^\s*(?:tbd|tbc|todo)\s*$/iu.test(value)) || typeof value === 'number' || value instanceof Date) out.add(key.toLowerCase());
  }
  return out;
}

export function findPlaceholders(model: ProposalModel): Placeholder[] {
  // The rule and the readiness both ask: found once per model.
  let found = placeholdersOf.get(model);
  if (!found) placeholdersOf.set(model, (found = scanPlaceholders(model)));
  return found;
}
const placeholdersOf = new WeakMap<ProposalModel, Placeholder[]>();

function scanPlaceholders(model: ProposalModel): Placeholder[] {
  const { text } = model;
  const found: Placeholder[] = [];
  const add = (start: number, end: number) => {
    if (end <= start || model.isInternal(start)) return;
    found.push({ start, end, text: text.slice(start, end) });
  };
  // A merge field the front matter defines ({{client}} with `client: Harlan & Voss LLP`) is filled when the template renders.
  const defined = definedFields(model);
  let client: string[] | undefined;
  const clientNames = () => (client ??= clientOrgNames(model));
  const scan = (node: Parents) => {
    const html: Nodes[] = [];
    const { source, start } = masked(text, node, html);
    for (const re of SHAPES) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(source)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        if (GENERIC_MARKS.test(m[0]) && genericExample(source, m.index, m.index + m[0].length)) continue;
        // Filled marks alone in a table cell are a chart's bar (a Gantt row: | ■■■■ | |), not a blank.
        if (/^[■●▲◆]+$/u.test(m[0]) && BAR_CELL.test(source.slice(Math.max(0, m.index - 3), m.index) + '\u0000' + source.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
        if (m[0].startsWith('{') && defined.has(fieldName(m[0]))) continue;
        add(start + m.index, start + m.index + m[0].length);
      }
    }
    BRACKET.lastIndex = 0;
    let b: RegExpExecArray | null;
    while ((b = BRACKET.exec(source)) !== null) {
      // `[text]: url` definitions and `[x][y]` references are not placeholders.
      if (/^\s*\[/.test(source.slice(b.index + b[0].length)) || source[b.index - 1] === '\\' || source[b.index - 1] === '!') continue;
      if (bracketIsPlaceholder(b[1]!, /^\s*[A-Z][A-Za-z-]+\s+to\s+confirm/u.test(b[1]!) ? clientNames() : [])) add(start + b.index, start + b.index + b[0].length);
    }
    ANGLE.lastIndex = 0;
    while ((b = ANGLE.exec(source)) !== null) {
      if (bracketIsPlaceholder(b[1]!)) add(start + b.index, start + b.index + b[0].length);
    }
    for (const h of html) {
      const value = (h as { value: string }).value;
      const tag = HTML_TAG.exec(value);
      if (!tag || KNOWN_TAGS.has(tag[1]!.toLowerCase())) continue;
      const [s, e] = offsets(h);
      add(s, e);
    }
    // Instruction text: the paragraph is the instruction (short, at its start).
    const prose = source.replace(/^[\s*_#>]+/u, '');
    const lead = source.length - prose.length;
    const trimmed = prose.replace(/[\s*_]+$/u, '');
    if (trimmed.length <= 200) {
      if (INSTRUCTION_EN.test(trimmed) || INSTRUCTION_JA.test(trimmed)) add(start + lead, start + lead + trimmed.length);
    }
  };
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        scan(node);
        return;
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
        return;
      default:
        if ('children' in node) for (const c of node.children as Nodes[]) visit(c);
    }
  };
  visit(model.tree as Nodes);
  // One per line: the first on each line.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Placeholder[] = [];
  let lastLine = -1;
  for (const p of found) {
    const line = model.toPoint(p.start).line;
    if (line === lastLine) continue;
    lastLine = line;
    out.push(p);
  }
  return out;
}
