/**
 * Every tuning value of retrieval and of the answer decision, in one frozen object. Callers pass a
 * partial override (tests, experiments); nothing else in the code base hard-codes these numbers.
 */
export interface SearchConfig {
  /** BM25 term-frequency saturation. */
  readonly k1: number;
  /** BM25 length normalisation (0 = none, 1 = full). */
  readonly b: number;
  /** How much a term counts in each field of an entry. */
  readonly fieldWeights: { readonly questions: number; readonly keywords: number; readonly answer: number };
  /** Questions longer than this many characters are searched on their first part. */
  readonly maxQueryChars: number;
  /** Candidates returned by a search. */
  readonly topK: number;
  /** English typo repair: fuse.js threshold (0 exact … 1 anything) and the shortest word repaired. */
  readonly typoThreshold: number;
  readonly typoMinLength: number;
  /** Weight of a query token the index has never seen, as a multiple of the largest known IDF. */
  readonly unknownTokenWeight: number;
  /** Weight of an unknown single Chinese character relative to an unknown word. */
  readonly unknownCharFactor: number;
  /** Coverage (0–1) at or above which the best entry answers the question. */
  readonly answerCoverage: number;
  /** Coverage below which nothing is offered at all (unresolved). */
  readonly clarifyCoverage: number;
  /** A runner-up within this ratio of the best score makes the question ambiguous. */
  readonly ambiguityRatio: number;
  /** At most this many choices in a clarify reply. */
  readonly maxClarifyChoices: number;
}

export const DEFAULT_SEARCH_CONFIG: SearchConfig = Object.freeze({
  k1: 1.2,
  b: 0.5,
  fieldWeights: Object.freeze({ questions: 3, keywords: 2, answer: 1 }),
  maxQueryChars: 300,
  topK: 5,
  typoThreshold: 0.34,
  typoMinLength: 4,
  unknownTokenWeight: 1,
  unknownCharFactor: 0.35,
  answerCoverage: 0.6,
  clarifyCoverage: 0.45,
  ambiguityRatio: 0.9,
  maxClarifyChoices: 3,
});

export function searchConfig(overrides: Partial<SearchConfig> = {}): SearchConfig {
  return Object.freeze({ ...DEFAULT_SEARCH_CONFIG, ...overrides });
}
