import { eol } from './edits.js';
import type { ProposalModel } from './types.js';

/**
 * The client's copy: the proposal without its front matter, internal blocks and
 * internal sections. Only the removed ranges change: where a removed block stood on
 * lines of its own, the text around it is joined with one blank line; an inline
 * internal part is cut out of its line. Everything else is kept byte for byte.
 */
export function clientCopy(model: ProposalModel): string {
  const { text } = model;
  const nl = eol(text);
  let out = '';
  let at = 0;
  let blockJoin = false;
  const append = (piece: string) => {
    if (!blockJoin) {
      out += piece;
      return;
    }
    const left = out.replace(/(?:[ \t]*\r?\n)*[ \t]*$/, '');
    const right = piece.replace(/^(?:[ \t]*\r?\n)+/, '');
    if (left === '') out = right;
    else if (right === '') out = left + nl;
    else out = left + nl + nl + right;
  };
  for (const r of model.internal) {
    append(text.slice(at, r.start));
    const lineStart = Math.max(text.lastIndexOf('\n', r.start - 1) + 1, 0);
    blockJoin = text.slice(lineStart, r.start).trim() === '';
    at = r.end;
  }
  append(text.slice(at));
  return out;
}
