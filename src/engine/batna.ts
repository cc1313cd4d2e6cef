/**
 * The walk-away point as the proposal records it: a front-matter key (`batna:`,
 * `walk_away:`, `撤退ライン:`) or a walk-away statement in internal notes. One answer
 * for missing-batna, the status-bar readiness and the client copy's leak check.
 */
import type { Lexicon } from '../lexicon/index.js';
import { findAmounts, type Amount } from './amounts.js';
import { frontMatterEntries, frontMatterText, isPlaceholder as isPlaceholderValue } from './frontmatter.js';
import { hasSampleMarker } from './placeholders.js';
import { looseToFrontMatter } from './matter.js';
import { findHits, sentenceAt } from './query.js';
import type { ProposalModel, Range } from './types.js';

export interface WalkAway {
  /** A real walk-away point is recorded (not a placeholder). */
  recorded: boolean;
  /** A walk-away key whose value is still a placeholder ("TBD", "<…>"), when nothing real is recorded. */
  placeholder?: { key: string; range: Range };
  /** The amounts the recorded walk-away point names (a client-facing amount equal to one is a leak). */
  amounts: Amount[];
}

/** Every front-matter mapping: the parsed block and any loose YAML blocks after it. */
function matterData(model: ProposalModel): Array<{ data: Record<string, unknown>; bodyStart: number; bodyEnd: number }> {
  const out: Array<{ data: Record<string, unknown>; bodyStart: number; bodyEnd: number }> = [];
  if (model.frontMatter) out.push(model.frontMatter);
  for (const m of model.matter) {
    if (m.kind === 'toml' || (model.frontMatter && m.start === model.frontMatter.start)) continue;
    out.push(looseToFrontMatter(model.text, m));
  }
  return out;
}

