import { grow } from '../core/grow.js';
import { SliceMemo } from '../core/slice-memo.js';
import { indexOfSorted } from '../core/sorted-search.js';
import type { KnowledgeEntry } from '../knowledge/types.js';
import { ENGLISH_STOPWORDS, stemEnglish } from '../text/english.js';
import { normalizeText } from '../text/normalize.js';

/**
 * Surface units of normalised text, independent of any segmentation: Chinese as overlapping
 * character pairs, English as stemmed words. They catch paraphrases whose words the tokenizer cut
 * differently (新开工跟续建 vs 开复工项目…续建) or that no synonym links. Units are numbers (a pair
 * of UTF-16 codes packed into 32 bits; a word hashed below zero): this runs on the query path.
 */
export function surfaceUnits(text: string, normalized = false): Set<number> {
  const units = new Set<number>();
  forEachSurfaceUnit(normalized ? text : normalizeText(text), (u) => units.add(u));
  return units;
}

/** Calls `visit` with each surface unit of normalised text `t` (repeats included). */
function forEachSurfaceUnit(t: string, visit: (unit: number) => void): void {
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (isHan(c)) {
      let j = i + 1;
      while (j < t.length && isHan(t.charCodeAt(j))) j++;
      if (j - i === 1) visit(c);
      for (let k = i; k + 1 < j; k++) visit(((t.charCodeAt(k) << 16) | t.charCodeAt(k + 1)) >>> 0);
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < t.length && isWordChar(t.charCodeAt(j))) j++;
      const unit = wordUnits.get(t, i, j);
      if (unit !== 0) visit(unit);
      i = j;
    } else i++;
  }
}

/** CJK unified ideographs (and extension A, compatibility ideographs) in the BMP. */
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
/** a-z and 0-9, and A-Z: an entry's text is read as it is written (wordUnits reads it lower-cased). */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * An English word's unit (its stem hashed below zero), 0 for a word that counts for nothing:
 * function words ("how does it take") would make every English question overlap every entry.
 * Remembered by where the word lies in the text: this runs for every word of every new candidate.
 */
const wordUnits = new SliceMemo((word): number => (word.length > 2 && !ENGLISH_STOPWORDS.has(word) ? -1 - wordHash(stemEnglish(word)) : 0), 100_000);

/** FNV-1a, 31 bits: enough to tell apart the few English words of one question and entry. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 1) & 0x7fffffff;
}

/**
 * An entry's units, computed on the entry's text lower-cased only (not fully normalised): entries are
 * written in simplified characters, and this runs for every new candidate on the query path.
 * All in one typed array — each phrasing's distinct units ascending, then all the entry's distinct
 * units ascending — with the phrasings' bounds in another: surfaces are remembered (a bounded memo in
 * the engine), and young-generation collections copy the new ones; hash sets per phrasing made those
 * collections 4–5 ms at 50,000 entries. One typed array per entry is the fewest objects to copy.
 */
export class EntrySurface {
  private joined: string | undefined;

  constructor(
    private readonly entry: KnowledgeEntry,
    /** Phrasing k's units are units[bounds[k], bounds[k + 1]); the entry's all, from the last bound on. */
    readonly units: Float64Array,
    readonly bounds: Int32Array,
  ) {}

  /** All the entry's text, lower-cased, for looking up the places and sums of money it mentions (joined on first use). */
  get text(): string {
    const e = this.entry;
    this.joined ??= [...e.questions.zh, ...e.questions.en, e.answer.zh, e.answer.en, ...e.keywords.zh, ...e.keywords.en].join('\n').toLowerCase();
    return this.joined;
  }
}

export function entrySurface(entry: KnowledgeEntry): EntrySurface {
  // Units are gathered in one reused buffer, region by region, and copied out once.
  buffer.clear();
  const { zh, en } = entry.questions;
  const bounds = new Int32Array(zh.length + en.length + 1);
  for (let k = 0; k < zh.length + en.length; k++) {
    const start = buffer.size;
    bounds[k] = start;
    forEachSurfaceUnit(lowerCased((k < zh.length ? zh[k] : en[k - zh.length]) as string), buffer.push);
    buffer.sortDistinctFrom(start);
  }
  const allStart = buffer.size;
  bounds[zh.length + en.length] = allStart;
  buffer.copyWithinTo(0, allStart);
  forEachSurfaceUnit(lowerCased(entry.answer.zh), buffer.push);
  forEachSurfaceUnit(lowerCased(entry.answer.en), buffer.push);
  for (const keyword of entry.keywords.zh) forEachSurfaceUnit(lowerCased(keyword), buffer.push);
  for (const keyword of entry.keywords.en) forEachSurfaceUnit(lowerCased(keyword), buffer.push);
  buffer.sortDistinctFrom(allStart);
  return new EntrySurface(entry, buffer.copy(), bounds);
}

// The only characters other than ASCII capitals (which are read as lower case) whose lower case holds
// a character surface units count (Han, a-z, 0-9): İ and the Kelvin sign. Other text is read as it
// is, not copied by toLowerCase().
const HAS_OTHER_CAPITAL = /[\u0130\u212A]/;
const lowerCased = (text: string): string => (HAS_OTHER_CAPITAL.test(text) ? text.toLowerCase() : text);

/** A growable array of units, reused: its contents are copied out by copy(). */
class UnitBuffer {
  private units = new Float64Array(1024);
  private length = 0;

  get size(): number {
    return this.length;
  }

  clear(): void {
    this.length = 0;
  }

  readonly push = (unit: number): void => {
    if (this.length === this.units.length) this.units = grow(this.units, this.length + 1);
    this.units[this.length++] = unit;
  };

  /** Appends a copy of units[from, to). */
  copyWithinTo(from: number, to: number): void {
    for (let i = from; i < to; i++) this.push(this.units[i] as number);
  }

  /** Sorts units[start, size) ascending and drops repeats there. */
  sortDistinctFrom(start: number): void {
    const { units } = this;
    // A phrasing's few units are sorted in place (a subarray to sort is an object per phrasing).
    if (this.length - start > 32) units.subarray(start, this.length).sort();
    else {
      for (let i = start + 1; i < this.length; i++) {
        const u = units[i] as number;
        let j = i;
        for (; j > start && (units[j - 1] as number) > u; j--) units[j] = units[j - 1] as number;
        units[j] = u;
      }
    }
    let n = start;
    for (let i = start; i < this.length; i++) if (i === start || units[i] !== units[i - 1]) units[n++] = units[i] as number;
    this.length = n;
  }

  /** The units so far, in an array of their own. */
  copy(): Float64Array {
    return this.units.slice(0, this.length);
  }
}

/** The scratch buffer of entrySurface (synchronous, so one is enough). */
const buffer = new UnitBuffer();

/**
 * How much one of the entry's phrasings appears in the query (best phrasing), and how much of the
 * query appears anywhere in the entry, both as shares of surface units.
 */
export function surfaceOverlap(query: Set<number>, entry: EntrySurface): { phrasing: number; query: number } {
  const { units, bounds } = entry;
  let phrasing = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] as number;
    const to = bounds[k + 1] as number;
    if (to === from) continue;
    let hit = 0;
    for (let i = from; i < to; i++) if (query.has(units[i] as number)) hit++;
    phrasing = Math.max(phrasing, hit / (to - from));
  }
  const allFrom = bounds[bounds.length - 1] as number;
  let found = 0;
  for (const u of query) if (indexOfSorted(units, u, allFrom) >= 0) found++;
  return { phrasing, query: query.size > 0 ? found / query.size : 0 };
}
