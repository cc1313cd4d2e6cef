/**
 * Where each kind of section belongs in a proposal, so a rule's suggestion, the
 * status-bar readiness picker and the editor commands insert it in the same place.
 */
import { addFrontMatterKey, insertBlock, eol, lineStart, outsideUnclosed } from './edits.js';
import { bodySections, bodyDepth, sectionsWithRole } from './shapes.js';
import { escapeSnippetText, template } from './templates.js';
import type { Edit, Lang, ProposalModel, Section } from './types.js';

export interface Insertion {
  edit: Edit;
  /** The same insertion as a snippet body (tab stops), at edit.start..edit.end. */
  snippet: string;
}

function first(...candidates: Array<Section | undefined>): Section | undefined {
  return candidates.find((s): s is Section => !!s);
}

/** The offset a section made from `prefix` goes to (never inside a fence or comment left open at the end). */
export function placementOffset(model: ProposalModel, prefix: string): number {
  return outsideUnclosed(model, placement(model, prefix));
}

function placement(model: ProposalModel, prefix: string): number {
  const body = bodySections(model);
  const role = (r: Parameters<typeof sectionsWithRole>[1]) => sectionsWithRole(model, r).find((s) => s.heading);
  const after = (s: Section | undefined) => (s ? (body.find((b) => b.start >= s.end)?.start ?? model.text.length) : undefined);
  const end = model.text.length;
  switch (prefix) {
    case 'prop-value-add':
      return first(role('pricing'), body.length > 1 ? body[body.length - 1] : undefined)?.start ?? end;
    case 'prop-credibility':
      return after(role('client-position')) ?? first(role('pricing'), role('value-add'), body.length > 1 ? body[body.length - 1] : undefined)?.start ?? end;
    case 'prop-client-position':
      // After the introduction: before the first body section.
      return first(body[0])?.start ?? end;
    case 'prop-agreement':
      return first(role('next-steps'))?.start ?? end;
    case 'prop-next-steps':
      return end;
    case 'prop-internal-plan': {
      // Right after the title's own text, before the first body section.
      return first(body[0])?.start ?? end;
    }
    default:
      return end;
  }
}

/** An insertion of a snippet at its place: front matter for the BATNA, a section elsewhere. */
export function placeSnippet(model: ProposalModel, prefix: string, lang: Lang): Insertion {
  if (prefix === 'prop-batna') {
    const t = template(prefix, lang);
    const edit = addFrontMatterKey(model, t.text);
    const snip = addFrontMatterKey(model, t.snippet);
    return { edit, snippet: snip.text };
  }
  const offset = placementOffset(model, prefix);
  const t = template(prefix, lang, bodyDepth(model));
  const { edit, prefix: before, suffix } = insertBlock(model.text, offset, t.text);
  const nl = eol(model.text);
  return { edit, snippet: escapeSnippetText(before) + t.snippet.replace(/\r?\n/g, nl) + escapeSnippetText(suffix) };
}

/** The two groups of items the editor's Insert… commands add, and the section each belongs in. */
const GROUPS = {
  addon: { role: 'value-add', section: 'prop-value-add' },
  safeguard: { role: 'agreement', section: 'prop-agreement' },
} as const;

export type ItemGroup = keyof typeof GROUPS;

export interface ItemInsertion extends Insertion {
  /** At the cursor (a blank line between blocks), in the group's section, or in a new section made for it. */
  where: 'cursor' | 'section' | 'new-section';
}

/**
 * A blank line between blocks of client-facing body text, where a block inserted on its
 * own lines parses as meant: not in front matter, a list, a quote, a fence, a table or
 * an internal part. The line's start, or undefined when the cursor is anywhere else.
 */
export function blankLineAt(model: ProposalModel, offset: number): number | undefined {
  const { text } = model;
  const start = lineStart(text, offset);
  const rest = /^[^\r\n]*/.exec(text.slice(start))![0];
  if (rest.trim() !== '') return undefined;
  if (model.frontMatter && start < model.frontMatter.end) return undefined;
  // Before any body text (an empty document, the blank line between front matter and title) is no place for an item.
  if (text.slice(model.frontMatter?.end ?? 0, start).trim() === '') return undefined;
  if (model.matter.some((m) => start >= m.start && start < m.end)) return undefined;
  for (const node of model.tree.children) {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? 0;
    if (s < start && start < e) return undefined;
  }
  if (model.isInternal(start)) return undefined;
  return outsideUnclosed(model, start) === start ? start : undefined;
}

/**
 * Where Insert Add-on… / Insert Agreement Safeguard… put an item (a snippet that is one
 * list item): on a blank line between blocks where the user put the cursor; else at the
 * end of the section it belongs to (the same place the safeguards quick fix adds clauses);
 * else in a new section of its own, where the section's quick fix would insert it.
 * Never glued to a heading or a list: the item gets its own lines with blank lines around.
 */
export function placeItem(model: ProposalModel, group: ItemGroup, prefix: string, lang: Lang, cursor?: number): ItemInsertion {
  const item = template(prefix.replace(/-ja$/, ''), lang);
  const nl = eol(model.text);
  const at = cursor === undefined ? undefined : blankLineAt(model, cursor);
  const { role, section } = GROUPS[group];
  const home = sectionsWithRole(model, role).find((s) => s.heading);
  let where: ItemInsertion['where'];
  let offset: number;
  let body = item;
  if (at !== undefined) {
    where = 'cursor';
    offset = at;
  } else if (home) {
    where = 'section';
    offset = outsideUnclosed(model, home.ownEnd);
  } else {
    where = 'new-section';
    offset = placementOffset(model, section);
    const heading = template(section, lang, bodyDepth(model)).text.split(/\r?\n/)[0]!;
    body = { text: `${heading}\n\n${item.text}`, snippet: `${escapeSnippetText(heading)}\n\n${item.snippet}` };
  }
  const { edit, prefix: before, suffix } = insertBlock(model.text, offset, body.text);
  return { where, edit, snippet: escapeSnippetText(before) + body.snippet.replace(/\r?\n/g, nl) + escapeSnippetText(suffix) };
}
