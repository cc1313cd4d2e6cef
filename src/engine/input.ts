/** Turning bytes into text to lint, or a clear reason not to. No Node-only APIs. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: 'binary' | 'encoding'; message: string };

/**
 * A file is binary when a NUL byte appears in its first 8 KB (as git decides);
 * otherwise it must be valid UTF-8 (a byte-order mark is dropped).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  const utf16 = utf16Order(head);
  if (utf16) return { ok: false, reason: 'encoding', message: `UTF-16 text (${utf16}), not UTF-8; save the file as UTF-8` };
  if (head.includes(0)) return { ok: false, reason: 'binary', message: 'binary file (a NUL byte in the first 8 KB), not Markdown' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    let offset = 0;
    // Find the first bad byte for the message.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        decoder.decode(bytes.subarray(0, mid));
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    offset = lo;
    return { ok: false, reason: 'encoding', message: `not UTF-8 text (invalid byte at offset ${offset}); save the file as UTF-8` };
  }
}

/**
 * "little-endian" / "big-endian" when the bytes are UTF-16: a byte-order mark FF FE / FE FF
 * (not followed by a UTF-32 one), or, without one, a NUL in every other byte of mostly ASCII text.
 */
function utf16Order(head: Uint8Array): string | undefined {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe && !(head[2] === 0 && head[3] === 0)) return 'little-endian';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'big-endian';
  const pairs = head.length >> 1;
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0 && head[i + 1] !== 0) evenNul++;
    else if (head[i + 1] === 0 && head[i] !== 0) oddNul++;
  }
  if (oddNul * 10 >= pairs * 9) return 'little-endian';
  if (evenNul * 10 >= pairs * 9) return 'big-endian';
  return undefined;
}

/**
 * Why an editor's document (already text) is not linted, or undefined: the same verdicts
 * as `decodeText` gives the CLI for bytes. Binary: a NUL character in the first 8 KB.
 * Empty: nothing but whitespace (a new file: a list of missing sections would only be noise).
 */
export function skipReason(text: string): 'empty' | 'binary' | undefined {
  if (text.slice(0, 8192).includes('\u0000')) return 'binary';
  if (text.trim() === '') return 'empty';
  return undefined;
}
