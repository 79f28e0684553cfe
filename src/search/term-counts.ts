import { grow } from '../core/grow.js';

/** An entry's tokens per field, as the tokenizer produced them. */
export interface FieldTokens {
  readonly questions: readonly string[];
  readonly keywords: readonly string[];
  readonly answer: readonly string[];
}

type Field = keyof FieldTokens;
export const FIELDS: readonly Field[] = ['questions', 'keywords', 'answer'];

/**
 * TermCounts as plain data, to pass between threads (its typed arrays can be transferred): the
 * counts of a run of docs, numbered from 0, whose terms are numbered by `terms`.
 */
export interface CountedTerms {
  readonly terms: readonly string[];
  readonly docCount: number;
  /** Per term, how many of the docs contain it. */
  readonly docFrequency: Int32Array;
  /** Doc d's rows are docStart[d] … docStart[d + 1] - 1 (docCount + 1 of them). */
  readonly docStart: Int32Array;
  /** Per row, its term, and its counts per field at row * FIELDS.length + f. */
  readonly rowTerm: Int32Array;
  readonly rowCounts: Float32Array;
  /** Per doc, its length in each field at d * FIELDS.length + f. */
  readonly lengths: Float32Array;
}

/**
 * Per-doc term counts in flat typed arrays (term ids interned), growing as docs are added: what
 * BM25F needs from the tokens, without keeping the tokens. The counts of other docs, made elsewhere
 * (another thread), can be appended.
 */
export class TermCounts {
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

  static of(docs: Iterable<FieldTokens>): TermCounts {
    const counts = new TermCounts();
    for (const doc of docs) counts.add(doc);
    return counts;
  }

  add(doc: FieldTokens): void {
    const d = this.docCount++;
    this.makeRoom(d + 1, 0);
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
          if (row >= this.rowTerm.length) this.makeRoom(d + 1, row + 1);
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

  /** Appends the docs of `other`, after the docs already counted, in their order. */
  append(other: CountedTerms): void {
    const ids = Int32Array.from(other.terms, (term) => this.idOf(term));
    for (let t = 0; t < ids.length; t++) {
      const id = ids[t] as number;
      this.docFrequency[id] = (this.docFrequency[id] as number) + (other.docFrequency[t] as number);
    }
    const firstDoc = this.docCount;
    const firstRow = this.rows;
    const rowCount = other.docStart[other.docCount] as number;
    this.makeRoom(firstDoc + other.docCount, firstRow + rowCount);
    for (let r = 0; r < rowCount; r++) this.rowTerm[firstRow + r] = ids[other.rowTerm[r] as number] as number;
    this.rowCounts.set(other.rowCounts.subarray(0, rowCount * FIELDS.length), firstRow * FIELDS.length);
    this.lengths.set(other.lengths.subarray(0, other.docCount * FIELDS.length), firstDoc * FIELDS.length);
    for (let d = 1; d <= other.docCount; d++) this.docStart[firstDoc + d] = firstRow + (other.docStart[d] as number);
    for (let i = 0; i < other.docCount * FIELDS.length; i++) {
      const f = i % FIELDS.length;
      this.totals[f] = (this.totals[f] as number) + (other.lengths[i] as number);
    }
    this.docCount += other.docCount;
    this.rows += rowCount;
  }

  /** The counts as plain data, in arrays of their own (exact size, to be transferred). */
  data(): CountedTerms {
    return {
      terms: this.terms,
      docCount: this.docCount,
      docFrequency: this.docFrequency.slice(0, this.terms.length),
      docStart: this.docStart.slice(0, this.docCount + 1),
      rowTerm: this.rowTerm.slice(0, this.rows),
      rowCounts: this.rowCounts.slice(0, this.rows * FIELDS.length),
      lengths: this.lengths.slice(0, this.docCount * FIELDS.length),
    };
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

  /** Grows the per-doc arrays to hold `docs` docs and the per-row ones `rows` rows. */
  private makeRoom(docs: number, rows: number): void {
    if (docs + 1 > this.docStart.length) this.docStart = grow(this.docStart, docs + 1);
    if (docs * FIELDS.length > this.lengths.length) this.lengths = grow(this.lengths, docs * FIELDS.length);
    if (rows > this.rowTerm.length) {
      this.rowTerm = grow(this.rowTerm, rows);
      this.rowCounts = grow(this.rowCounts, rows * FIELDS.length);
    }
  }

  /** The term's id (a new term gets the next). */
  idOf(token: string): number {
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
