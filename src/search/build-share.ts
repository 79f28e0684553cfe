import { grow } from '../core/grow.js';
import { entryTokenizer, lexiconFrom, type EntryTexts, type LexiconSource } from './entry-tokens.js';
import { TermCounts, type CountedTerms } from './term-counts.js';

/**
 * A share of an index build done elsewhere: its entries tokenised and counted, with each question
 * phrasing's tokens (which the entries' profiles need) as ids into the counts' terms: per entry, its
 * phrasing count, then each phrasing's length and term ids.
 */
export interface CountedShare {
  readonly counts: CountedTerms;
  readonly phrasingIds: Int32Array;
}

/**
 * Counts a share of the entries while the engine counts the rest (a HelperThread does it on another
 * core: tokenising is most of an index build). The engine appends the share's counts to its own.
 */
export interface IndexingHelper {
  /**
   * Starts counting `entries` with the lexicon built from `source`, and returns a function that
   * waits for the result: null when the helper cannot give it (not ready, failed, too slow), and then
   * the engine counts these entries itself.
   */
  begin(source: LexiconSource, entries: readonly EntryTexts[]): () => CountedShare | null;
}

/** The helper's job: the lexicon built from `source`, and `entries` tokenised and counted with it. */
export function countShare(source: LexiconSource, entries: Iterable<EntryTexts>): CountedShare {
  const tokenize = entryTokenizer(lexiconFrom(source));
  const counts = new TermCounts();
  let ids = new Int32Array(1 << 16);
  let n = 0;
  const put = (x: number): void => {
    if (n === ids.length) ids = grow(ids, n + 1);
    ids[n++] = x;
  };
  for (const entry of entries) {
    const { fields, phrasings } = tokenize(entry);
    counts.add(fields);
    put(phrasings.length);
    for (const p of phrasings) {
      put(p.length);
      for (const token of p) put(counts.idOf(token));
    }
  }
  return { counts: counts.data(), phrasingIds: ids.slice(0, n) };
}

/** The question phrasings' tokens of each entry of the share, in order. */
export function* sharePhrasings({ counts, phrasingIds: ids }: CountedShare): Generator<string[][]> {
  let i = 0;
  while (i < ids.length) {
    const phrasings: string[][] = [];
    for (let count = ids[i++] as number; count > 0; count--) {
      const tokens: string[] = [];
      for (let length = ids[i++] as number; length > 0; length--) tokens.push(counts.terms[ids[i++] as number] as string);
      phrasings.push(tokens);
    }
    yield phrasings;
  }
}
