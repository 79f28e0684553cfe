import Fuse from 'fuse.js';

/**
 * Repairs a misspelt English word ("construcion") to the closest word the index knows, with fuse.js's
 * Bitap matching over the vocabulary. Built lazily: most queries never need it.
 */
export function createTypoCorrector(
  vocabulary: () => readonly string[],
  threshold: number,
  minLength: number,
): (word: string) => string | null {
  let fuse: Fuse<string> | undefined;
  return (word) => {
    if (word.length < minLength || /^\d+$/.test(word)) return null;
    fuse ??= new Fuse(vocabulary(), { includeScore: true, threshold, ignoreLocation: true });
    const [best] = fuse.search(word, { limit: 1 });
    // Bitap also matches a short known word inside a long unknown one ("visa" in "visas"); demand
    // similar lengths so that only misspellings are repaired, not different words.
    if (!best || Math.abs(best.item.length - word.length) > Math.max(1, Math.floor(word.length / 4))) return null;
    return best.item;
  };
}
