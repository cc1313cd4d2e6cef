/**
 * LSP positions in the encoding negotiated at initialize: UTF-16 code units (the default)
 * or UTF-8 bytes (when the client offers it). Lines and UTF-16 offsets come from
 * vscode-languageserver-textdocument; only the UTF-8 column is counted here. Japanese
 * text is where the two differ: 見 is one UTF-16 unit and three UTF-8 bytes.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';

export type Encoding = 'utf-16' | 'utf-8';

/** UTF-8 bytes of one UTF-16 code unit sequence starting at `i` (a surrogate pair is one 4-byte code point). */
function utf8Width(text: string, i: number): { bytes: number; units: number } {
  const c = text.charCodeAt(i);
  if (c < 0x80) return { bytes: 1, units: 1 };
  if (c < 0x800) return { bytes: 2, units: 1 };
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return { bytes: 4, units: 2 };
  }
  return { bytes: 3, units: 1 };
}

/** The position of a UTF-16 offset into `doc`'s text. */
export function positionAt(doc: TextDocument, offset: number, encoding: Encoding): Position {
  const p = doc.positionAt(offset);
  if (encoding === 'utf-16' || p.character === 0) return p;
  const text = doc.getText();
  const lineStart = offset - p.character;
  let bytes = 0;
  for (let i = lineStart; i < lineStart + p.character;) {
    const w = utf8Width(text, i);
    bytes += w.bytes;
    i += w.units;
  }
  return { line: p.line, character: bytes };
}

/** The UTF-16 offset of a position; a column past the line's end (or inside a character) is clamped. */
export function offsetAt(doc: TextDocument, position: Position, encoding: Encoding): number {
  if (encoding === 'utf-16') return doc.offsetAt(position);
  const lineStart = doc.offsetAt({ line: position.line, character: 0 });
  const lineEnd = position.line + 1 < doc.lineCount ? doc.offsetAt({ line: position.line + 1, character: 0 }) : doc.getText().length;
  const text = doc.getText();
  let i = lineStart;
  let bytes = 0;
  while (i < lineEnd && text[i] !== '\n' && text[i] !== '\r') {
    const w = utf8Width(text, i);
    if (bytes + w.bytes > position.character) break;
    bytes += w.bytes;
    i += w.units;
  }
  return i;
}

export function rangeOf(doc: TextDocument, start: number, end: number, encoding: Encoding): Range {
  return { start: positionAt(doc, start, encoding), end: positionAt(doc, end, encoding) };
}

/**
 * TextDocuments' document handling in the negotiated encoding: incremental changes come in
 * the client's columns, so UTF-8 ranges are turned into UTF-16 ones, each against the text
 * as the change before it left it, before vscode-languageserver-textdocument applies them.
 */
export function documentsIn(encoding: () => Encoding) {
  return {
    create: (uri: string, languageId: string, version: number, content: string) => TextDocument.create(uri, languageId, version, content),
    update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
      if (encoding() === 'utf-16') return TextDocument.update(doc, changes, version);
      for (const change of changes) {
        if (!('range' in change) || !change.range) {
          TextDocument.update(doc, [change], version);
          continue;
        }
        const start = doc.positionAt(offsetAt(doc, change.range.start, 'utf-8'));
        const end = doc.positionAt(offsetAt(doc, change.range.end, 'utf-8'));
        TextDocument.update(doc, [{ range: { start, end }, text: change.text }], version);
      }
      return doc;
    },
  };
}