/** Where a key's value sits in the front matter text (for the finding's range), or the key line. */
function valueRange(model: ProposalModel, bodyStart: number, bodyEnd: number, key: string): Range {
  const body = model.text.slice(bodyStart, bodyEnd);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*:[ \\t]*(.*)$`, 'mu').exec(body);
  if (!m) return { start: bodyStart, end: bodyStart };
  const valueStart = bodyStart + m.index + m[0].length - (m[1] ?? '').length;
  const value = (m[1] ?? '').replace(/\s+$/, '');
  return value ? { start: valueStart, end: valueStart + value.length } : { start: bodyStart + m.index, end: bodyStart + m.index + m[0].trimEnd().length };
}

/** One reading per model and lexicon: missing-batna, exposed-batna and readiness all ask for it in one lint. */
const readings = new WeakMap<ProposalModel, { lexicon: Lexicon; result: WalkAway }>();

export function walkAway(model: ProposalModel, lexicon: Lexicon): WalkAway {
  const known = readings.get(model);
  if (known && known.lexicon === lexicon) return known.result;
  const result = readWalkAway(model, lexicon);
  readings.set(model, { lexicon, result });
  return result;
}

function readWalkAway(model: ProposalModel, lexicon: Lexicon): WalkAway {
  const keys = new Set(lexicon.phrases('batna-key').map((k) => k.toLowerCase()));
  const amounts: Amount[] = [];
  let recorded = false;
  let placeholder: WalkAway['placeholder'];
  const words = lexicon.get('batna');
  // A note in the writer's own words, line by line: one undecided point ("要確認") does not cancel the
  // floor stated on the next line. The floor's amount is the one next to a floor word.
  const readNote = (note: string): void => {
    for (const line of note.split(/\r?\n|。/u)) {
      if (!words.test(line) || UNDECIDED.test(line) || isPlaceholder(line)) continue;
      recorded = true;
      for (const w of words.find(line)) amounts.push(...floorAmounts(line, w.start, w.text));
    }
  };
  const named = (key: string) => keys.has(key.toLowerCase()) || FLOOR_KEY.test(key);
  for (const fm of matterData(model)) {
    for (const [key, value, parents] of frontMatterEntries(fm.data)) {
      const under = parents.some(named);
      const text = frontMatterText(value);
      if (text === '') continue;
      // A walk-away key (or a key under one: `floor: { plan_b_monthly: 58000 }`), or a note under any key that states one ("memo: 手数料は最低15%までならOK").
      if (!under && !named(key)) {
        // Line by line, and item by item in a list of notes: one point still open (「常務同席は未定」)
        // does not cancel the floor stated in the next.
        for (const note of Array.isArray(value) ? value : [value]) if (typeof note === 'string') readNote(note);
        continue;
      }
      if (isPlaceholder(text) || UNDECIDED.test(text)) {
        placeholder ??= { key, range: valueRange(model, fm.bodyStart, fm.bodyEnd, key) };
        continue;
      }
      recorded = true;
      // The floor's own amount: next to a floor word, or the only amount the value names.
      const all = findAmounts(text);
      const near = words.find(text).flatMap((w) => floorAmounts(text, w.start, w.text));
      amounts.push(...(near.length ? near : all.length === 1 ? all : []));
    }
  }
  // Front matter the YAML parser refused (a quoted value with text after it): its lines still say what they say.
  if (!recorded && model.frontMatter?.error) {
    const body = model.text.slice(model.frontMatter.bodyStart, model.frontMatter.bodyEnd);
    for (const line of body.split(/\r?\n|\r/)) {
      const m = /^\s*["']?([^"':#\s][^"':#]{0,60}?)["']?\s*:\s*(.*)$/u.exec(line);
      if (!m) continue;
      const key = m[1]!.trim();
      const value = (m[2] ?? '').replace(/^[>|][-+]?\s*$/, '').trim();
      const isNamed = named(key);
      if (!isNamed && !(value && words.test(value))) continue;
      // A folded value (`walk_away: >`) goes on under the key: read what follows it too.
      const text = value || body.slice(body.indexOf(line) + line.length, body.indexOf(line) + line.length + 400).split(/\n(?=\S)/, 1)[0]!.trim();
      if (!text || isPlaceholder(text) || UNDECIDED.test(text)) continue;
      recorded = true;
      const near = words.find(text).flatMap((w) => floorAmounts(text, w.start, w.text));
      const all = findAmounts(text);
      amounts.push(...(near.length ? near : isNamed && all.length === 1 ? all : []));
    }
  }
  // A walk-away statement in internal notes counts unless it is still a template placeholder.
  const internal = model.blocks.filter((b) => b.internal);
  for (const h of findHits(lexicon.get('batna'), internal)) {
    if (!model.isInternal(h.start)) continue;
    const sentence = sentenceAt(h.block, h.match.start);
    const said = sentence?.text ?? '';
    if (isPlaceholder(said) || UNDECIDED.test(said)) continue;
    recorded = true;
    // The floor's own amount: next to a floor word ("Floor: $40k", 「下限は420万」), not every figure in the note.
    if (sentence) amounts.push(...floorAmounts(said, h.match.start - sentence.textStart, h.match.text));
  }
  // HTML comments never render: a walk-away note in one is internal ("<!-- 社内メモ: 下限は420万 -->").
  for (const node of model.html) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    // A comment never closed ("<!-- note to self … ->") runs to the end of its HTML block, unrendered all the same.
    for (const m of model.text.slice(start, end).matchAll(/<!--([\s\S]*?)(?:-->|$(?![\s\S]))/g)) {
      const body = m[1] ?? '';
      if (/^\s*proposal-lint-/.test(body)) continue;
      readNote(body);
    }
  }
  return { recorded, ...(recorded || !placeholder ? {} : { placeholder }), amounts };
}

/**
 * A key named after the floor itself, in whatever form the team writes it: `floor`,
 * `floor_blended_day_rate`, `price_floor`, `min_fee`, `walkaway_price`, `discount_limit`, 「下限」, 「撤退ライン_年額」.
 * Not a link to one (`batna_notes_url`).
 */
const FLOOR_KEY = /^(?!.*(?:url|link|href|file|path)$)(?:(?:[a-z0-9]+[_-])*floor(?:[_-][a-z0-9]+)*|min(?:imum)?[_-](?:price|fee|rate|margin|day[_-]?rate)|(?:max(?:imum)?[_-])?discount[_-]?(?:limit|cap|max|ceiling|floor)|max(?:imum)?[_-]discount|walk[_-]?away(?:[_-][a-z0-9]+)*|batna(?:[_-][a-z0-9]+)*|reservation[_-]price|.*(?:撤退|下限|最低ライン|最低価格|最低金額|値引き?(?:上限|限度)).*)$/iu;

/** A value not filled in yet: "<…>", "TBD"…, or a template's sample marker ([e.g. …], 【例：…】, issue 14). */
function isPlaceholder(text: string): boolean {
  return isPlaceholderValue(text) || hasSampleMarker(text);
}

/** A walk-away note that says it is not decided yet. */
const UNDECIDED = /\b(?:tbd|tbc|to\s+be\s+(?:decided|confirmed|agreed)|not\s+(?:yet\s+)?(?:decided|set|agreed)|undecided|pending)\b|未定|まだ決めていない|決まっていない|未決/iu;

/** Walk-away words that name the floor itself: an amount right after one ("Floor: $40k", 「下限は420万」) or right before ("420万が下限") is the floor. */
const FLOOR_NOUN = /floor|minimum|\bmin\b|lowest|bottom|walk|下限|最低|撤退|底値|限界/iu;
/** Comparatives: English takes the amount after ("below $8"), Japanese before (「420万を下回る」「1,000円以下」). */
const AFTER_ONLY = /\b(?:below|under|less\s+than)\b/iu;
const BEFORE_ONLY = /以下|下回|切る|切ると|切ったら|未満/u;

function floorAmounts(text: string, at: number, word: string): Amount[] {
  const end = at + word.length;
  const noun = FLOOR_NOUN.test(word);
  // English names the floor before its amount ("walk-away at $52,000"); Japanese may put it after (「420万が下限」).
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(word);
  const after = noun || AFTER_ONLY.test(word);
  const before = japanese && (noun || BEFORE_ONLY.test(word));
  if (!after && !before) return [];
  return findAmounts(text).filter((a) => (after && a.start >= end && a.start <= end + 30) || (before && a.end <= at && a.end >= at - 12));
}

/** What 最低 names when it is no floor: 「最低賃金」「最低利用期間」「最低催行人員」「最低でも」. */
const NOT_A_FLOOR = '限|ロット|発注|注文|購入|数量|契約|利用期間|催行|人数|人員|保証|賃金|気温|でも';

/** Words that name the floor itself. */
export const FLOOR_WORD = new RegExp(`floor|minimum|lowest|walk|bottom|limit|下限|限度|最低(?!${NOT_A_FLOOR})|撤退|底値`, 'iu');
const NO_FLOOR_ALL = new RegExp(`最低(?:${NOT_A_FLOOR})|minimum\\s+wage`, 'giu');

/**
 * The seller's own margin named with a figure: "185 is with our normal 22% margin", 「粗利は25%」,
 * 「利益率18%」. Not "the client's margin" nor "a margin of error".
 */
const OWN_MARGIN = /\b(?:our|my)\s+(?:(?:normal|usual|standard|target|full|own)\s+)?(?:[0-9]+(?:\.[0-9]+)?\s*%\s+)?(?:gross\s+)?margins?\b|(?<!\b(?:your|their|its|his|her|client['’]s|customer['’]s)\s+(?:gross\s+)?)\b(?:gross\s+)?margin\s+(?:is|of|at|stays?\s+at)\s+[0-9]+(?:\.[0-9]+)?\s?%?|(?<!(?:貴社|御社|先方|顧客|お客様|業界|平均|競合|他社|営業|経常|純|当期)(?:の|様の)?)(?:弊社|当社|自社|うち)?の?(?:粗利益?|荒利|利益率|マージン)(?:率)?(?:は|が|で|を)?\s*(?:約|およそ|ほぼ)?\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s?(?:[%％]|割)/iu;

/** A floor word with a price after it: "minimum 0,94 €/kg", "floor: $340" (not "minimum 12 months"; 「最低 3,400円」 is the lexicon's). */
const FLOOR_PRICE = /(?<![A-Za-z])(?:minimum|floor|lowest)(?![A-Za-z])\s*[:：]?\s*(?:(?:is|of|at)\s+)?(?:[$€£¥￥]\s?[0-9][0-9.,]*|[0-9][0-9.,]*\s?(?:€|£|\$|EUR|USD|GBP|[kK](?![A-Za-z])|\/\s?(?:kg|h|hr|hour|day|m²|m2|unit)))/iu;
/** The margin in a note, with its figure a few words on: "Blended margin at full fee is approximately 24%". */
const NOTE_MARGIN = /(?<![A-Za-z])(?:blended|gross|net|our|my)\s+margin\s+(?:[a-z]+\s+){0,5}?(?:~\s*)?[0-9]+(?:\.[0-9]+)?\s?%/iu;

/**
 * What a note to the author gives away ("[RC: DH has approved the £34 floor]", "[OH: 185 is with our
 * normal 22% margin]"): the floor word or the margin it names with a figure, or undefined. A note that
 * gives either away is exposed-batna's finding; unfilled-placeholder does not report it again.
 */
export function asideDisclosure(text: string, lexicon: Lexicon): { phrase: string; margin: boolean } | undefined {
  // 「最低賃金の変動条項」「最低利用期間」「最低催行人員」 name no floor.
  const t = text.replace(NO_FLOOR_ALL, '');
  if (!/[0-9０-９]/u.test(t)) return undefined;
  const word = lexicon.get('batna').find(t).find((h) => FLOOR_WORD.test(h.text));
  if (word) return { phrase: word.text.trim(), margin: false };
  // In a note, a floor word right before a price ("// minimum 0,94 €/kg flat linen", "floor: $340") is the floor.
  const priced = FLOOR_PRICE.exec(t);
  if (priced) return { phrase: priced[0].trim(), margin: false };
  const margin = OWN_MARGIN.exec(t) ?? NOTE_MARGIN.exec(t);
  return margin ? { phrase: margin[0].trim(), margin: true } : undefined;
}
