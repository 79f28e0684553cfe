import Fuse from 'fuse.js';
import { boundedMemo } from '../core/bounded-memo.js';
import { isEnglishWord } from '../text/english-words.js';

/**
 * Repairs a misspelt English word ("construcion", "registraton") to a word the index knows. A word
 * that is itself an ordinary English word is left alone ("current" must not become "urgent"); any
 * other is repaired to the nearest known word within a small edit distance (one edit up to 7
 * letters, two beyond), among equally near ones the one fuse.js's Bitap score finds likeliest, if
 * that score passes its threshold. The words within reach are found by their deletions (two words
 * within n edits share a form with at most n letters deleted from each: the symmetric-delete
 * method), each candidate then checked by its exact distance: a new misspelling costs a few dozen
 * lookups, not a comparison with every known word (milliseconds over a large index's vocabulary, the
 * bench's slowest queries). The index of deletions is built on the first repair; each word's repair
 * is remembered: a misspelling costs its search once.
 */
export function createTypoCorrector(
  vocabulary: () => readonly string[],
  threshold: number,
  minLength: number,
): (word: string) => string | null {
  let byDeletion: Map<string, string[]> | undefined;
  const search = (word: string): string | null => {
    const allowed = reach(word.length);
    byDeletion ??= deletionIndex(vocabulary());
    // The nearest known words (documnet: document at one edit, not documents at two).
    let nearest: string[] = [];
    let distance = allowed + 1;
    const seen = new Set<string>();
    for (const form of deletions(word, allowed)) {
      for (const known of byDeletion.get(form) ?? []) {
        if (seen.has(known)) continue;
        seen.add(known);
        const d = editDistance(word, known, allowed);
        if (d > allowed) continue;
        if (d < distance) [nearest, distance] = [[known], d];
        else if (d === distance) nearest.push(known);
      }
    }
    if (nearest.length === 0) return null;
    const [best] = new Fuse(nearest.sort(), { threshold, ignoreLocation: true }).search(word, { limit: 1 });
    return best?.item ?? null;
  };
  const repaired = boundedMemo(search, 10_000);
  return (word) => (word.length < minLength || /\d/.test(word) || isEnglishWord(word) ? null : repaired(word));
}

/** How many edits a misspelling of this length may have. */
const reach = (length: number): number => (length <= 7 ? 1 : 2);

/**
 * Each known word under every form it takes with up to two letters deleted (one for a word short
 * enough that nothing it is a misspelling of may be two edits away).
 */
function deletionIndex(words: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const w of new Set(words)) {
    // A question's word up to two letters longer than w may be allowed two edits: then w needs its
    // forms with two deletions too.
    for (const form of deletions(w, reach(w.length + 2))) {
      const list = index.get(form);
      if (!list) index.set(form, [w]);
      else if (list[list.length - 1] !== w) list.push(w);
    }
  }
  return index;
}

/** The word and every form of it with up to `depth` letters deleted. */
function deletions(word: string, depth: number): Set<string> {
  const forms = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const f of frontier) {
      for (let i = 0; i < f.length; i++) {
        const shorter = f.slice(0, i) + f.slice(i + 1);
        if (!forms.has(shorter)) {
          forms.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return forms;
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
