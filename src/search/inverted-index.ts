import { indexOfSorted } from '../core/sorted-search.js';
import type { SearchConfig } from './config.js';
import { FIELDS, type TermCounts } from './term-counts.js';

interface Postings {
  readonly docs: Int32Array;
  /** The term's full BM25F contribution to each doc, IDF included, computed once at build time. */
  readonly weights: Float32Array;
  readonly idf: number;
}

export interface ScoredDoc {
  readonly doc: number;
  readonly score: number;
  /** Bit i is set when query term i occurs in the doc (first 31 distinct terms). */
  readonly matched: number;
}

/**
 * A BM25F inverted index. Each posting stores the term's final score contribution, so answering a
 * query is one pass over the postings of its few terms: no per-query length normalisation, no
 * allocation proportional to the number of entries beyond one reusable accumulator.
 */
export class InvertedIndex {
  private readonly postings: Map<string, Postings>;
  readonly size: number;
  /** The largest IDF of any indexed term: the weight given to terms the index has never seen. */
  readonly maxIdf: number;
  private readonly scores: Float64Array;
  private readonly masks: Int32Array;
  private readonly touched: Int32Array;
  /** search()'s running top k: docs and scores, best first. */
  private readonly bestDoc: number[] = [];
  private readonly bestScore: number[] = [];
  /** Postings longer than this are not scanned when the query has a more selective term. */
  private readonly scanLimit: number;

  private constructor(postings: Map<string, Postings>, size: number, scanLimit: number) {
    this.postings = postings;
    this.size = size;
    this.scanLimit = scanLimit;
    let max = Math.log(1 + (size + 0.5) / 1.5);
    for (const p of postings.values()) max = Math.max(max, p.idf);
    this.maxIdf = max;
    this.scores = new Float64Array(size);
    this.masks = new Int32Array(size);
    this.touched = new Int32Array(size);
  }

  /**
   * Builds the index from the docs' term counts (term-counts.ts: a large knowledge base's token
   * arrays are dropped as soon as they are counted, and a share counted elsewhere is appended).
   */
  static fromCounts(counts: TermCounts, config: SearchConfig): InvertedIndex {
    const n = counts.docCount;
    const avgLen = FIELDS.map((_, f) => Math.max(1, counts.totalLength(f) / Math.max(1, n)));
    const fieldWeights = FIELDS.map((f) => config.fieldWeights[f]);

    const postings = new Map<string, Postings>();
    const lists = counts.terms.map((term, t) => {
      const df = counts.docFrequency[t] as number;
      const list = { docs: new Int32Array(df), weights: new Float32Array(df), idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)), filled: 0 };
      postings.set(term, list);
      return list;
    });
    const norms = new Float64Array(FIELDS.length);
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < FIELDS.length; f++) {
        norms[f] = (fieldWeights[f] as number) / (1 - config.b + (config.b * counts.length(d, f)) / (avgLen[f] as number));
      }
      // Rows of (term, count per field): walked in place, this loop runs once per distinct term of
      // every doc.
      const { rowTerm, rowCounts } = counts;
      for (let row = counts.firstRow(d); row < counts.firstRow(d + 1); row++) {
        let tf = 0;
        for (let f = 0; f < FIELDS.length; f++) tf += (rowCounts[row * FIELDS.length + f] as number) * (norms[f] as number);
        const list = lists[rowTerm[row] as number] as (typeof lists)[number];
        list.docs[list.filled] = d;
        list.weights[list.filled++] = (list.idf * tf * (config.k1 + 1)) / (config.k1 + tf);
      }
    }
    return new InvertedIndex(postings, n, Math.max(config.commonTerm.minDocs, Math.ceil(n * config.commonTerm.share)));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** How many docs contain the term (0 for an unknown term). */
  docFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Whether the doc contains the term (in any field). */
  contains(term: string, doc: number): boolean {
    const p = this.postings.get(term);
    return p !== undefined && indexOfSorted(p.docs, doc) >= 0;
  }

  /** IDF of an indexed term, undefined for a term no entry contains. */
  idf(term: string): number | undefined {
    return this.postings.get(term)?.idf;
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /**
   * The `k` best docs for distinct query terms, best first. Not re-entrant (shared accumulators).
   * Terms in a large share of the docs (the county's name, 时限 in every answer) decide little and
   * cost most: when the query also has a selective term, candidates are found by the selective ones
   * and the common terms' contributions are then looked up for those candidates only.
   */
  search(terms: readonly string[], k: number): ScoredDoc[] {
    const { scores, masks, touched } = this;
    const selective: [number, Postings][] = [];
    const common: [number, Postings][] = [];
    terms.forEach((term, i) => {
      const p = this.postings.get(term);
      if (p) (p.docs.length > this.scanLimit ? common : selective).push([i, p]);
    });
    const scanned = selective.length > 0 ? selective : common;
    const probed = selective.length > 0 ? common : [];
    let count = 0;
    for (const [i, p] of scanned) {
      const bit = i < 31 ? 1 << i : 0;
      for (let j = 0; j < p.docs.length; j++) {
        const d = p.docs[j] as number;
        if (scores[d] === 0) touched[count++] = d;
        scores[d] = (scores[d] as number) + (p.weights[j] as number);
        masks[d] = (masks[d] as number) | bit;
      }
    }
    // The best k so far, best first, in reused arrays: a ScoredDoc is made only for each of the k
    // found (a doc entering the running top k is common, and objects made for it were garbage).
    const { bestDoc, bestScore } = this;
    let found = 0;
    for (let i = 0; i < count; i++) {
      const d = touched[i] as number;
      const score = scores[d] as number;
      if (found < k || score > (bestScore[found - 1] as number)) {
        let at = found < k ? found++ : found - 1;
        for (; at > 0 && (bestScore[at - 1] as number) < score; at--) {
          bestScore[at] = bestScore[at - 1] as number;
          bestDoc[at] = bestDoc[at - 1] as number;
        }
        bestScore[at] = score;
        bestDoc[at] = d;
      }
      scores[d] = 0;
    }
    const best: ScoredDoc[] = [];
    for (let i = 0; i < found; i++) {
      const d = bestDoc[i] as number;
      best.push({ doc: d, score: bestScore[i] as number, matched: masks[d] as number });
    }
    for (let i = 0; i < count; i++) masks[touched[i] as number] = 0;
    if (probed.length === 0) return best;
    return best
      .map(({ doc, score, matched }) => {
        let s = score;
        let m = matched;
        for (const [i, p] of probed) {
          const j = indexOfSorted(p.docs, doc);
          if (j < 0) continue;
          s += p.weights[j] as number;
          if (i < 31) m |= 1 << i;
        }
        return { doc, score: s, matched: m };
      })
      .sort((a, b) => b.score - a.score);
  }
}
