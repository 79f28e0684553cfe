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
      const word = t.slice(i, j);
      // Function words ("how does it take") would make every English question overlap every entry.
      if (j - i > 2 && !ENGLISH_STOPWORDS.has(word)) visit(-1 - wordHash(stemEnglish(word)));
      i = j;
    } else i++;
  }
}

/** CJK unified ideographs (and extension A, compatibility ideographs) in the BMP. */
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** FNV-1a, 31 bits: enough to tell apart the few English words of one question and entry. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 1) & 0x7fffffff;
}

export interface EntrySurface {
  /** Each phrasing's distinct units. */
  readonly phrasings: readonly Float64Array[];
  /** All the entry's distinct units, ascending (looked up by binary search). */
  readonly all: Float64Array;
  /** All the entry's text, lower-cased, for looking up the places and sums of money it mentions. */
  readonly text: string;
}

/**
 * An entry's units. Computed on the entry's text lower-cased only (not fully normalised): entries are
 * written in simplified characters, and this runs for every new candidate on the query path.
 * Kept in typed arrays, not Sets: surfaces are remembered for the life of the index, and thousands of
 * small hash sets made every young-generation garbage collection copy them (measured: 4–5 ms pauses
 * inside queries at 50,000 entries, the p99).
 */
export function entrySurface(entry: KnowledgeEntry): EntrySurface {
  // Units are gathered in one reused buffer and kept as sorted distinct typed arrays: this runs for
  // each new candidate on the query path, and its garbage is what young-generation collections cost.
  const phrasings = [...entry.questions.zh, ...entry.questions.en].map((text) => {
    buffer.clear();
    forEachSurfaceUnit(text.toLowerCase(), buffer.push);
    return buffer.sortedDistinct();
  });
  buffer.clear();
  for (const p of phrasings) for (let i = 0; i < p.length; i++) buffer.push(p[i] as number);
  for (const text of [entry.answer.zh, entry.answer.en, ...entry.keywords.zh, ...entry.keywords.en]) {
    forEachSurfaceUnit(text.toLowerCase(), buffer.push);
  }
  const all = buffer.sortedDistinct();
  let text: string | undefined;
  return {
    phrasings,
    all,
    // Needed only for questions that name a place or a price: joined on first use.
    get text() {
      text ??= [...entry.questions.zh, ...entry.questions.en, entry.answer.zh, entry.answer.en, ...entry.keywords.zh, ...entry.keywords.en]
        .join('\n')
        .toLowerCase();
      return text;
    },
  };
}

/** A growable array of units, reused: its contents are copied out by sortedDistinct(). */
class UnitBuffer {
  private units = new Float64Array(1024);
  private length = 0;

  clear(): void {
    this.length = 0;
  }

  readonly push = (unit: number): void => {
    if (this.length === this.units.length) {
      const bigger = new Float64Array(this.length * 2);
      bigger.set(this.units);
      this.units = bigger;
    }
    this.units[this.length++] = unit;
  };

  /** The units so far, ascending and without repeats, in an array of their own. */
  sortedDistinct(): Float64Array {
    const sorted = this.units.subarray(0, this.length).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] as number;
    return sorted.slice(0, n);
  }
}

/** The scratch buffer of entrySurface (synchronous, so one is enough). */
const buffer = new UnitBuffer();

/**
 * How much one of the entry's phrasings appears in the query (best phrasing), and how much of the
 * query appears anywhere in the entry, both as shares of surface units.
 */
export function surfaceOverlap(query: Set<number>, entry: EntrySurface): { phrasing: number; query: number } {
  let phrasing = 0;
  for (const p of entry.phrasings) {
    if (p.length === 0) continue;
    let hit = 0;
    for (let i = 0; i < p.length; i++) if (query.has(p[i] as number)) hit++;
    phrasing = Math.max(phrasing, hit / p.length);
  }
  let found = 0;
  for (const u of query) if (indexOfSorted(entry.all, u) >= 0) found++;
  return { phrasing, query: query.size > 0 ? found / query.size : 0 };
}
