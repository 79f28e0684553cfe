import type { RankerModel } from './ranker.js';
import { TRAINED_ANSWER_MODEL, TRAINED_RANKER, TRAINED_THRESHOLDS } from './ranker-model.js';

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
  /**
   * A term in more than `share` of the entries (and more than minDocs) is not scanned when the query
   * has a more selective term; its score is added to the candidates afterwards.
   */
  readonly commonTerm: { readonly share: number; readonly minDocs: number };
  /**
   * Building the index of at least `minEntries` entries with a TokenizingHelper (another thread),
   * which tokenises `helperShare` of them: more than half, as this thread also counts and profiles
   * every entry.
   */
  readonly parallelBuild: { readonly minEntries: number; readonly helperShare: number };
  /** Candidates taken from the index by BM25F before re-ranking by confidence. */
  readonly candidatePool: number;
  /** Entries whose surface units (search/surface-overlap.ts) are remembered between queries. */
  readonly surfaceMemo: number;
  /** Candidates returned by a search. */
  readonly topK: number;
  /**
   * How much a query's unexplained words lower confidence: confidence = phrasing coverage ×
   * query coverage ^ this. Small, because investors wrap a question in context ("we are building a
   * factory, …"); not zero, because a passport question must not borrow a permit's confidence.
   */
  readonly queryCoverageExponent: number;

  /** English typo repair: fuse.js threshold (0 exact … 1 anything) and the shortest word repaired. */
  readonly typoThreshold: number;
  readonly typoMinLength: number;
  /** How much each kind of word weighs in the confidence (see search/confidence.ts tokenWeight). */
  readonly weights: {
    /** A named domain subject (synonym group or keyword). */
    readonly domainTerm: number;
    /** A Chinese word absent from the general IDF table. */
    readonly unknownWord: number;
    /**
     * English words weigh ln(total/count) in spoken English minus this, to sit on the same scale as
     * the Chinese table (passport ≈ 9.5, anyone ≈ 6.3).
     */
    readonly englishIdfOffset: number;
    readonly number: number;
    /** Single Chinese characters say less than words. */
    readonly singleCharFactor: number;
    /** A generic procedural verb (办理, 申请, apply, take; text/generic-words.ts). */
    readonly genericWord: number;
    /** A Chinese word that is not a noun (跑, 挨个, 咋) frames the question: its weight is scaled by this. */
    readonly nonNounFactor: number;
  };
  /**
   * Words in more than `share` of the entries (the county's name, 报道) weigh `factor` as much (with at
   * least minEntries entries). Kept well above the share of any subject: at 0.2, four published
   * policies tipped 企业开办 over the line and let 需要 + 材料 answer a passport question.
   */
  readonly ubiquity: { readonly share: number; readonly factor: number; readonly minEntries: number };
  /** A phrasing whose subject words weigh less than this (≈ one domain term) counts proportionally less. */
  readonly minPhrasingWeight: number;
  /**
   * Tokens naming the county itself (喀左, and the where-is-the-county phrase 喀左在哪 becomes): a
   * question that names one is about the county wherever else it mentions.
   */
  readonly homeTokens: readonly string[];
  /** Aspects a question asks only when it asks no other (多少 in 价格是多少 asks the price). */
  readonly weakAspects: readonly string[];
  /** Aspects only an entry that speaks of them answers (a price is not in an entry that names none). */
  readonly strictAspects: readonly string[];
  /**
   * A question asking a part of a stated whole (193个项目里工业项目占多少) is answered only by an entry
   * containing each of its words (of two characters or more) that weigh at least this: the part's
   * (工业 5.1, 光伏 4.2) and the whole's and subject's (domain terms weigh 10), not 各有 3.5 or 年前 3.4.
   */
  readonly partMinWeight: number;
  /** Confidence factor when the question asks an aspect the entry does not answer. */
  readonly aspectMismatchFactor: number;
  /** … and when the entry states no aspect at all. */
  readonly aspectUnstatedFactor: number;
  /** The logistic model ordering the candidates (trained; see ranker.ts). */
  readonly ranker: RankerModel;
  /**
   * The logistic model giving each candidate its calibrated confidence: the probability that it is
   * the right answer when it is the best candidate (trained on the ranker's top candidates).
   */
  readonly answerModel: RankerModel;
  /** Confidence (0–1) at or above which the best entry answers the question. */
  readonly answerThreshold: number;
  /** Confidence below which an entry is not even offered as a choice. */
  readonly clarifyThreshold: number;
  /** A runner-up whose confidence is within this many log-odds of the best makes the question ambiguous. */
  readonly ambiguityMargin: number;
  /** Small talk answers only a message it mostly explains (this share of its words, by weight). */
  readonly smalltalkMinQueryCoverage: number;
  /** At most this many choices in a clarify reply. */
  readonly maxClarifyChoices: number;
}

export const DEFAULT_SEARCH_CONFIG: SearchConfig = Object.freeze({
  k1: 1.2,
  b: 0.5,
  fieldWeights: Object.freeze({ questions: 3, keywords: 2, answer: 1 }),
  maxQueryChars: 300,
  commonTerm: Object.freeze({ share: 0.05, minDocs: 500 }),
  parallelBuild: Object.freeze({ minEntries: 5000, helperShare: 0.55 }),
  candidatePool: 8,
  surfaceMemo: 1024,
  topK: 5,
  queryCoverageExponent: 0.3,
  typoThreshold: 0.34,
  typoMinLength: 5,
  weights: Object.freeze({ domainTerm: 10, unknownWord: 11, englishIdfOffset: 2, number: 3, singleCharFactor: 0.4, genericWord: 1, nonNounFactor: 0.5 }),
  ubiquity: Object.freeze({ share: 0.45, factor: 0.15, minEntries: 20 }),
  minPhrasingWeight: 6,
  homeTokens: Object.freeze(['喀左', '喀左位置']),
  weakAspects: Object.freeze(['quantity']),
  strictAspects: Object.freeze(['cost', 'validity']),
  partMinWeight: 4,
  aspectMismatchFactor: 0.5,
  aspectUnstatedFactor: 0.8,
  ranker: TRAINED_RANKER,
  answerModel: TRAINED_ANSWER_MODEL,
  answerThreshold: TRAINED_THRESHOLDS.answerThreshold,
  clarifyThreshold: TRAINED_THRESHOLDS.clarifyThreshold,
  ambiguityMargin: TRAINED_THRESHOLDS.ambiguityMargin,
  smalltalkMinQueryCoverage: 0.4,
  maxClarifyChoices: 3,
});

export function searchConfig(overrides: Partial<SearchConfig> = {}): SearchConfig {
  return Object.freeze({ ...DEFAULT_SEARCH_CONFIG, ...overrides });
}
