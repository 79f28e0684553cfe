import type { SearchConfig } from './config.js';

/** An entry's tokens per field, as the tokenizer produced them. */
export interface FieldTokens {
  readonly questions: readonly string[];
  readonly keywords: readonly string[];
  readonly answer: readonly string[];
}

type Field = keyof FieldTokens;
const FIELDS: readonly Field[] = ['questions', 'keywords', 'answer'];

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

  static build(docs: readonly FieldTokens[], config: SearchConfig): InvertedIndex {
    const n = docs.length;
    const avgLen = {} as Record<Field, number>;
    for (const f of FIELDS) avgLen[f] = Math.max(1, docs.reduce((s, d) => s + d[f].length, 0) / Math.max(1, n));

    const raw = new Map<string, { docs: number[]; tfs: number[] }>();
    const weighted = new Map<string, number>();
    docs.forEach((doc, d) => {
      weighted.clear();
      for (const f of FIELDS) {
        const tokens = doc[f];
        const norm = config.fieldWeights[f] / (1 - config.b + (config.b * tokens.length) / avgLen[f]);
        for (const t of tokens) weighted.set(t, (weighted.get(t) ?? 0) + norm);
      }
      for (const [t, tf] of weighted) {
        let list = raw.get(t);
        if (!list) raw.set(t, (list = { docs: [], tfs: [] }));
        list.docs.push(d);
        list.tfs.push(tf);
      }
    });

    const postings = new Map<string, Postings>();
    for (const [term, list] of raw) {
      const df = list.docs.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const weights = new Float32Array(df);
      list.tfs.forEach((tf, i) => (weights[i] = (idf * tf * (config.k1 + 1)) / (config.k1 + tf)));
      postings.set(term, { docs: Int32Array.from(list.docs), weights, idf });
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
    const best: ScoredDoc[] = [];
    for (let i = 0; i < count; i++) {
      const d = touched[i] as number;
      const score = scores[d] as number;
      if (best.length < k || score > (best[best.length - 1] as ScoredDoc).score) {
        insertSorted(best, { doc: d, score, matched: masks[d] as number }, k);
      }
      scores[d] = 0;
      masks[d] = 0;
    }
    if (probed.length === 0) return best;
    return best
      .map(({ doc, score, matched }) => {
        let s = score;
        let m = matched;
        for (const [i, p] of probed) {
          const j = indexOf(p.docs, doc);
          if (j < 0) continue;
          s += p.weights[j] as number;
          if (i < 31) m |= 1 << i;
        }
        return { doc, score: s, matched: m };
      })
      .sort((a, b) => b.score - a.score);
  }
}

/** Binary search in ascending doc ids; -1 when absent. */
function indexOf(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = docs[mid] as number;
    if (v === doc) return mid;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function insertSorted(best: ScoredDoc[], item: ScoredDoc, k: number): void {
  let i = best.length;
  while (i > 0 && (best[i - 1] as ScoredDoc).score < item.score) i--;
  best.splice(i, 0, item);
  if (best.length > k) best.pop();
}
