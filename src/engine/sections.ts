import type { Heading, Root } from 'mdast';
import type { Lexicon, Concept } from '../lexicon/index.js';
import { internalHeadingMark } from './internal.js';
import type { Range, Section, SectionRole } from './types.js';

/** Which heading vocabulary names which role, in the order ties are broken. */
export const HEADING_ROLES: ReadonlyArray<[Exclude<SectionRole, 'internal' | 'other'>, Concept]> = [
  ['pricing', 'heading-pricing'],
  ['credibility', 'heading-credibility'],
  ['client-position', 'heading-client-position'],
  ['value-add', 'heading-value-add'],
  ['agreement', 'heading-agreement'],
  ['next-steps', 'heading-next-steps'],
];

/** The role a heading's words give it, or null. Internal prefixes win; else the earliest, longest match. */
export function roleFromHeading(title: string, lexicon: Lexicon): SectionRole | null {
  const trimmed = title.trim();
  const mark = internalHeadingMark(trimmed, lexicon, true);
  if (mark === 'prefix' || mark === 'tag') return 'internal';
  let best: { role: SectionRole; start: number; length: number } | null = null;
  // 「研修後のフォロー（費用はいただきません）」, "Aftercare (at no charge)": what the words of charge say is that
  // nothing is charged, so they name no price section; such a part is an add-on.
  const free = FREE_OF_CHARGE.test(trimmed);
  const words = free ? trimmed.replace(FREE_OF_CHARGE_ALL, ' ') : trimmed;
  for (const [role, concept] of HEADING_ROLES) {
    const m = lexicon.get(concept).find(words)[0];
    if (!m) continue;
    const length = m.end - m.start;
    if (!best || m.start < best.start || (m.start === best.start && length > best.length)) {
      best = { role, start: m.start, length };
    }
  }
  return best?.role ?? (free ? 'value-add' : null);
}

/** Words that say a part is given at no charge: 「費用はいただきません」「無償」, "at no charge", "complimentary". */
export const FREE_OF_CHARGE = /(?:費用|料金|代金|追加料金|追加費用)(?:は|が|も)?(?:一切)?(?:いただきません|頂きません|いただかず|頂かず|いただいておりません|頂いておりません|頂戴いたしません|かかりません|不要)|無償|無料|追加(?:料金|費用)なし|\bfree\s+of\s+charge\b|\b(?:at\s+)?no\s+(?:extra\s+|additional\s+)?(?:charge|cost)\b|\bcomplimentary\b|\bwithout\s+charge\b/iu;
const FREE_OF_CHARGE_ALL = new RegExp(FREE_OF_CHARGE.source, 'giu');

/**
 * Sections from the top-level headings, nested by depth. A section runs to the next
 * heading of the same or a higher level; its own content stops at its first sub-heading.
 * Text before the first heading (after any front matter) is a depth-0 preamble.
 */
export function buildSections(tree: Root, textLength: number, titles: Map<Heading, string>, labels: readonly Heading[] = []): Section[] {
  const real = tree.children.filter((n): n is Heading => n.type === 'heading');
  const headings = labels.length ? [...real, ...labels].sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0)) : real;
  const sections: Section[] = [];
  const contentStart = tree.children.find((n) => n.type !== 'yaml')?.position?.start.offset;
  const firstHeadingStart = headings[0]?.position?.start.offset ?? textLength;
  if (contentStart !== undefined && contentStart < firstHeadingStart) {
    sections.push(makeSection(0, null, 0, '', contentStart, { start: contentStart, end: contentStart }));
  }
  for (const h of headings) {
    const start = h.position?.start.offset ?? 0;
    const end = h.position?.end.offset ?? start;
    sections.push(makeSection(sections.length, h, h.depth, titles.get(h) ?? '', start, { start, end }));
  }
  const stack: Section[] = [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const next = sections[i + 1];
    s.ownEnd = next ? next.start : textLength;
    if (s.depth === 0) {
      // The preamble (text before the first heading) ends where the first heading starts.
      s.end = s.ownEnd;
      continue;
    }
    let j = i + 1;
    while (j < sections.length && sections[j]!.depth > s.depth) j++;
    s.end = j < sections.length ? sections[j]!.start : textLength;
    while (stack.length && stack[stack.length - 1]!.depth >= s.depth) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    s.parent = parent;
    parent?.children.push(s);
    stack.push(s);
  }
  return sections;
}

function makeSection(index: number, heading: Heading | null, depth: number, title: string, start: number, headingRange: Range): Section {
  return {
    index, heading, depth, title, role: 'other', roleSource: 'none',
    start, end: start, headingRange, ownEnd: start, parent: null, children: [], internal: false,
  };
}

/** The section and its descendants. */
export function subtree(section: Section): Section[] {
  const out: Section[] = [section];
  for (const child of section.children) out.push(...subtree(child));
  return out;
}

/** The nearest section (itself or an ancestor) with the given role. */
export function closestWithRole(section: Section, role: SectionRole): Section | null {
  for (let s: Section | null = section; s; s = s.parent) if (s.role === role) return s;
  return null;
}

/**
 * The document's title: a lone top-level heading above the body sections ("Proposal for
 * Acme"), which names the whole proposal rather than one part of it; undefined otherwise.
 */
export function documentTitle(sections: readonly Section[]): Section | undefined {
  let top = Infinity;
  for (const s of sections) if (s.heading && s.depth < top) top = s.depth;
  let found: Section | undefined;
  for (const s of sections) {
    if (!s.heading || s.depth !== top) continue;
    if (found) return undefined;
    found = s;
  }
  return found && found.children.length > 0 ? found : undefined;
}
