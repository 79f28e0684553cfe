import Fuse from 'fuse.js';
import { boundedMemo } from '../core/bounded-memo.js';
import { isEnglishWord } from '../text/english-words.js';

/**
 * Repairs a misspelt English word ("construcion", "registraton") to a word the index knows. It is
 * repaired only to a word within a small edit distance (one edit up to 7 letters, two beyond) that is
 * not itself an ordinary English word ("current" must not become "urgent"); among those, fuse.js's
 * Bitap score picks the likeliest. The distance is checked first, over the known words of a near
 * length (grouped once), with a bounded check that gives up as soon as the limit is passed: a new
 * misspelling in a question is a few microseconds per known word, where a fuse.js search over all
 * of them took milliseconds (the bench's English typos made its p99). Each word's repair is
 * remembered: a misspelling costs its search once.
 */
export function createTypoCorrector(
  vocabulary: () => readonly string[],
  threshold: number,
  minLength: number,
): (word: string) => string | null {
  let byLength: Map<number, string[]> | undefined;
  const search = (word: string): string | null => {
    const allowed = word.length <= 7 ? 1 : 2;
    byLength ??= groupByLength(vocabulary());
    const near: string[] = [];
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      for (const known of byLength.get(length) ?? []) if (editDistance(word, known, allowed) <= allowed) near.push(known);
    }
    if (near.length === 0) return null;
    const [best] = new Fuse(near, { threshold, ignoreLocation: true }).search(word, { limit: 1 });
    return best?.item ?? null;
  };
  const repaired = boundedMemo(search, 10_000);
  return (word) => (word.length < minLength || /\d/.test(word) || isEnglishWord(word) ? null : repaired(word));
}

function groupByLength(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const w of new Set(words)) {
    const group = groups.get(w.length);
    if (group) group.push(w);
    else groups.set(w.length, [w]);
  }
  return groups;
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. With
 * `limit`, any distance above it may be reported as limit + 1 (the computation stops once every
 * alignment has passed it).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  // Three rows: the one before last (for swaps), the last, and the one being filled.
  let before = new Array<number>(cols).fill(0);
  let last = Array.from({ length: cols }, (_, j) => j);
  let row = new Array<number>(cols).fill(0);
  let lastMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((last[j] as number) + 1, (row[j - 1] as number) + 1, (last[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] as number) + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A swap reaches back two rows, so stop only when both rows are past the limit.
    if (rowMin > limit && lastMin > limit) return limit + 1;
    [before, last, row] = [last, row, before];
    lastMin = rowMin;
  }
  return last[cols - 1] as number;
}
