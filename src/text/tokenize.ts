import { boundedMemo } from '../core/bounded-memo.js';
import { CHINESE_STOPWORDS } from './chinese-stopwords.js';
import { tagChinese } from './chinese-words.js';
import { DROPPABLE_WORDS, ENGLISH_STOPWORDS, stemEnglish } from './english.js';
import { longestMatch, rawLatinWords, pinyinSyllables, type Lexicon } from './lexicon.js';

export interface TokenizeOptions {
  /**
   * Repairs typos (queries only): a Chinese span that sounds like a lexicon term, or an English word
   * the `correctLatin` callback recognises as a misspelling of a known word.
   */
  readonly fuzzy?: boolean;
  readonly correctLatin?: (word: string) => string | null;
}

const RUNS = /(\p{Script=Han}+)|([a-z0-9' ]+)/gu;

/**
 * Splits normalised text (see normalizeText) into search tokens: domain terms and synonyms become
 * their canonical token (so 开公司, 注册公司 and "register a company" are one token), remaining
 * Chinese is segmented into words, English words are stemmed, stopwords are dropped.
 * The domain lexicon always gets the first say: general segmenters split 招商 or 喀左县 differently
 * from how the knowledge base means them (Intl.Segmenter even into single characters).
 */
export function tokenize(normalized: string, lexicon: Lexicon, options: TokenizeOptions = {}): string[] {
  const out: string[] = [];
  for (const m of normalized.matchAll(RUNS)) {
    if (m[1]) tokenizeHan(m[1], lexicon, options.fuzzy === true, out);
    else if (m[2]) tokenizeLatin(m[2], lexicon, options, out);
  }
  return out;
}

const SURROGATE = /[\uD800-\uDFFF]/;

function tokenizeHan(run: string, lexicon: Lexicon, fuzzy: boolean, out: string[]): void {
  // One element per character; split('') is much faster than the string iterator and is the same
  // when the run has no character outside the BMP.
  const chars = SURROGATE.test(run) ? [...run] : run.split('');
  const syllables = fuzzy ? pinyinSyllables(run) : [];
  let unknownStart = 0;
  let i = 0;
  while (i < chars.length) {
    const hit = longestMatch(lexicon.han, chars, i) ?? (fuzzy ? soundAlike(lexicon, chars, syllables, i) : null);
    if (!hit) {
      i++;
      continue;
    }
    if (unknownStart < i) segmentUnknown(chars.slice(unknownStart, i).join(''), out);
    out.push(hit.token);
    i += hit.length;
    unknownStart = i;
  }
  if (unknownStart < chars.length) segmentUnknown(chars.slice(unknownStart).join(''), out);
}

/** A lexicon term that sounds the same and differs in at most one character (a pinyin-input typo). */
function soundAlike(lexicon: Lexicon, chars: readonly string[], syllables: readonly string[], from: number) {
  const hit = longestMatch(lexicon.pinyin, syllables, from);
  if (!hit?.surface) return null;
  let differing = 0;
  for (let k = 0; k < hit.length; k++) if (hit.surface[k] !== chars[from + k]) differing++;
  return differing <= 1 ? hit : null;
}

// Spans recur (需要什么, 多长时间 …) across entries and queries; remembering their segmentation saves
// a native call each.
const segmentWords = boundedMemo(
  (span): readonly string[] =>
    tagChinese(span)
      .map(({ word }) => word)
      .filter((word) => !CHINESE_STOPWORDS.has(word)),
  100_000,
);

/** Text the lexicon does not know is cut into general Chinese words (jieba), fillers dropped. */
function segmentUnknown(span: string, out: string[]): void {
  for (const w of segmentWords(span)) out.push(w);
}

function tokenizeLatin(run: string, lexicon: Lexicon, options: TokenizeOptions, out: string[]): void {
  const raw = rawLatinWords(run);
  const words = raw.map((r) => {
    const w = stemEnglish(r);
    if (!options.fuzzy || !options.correctLatin || ENGLISH_STOPWORDS.has(r) || lexicon.latinWords.has(w)) return w;
    return options.correctLatin(w) ?? w;
  });
  // The words without articles and possessives, for terms matched without theirs (lexicon.latinLoose).
  const keptAt: number[] = [];
  const kept: string[] = [];
  const keptIndex = words.map((w, k) => {
    if (DROPPABLE_WORDS.has(raw[k] as string)) return -1;
    keptAt.push(k);
    return kept.push(w) - 1;
  });
  let i = 0;
  while (i < words.length) {
    const hit = longestMatch(lexicon.latin, words, i);
    const c = keptIndex[i] as number;
    const loose = c >= 0 ? longestMatch(lexicon.latinLoose, kept, c) : null;
    // Whichever covers more of the question's words; the literal term on a tie.
    const looseEnd = loose ? (keptAt[c + loose.length - 1] as number) + 1 : 0;
    if (loose && looseEnd - i > (hit?.length ?? 0)) {
      out.push(loose.token);
      i = looseEnd;
      continue;
    }
    if (hit) {
      out.push(hit.token);
      i += hit.length;
      continue;
    }
    if (!ENGLISH_STOPWORDS.has(raw[i] as string)) out.push(words[i] as string);
    i++;
  }
}
