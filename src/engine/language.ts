import type { Lang } from './types.js';

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;

/**
 * Counts Japanese (kana and kanji) and Latin letters. One Japanese character carries
 * about as much as a short English word, so Japanese is weighted threefold.
 */
export function languageWeights(text: string): { ja: number; en: number } {
  const ja = (text.match(CJK)?.length ?? 0) * 3;
  const en = text.match(LATIN)?.length ?? 0;
  return { ja, en };
}

/** The language of a piece of prose, or `fallback` when it has no letters. */
export function detectLanguage(text: string, fallback: Lang): Lang {
  const { ja, en } = languageWeights(text);
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
