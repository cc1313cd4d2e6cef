import type { Lang } from './types.js';

/** Kana and kanji: U+3040-30FF, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FF66-FF9F. */
function isJapanese(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f);
}

/** A-Z, a-z and U+00C0-024F. */
function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

export interface LanguageWeights {
  ja: number;
  en: number;
}

/**
 * Counts Japanese (kana and kanji) and Latin letters. One Japanese character carries
 * about as much as a short English word, so Japanese is weighted threefold.
 */
export function languageWeights(text: string): LanguageWeights {
  let ja = 0;
  let en = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if (isLatin(c)) en++;
    else if (isJapanese(c)) ja += 3;
  }
  return { ja, en };
}

/** The language of prose with these weights, or `fallback` when it has no letters. */
export function languageOf({ ja, en }: LanguageWeights, fallback: Lang): Lang {
  if (ja === 0 && en === 0) return fallback;
  return ja >= en ? 'ja' : 'en';
}

/** Normalises a front-matter or option value ('ja', 'ja-JP', 'japanese', '日本語') to a language. */
export function parseLanguage(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'ja' || v.startsWith('ja-') || v.startsWith('ja_') || v === 'japanese' || v === '日本語') return 'ja';
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_') || v === 'english' || v === '英語') return 'en';
  return undefined;
}
