import Fuse from 'fuse.js';
import { boundedMemo } from '../core/bounded-memo.js';
import { isEnglishWord } from '../text/english-words.js';

/**
 * Repairs a misspelt English word ("construcion", "registraton") to a word the index knows. fuse.js's
 * Bitap search proposes the candidate; it is accepted only when the word is not itself an ordinary
 * English word ("current" must not become "urgent") and the two are within a small edit distance
 * (one edit up to 7 letters, two beyond). Only words of a length that could pass that test are
 * searched (one fuse.js index per word length, built on first use), and each word's repair is
 * remembered: a misspelling costs its search once.
 */
export function createTypoCorrector(
  vocabulary: () => readonly string[],
  threshold: number,
  minLength: number,
): (word: string) => string | null {
  let words: readonly string[] | undefined;
  const byLength = new Map<number, Fuse<string>>();
  const search = (word: string): string | null => {
    const allowed = word.length <= 7 ? 1 : 2;
    let fuse = byLength.get(word.length);
    if (!fuse) {
      words ??= vocabulary();
      const near = words.filter((v) => Math.abs(v.length - word.length) <= allowed);
      byLength.set(word.length, (fuse = new Fuse(near, { includeScore: true, threshold, ignoreLocation: true })));
    }
    for (const { item } of fuse.search(word, { limit: 5 })) {
      if (editDistance(word, item) <= allowed) return item;
    }
    return null;
  };
  const repaired = boundedMemo(search, 10_000);
  return (word) => (word.length < minLength || /\d/.test(word) || isEnglishWord(word) ? null : repaired(word));
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
