/**
 * Text from outside (file names, phrases quoted from a document) printed on a terminal or
 * into a line-based format: line breaks and other control characters become visible
 * escapes, so a file named "a\n1:1  error  fake" cannot print a line of its own, nor can
 * a quoted phrase send escape sequences to the terminal.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A message on one line: runs of white space as one space, other control characters escaped. */
export function oneLine(text: string): string {
  return escapeControl(text.replace(/\s+/g, ' '));
}
