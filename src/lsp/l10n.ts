/**
 * The server's own words (code action titles, the code lens) in the client's UI language
 * (initialize's `locale`), from the extension's translation bundle: one set of strings.
 */
import ja from '../../l10n/bundle.l10n.ja.json' with { type: 'json' };
import type { Lang } from '../engine/types.js';

const JA = ja as Record<string, string>;

export function uiLangOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** `message` with {0}, {1}… filled in, in `lang` (English is the key itself). */
export function t(lang: Lang, message: string, ...args: Array<string | number>): string {
  const text = lang === 'ja' ? (JA[message] ?? message) : message;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
