import { indexOfSorted } from '../core/sorted-search.js';
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

  /**
   * Builds the index from each doc's tokens, consuming them one doc at a time: only compact per-doc
   * term counts are kept until BM25F's average field lengths are known, so a large knowledge base's
   * token arrays can be dropped as soon as they are counted.
   */
  static build(docs: Iterable<FieldTokens>, config: SearchConfig): InvertedIndex {
    const counts = new TermCounts();
    for (const doc of docs) counts.add(doc);
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

function insertSorted(best: ScoredDoc[], item: ScoredDoc, k: number): void {
  let i = best.length;
  while (i > 0 && (best[i - 1] as ScoredDoc).score < item.score) i--;
  best.splice(i, 0, item);
  if (best.length > k) best.pop();
}

/**
 * Per-doc term counts in flat typed arrays (term ids interned), growing as docs are added: what
 * BM25F needs from the tokens, without keeping the tokens.
 */
class TermCounts {
  readonly terms: string[] = [];
  docFrequency = new Int32Array(1024);
  docCount = 0;
  private readonly ids = new Map<string, number>();
  /** Doc d's (term, counts per field) rows are rows docStart[d] … docStart[d + 1] - 1. */
  private docStart = new Int32Array(1025);
  /** Row r's term id, and its counts per field at r * FIELDS.length + f. */
  rowTerm = new Int32Array(4096);
  rowCounts = new Float32Array(4096 * FIELDS.length);
  private rows = 0;
  private lengths = new Float32Array(1024 * FIELDS.length);
  private readonly totals = new Float64Array(FIELDS.length);
  /** For each term id, the row it has in the doc being added (valid when rowDoc matches). */
  private rowOfTerm = new Int32Array(1024);
  private rowDoc = new Int32Array(1024).fill(-1);

  add(doc: FieldTokens): void {
    const d = this.docCount++;
    if (d + 2 > this.docStart.length) this.docStart = grow(this.docStart, d + 2);
    if ((d + 1) * FIELDS.length > this.lengths.length) this.lengths = grow(this.lengths, (d + 1) * FIELDS.length);
    for (let f = 0; f < FIELDS.length; f++) {
      const tokens = doc[FIELDS[f] as Field];
      this.lengths[d * FIELDS.length + f] = tokens.length;
      this.totals[f] = (this.totals[f] as number) + tokens.length;
      for (const token of tokens) {
        const t = this.idOf(token);
        let row: number;
        if (this.rowDoc[t] === d) row = this.rowOfTerm[t] as number;
        else {
          row = this.rows++;
          if (row >= this.rowTerm.length) {
            this.rowTerm = grow(this.rowTerm, row + 1);
            this.rowCounts = grow(this.rowCounts, (row + 1) * FIELDS.length);
          }
          this.rowTerm[row] = t;
          this.rowDoc[t] = d;
          this.rowOfTerm[t] = row;
          this.docFrequency[t] = (this.docFrequency[t] as number) + 1;
        }
        this.rowCounts[row * FIELDS.length + f] = (this.rowCounts[row * FIELDS.length + f] as number) + 1;
      }
    }
    this.docStart[d + 1] = this.rows;
  }

  length(d: number, f: number): number {
    return this.lengths[d * FIELDS.length + f] as number;
  }

  totalLength(f: number): number {
    return this.totals[f] as number;
  }

  /** Doc d's rows are firstRow(d) … firstRow(d + 1) - 1. */
  firstRow(d: number): number {
    return this.docStart[d] as number;
  }

  private idOf(token: string): number {
    let t = this.ids.get(token);
    if (t === undefined) {
      t = this.terms.length;
      this.ids.set(token, t);
      this.terms.push(token);
      if (t >= this.docFrequency.length) {
        this.docFrequency = grow(this.docFrequency, t + 1);
        this.rowOfTerm = grow(this.rowOfTerm, t + 1);
        const rowDoc = grow(this.rowDoc, t + 1);
        rowDoc.fill(-1, this.rowDoc.length);
        this.rowDoc = rowDoc;
      }
    }
    return t;
  }
}

/** A copy of `array` with room for at least `needed` elements (doubling). */
function grow<T extends Int32Array | Float32Array>(array: T, needed: number): T {
  let size = Math.max(1, array.length);
  while (size < needed) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}
