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
  const t = normalized ? text : normalizeText(text);
  const units = new Set<number>();
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (isHan(c)) {
      let j = i + 1;
      while (j < t.length && isHan(t.charCodeAt(j))) j++;
      if (j - i === 1) units.add(c);
      for (let k = i; k + 1 < j; k++) units.add(((t.charCodeAt(k) << 16) | t.charCodeAt(k + 1)) >>> 0);
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < t.length && isWordChar(t.charCodeAt(j))) j++;
      const word = t.slice(i, j);
      // Function words ("how does it take") would make every English question overlap every entry.
      if (j - i > 2 && !ENGLISH_STOPWORDS.has(word)) units.add(-1 - wordHash(stemEnglish(word)));
      i = j;
    } else i++;
  }
  return units;
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
  readonly phrasings: readonly Set<number>[];
  readonly all: Set<number>;
  /** All the entry's text, lower-cased, for looking up names (places) it mentions. */
  readonly text: string;
}

/**
 * An entry's units. Computed on the entry's text lower-cased only (not fully normalised): entries are
 * written in simplified characters, and this runs for every new candidate on the query path.
 */
export function entrySurface(entry: KnowledgeEntry): EntrySurface {
  const units = (text: string) => surfaceUnits(text.toLowerCase(), true);
  const phrasings = [...entry.questions.zh, ...entry.questions.en].map(units);
  const all = new Set<number>(phrasings.flatMap((p) => [...p]));
  for (const text of [entry.answer.zh, entry.answer.en, ...entry.keywords.zh, ...entry.keywords.en]) {
    for (const u of units(text)) all.add(u);
  }
  let text: string | undefined;
  return {
    phrasings,
    all,
    // Needed only for questions that name a place: joined on first use.
    get text() {
      text ??= [...entry.questions.zh, ...entry.questions.en, entry.answer.zh, entry.answer.en, ...entry.keywords.zh, ...entry.keywords.en]
        .join('\n')
        .toLowerCase();
      return text;
    },
  };
}

/**
 * How much one of the entry's phrasings appears in the query (best phrasing), and how much of the
 * query appears anywhere in the entry, both as shares of surface units.
 */
export function surfaceOverlap(query: Set<number>, entry: EntrySurface): { phrasing: number; query: number } {
  let phrasing = 0;
  for (const p of entry.phrasings) {
    if (p.size === 0) continue;
    let hit = 0;
    for (const u of p) if (query.has(u)) hit++;
    phrasing = Math.max(phrasing, hit / p.size);
  }
  let found = 0;
  for (const u of query) if (entry.all.has(u)) found++;
  return { phrasing, query: query.size > 0 ? found / query.size : 0 };
}
