/**
 * Where each kind of section belongs in a proposal, so a rule's suggestion, the
 * status-bar readiness picker and the editor commands insert it in the same place.
 */
import { addFrontMatterKey, insertBlock, eol, outsideUnclosed } from './edits.js';
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
