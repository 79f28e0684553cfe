import { boundedMemo } from '../core/bounded-memo.js';
import { CHINESE_STOPWORDS } from './chinese-stopwords.js';
import { cutChinese, generalIdf } from './chinese-words.js';
import { mayChangeToSimplified, toSimplified } from './chinese-script.js';
import { longestMatch, longestMatchAfter, longestMatchIn, pinyinSyllables, type LatinWord, type Lexicon } from './lexicon.js';
import { normalizeText, unitFolding } from './normalize.js';

export interface TokenizeOptions {
  /**
   * Repairs typos (queries only): a Chinese span that sounds like a lexicon term, or an English word
   * the `correctLatin` callback recognises as a misspelling of a known word.
   */
  readonly fuzzy?: boolean;
  /** Must not tokenise (tokenizeLatin's scratch arrays are in use while it runs). */
  readonly correctLatin?: (word: string) => string | null;
}

/**
 * Splits normalised text (see normalizeText) into search tokens: domain terms and synonyms become
 * their canonical token (so 开公司, 注册公司 and "register a company" are one token), remaining
 * Chinese is segmented into words, English words are stemmed, stopwords are dropped.
 * The domain lexicon always gets the first say: general segmenters split 招商 or 喀左县 differently
 * from how the knowledge base means them (Intl.Segmenter even into single characters).
 */
export function tokenize(normalized: string, lexicon: Lexicon, options: TokenizeOptions = {}): string[] {
  return tokenizeInto(normalized, lexicon, [], options);
}

/**
 * tokenize(normalizeText(text)), appended to `out`: for index building, where every entry's every
 * text passes. Most text needs only its separators collapsed and ASCII lower-cased, and then its runs
 * and words are read from the raw text directly (the same runs and words: separators join English
 * words and end Chinese runs either way), without building the normalised string; any other text
 * (traditional characters, full-width letters, other scripts' capitals …) goes the general way.
 */
export function tokenizeText(text: string, lexicon: Lexicon, out: string[]): string[] {
  const start = out.length;
  // No closure for the general way: one would be made for every text (and under tsx, which
  // `npm start` runs, named by a call each).
  const n = text.length;
  // A character that may change to simplified (乾 alone, not in 乾隆) settles it for the whole text.
  let simplified = false;
  let i = 0;
  while (i < n) {
    const run = rawRunOf[text.charCodeAt(i)] as number;
    let end = i + 1;
    if (run === NEEDS_NORMALIZING) return tokenizeNormalizing(text, lexicon, out, start);
    if (run === HAN) {
      for (end = i; end < n && rawRunOf[text.charCodeAt(end)] === HAN; end++) {
        if (simplified || !mayChangeToSimplified(text.charCodeAt(end))) continue;
        if (toSimplified(text) !== text) return tokenizeNormalizing(text, lexicon, out, start);
        simplified = true;
      }
      tokenizeHan(text, i, end, lexicon, false, out);
    } else if (run === LATIN) {
      while (end < n && rawRunOf[text.charCodeAt(end)] === LATIN) end++;
      tokenizeLatin(text, rawWordsIn(text, i, end), lexicon, {}, out);
    }
    i = end;
  }
  return out;
}

/** The general way of tokenizeText: drops what it appended since `start` and tokenises the normalised text. */
function tokenizeNormalizing(text: string, lexicon: Lexicon, out: string[], start: number): string[] {
  out.length = start;
  return tokenizeInto(normalizeText(text), lexicon, out);
}

/** tokenize(), appending the tokens to `out` (index building gathers a field's texts in one array). */
export function tokenizeInto(normalized: string, lexicon: Lexicon, out: string[], options: TokenizeOptions = {}): string[] {
  // Runs of Chinese characters and runs of [a-z0-9 ], read by code unit: this is the hot loop of
  // index building, and a regex's match objects cost more than the scan.
  const n = normalized.length;
  let i = 0;
  while (i < n) {
    const run = runAt(normalized, i);
    let end = i + widthAt(normalized, i);
    while (end < n) {
      // Most characters are in the BMP: their run is one table read.
      const r = runOfUnit[normalized.charCodeAt(end)] as number;
      if (r === run && r !== OTHER) end++;
      else if (runAt(normalized, end) === run) end += widthAt(normalized, end);
      else break;
    }
    if (run === HAN) tokenizeHan(normalized, i, end, lexicon, options.fuzzy === true, out);
    else if (run === LATIN) tokenizeLatin(normalized, spacedWordsIn(normalized, i, end), lexicon, options, out);
    i = end;
  }
  return out;
}

const OTHER = 0;
const HAN = 1;
const LATIN = 2;
const HAN_CHAR = /^\p{Script=Han}$/u;
// The run kind of each BMP code unit, decided once by the Unicode property regex.
const runOfUnit = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (HAN_CHAR.test(ch)) runOfUnit[c] = HAN;
  else if (/^[a-z0-9 ]$/.test(ch)) runOfUnit[c] = LATIN;
}

// The run kind of each code unit of raw text, as normalizeText would make it (see tokenizeText):
// separators and ASCII letters of either case are English, a character that only the whole
// normalisation can settle sends the text the general way.
const NEEDS_NORMALIZING = 3;
const rawRunOf = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const folding = unitFolding(c);
  if (folding === 'general') rawRunOf[c] = NEEDS_NORMALIZING;
  else if (folding === 'separator') rawRunOf[c] = LATIN;
  else if (runOfUnit[c] === HAN) rawRunOf[c] = HAN;
  else if (/^[A-Za-z0-9]$/.test(String.fromCharCode(c))) rawRunOf[c] = LATIN;
}

/** Puts where the English words of raw text[start, end) (letters and digits) are, split at separators, in runStarts / runEnds: their count. */
function rawWordsIn(text: string, start: number, end: number): number {
  let n = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    // The run holds only ASCII letters, digits and separators.
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) {
      if (from < i) {
        runStarts[n] = from;
        runEnds[n++] = i;
      }
      from = i + 1;
    }
  }
  return n;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Which run the character at code unit i belongs to (a character outside the BMP: ask the regex). */
function runAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < text.length) return HAN_CHAR.test(text.slice(i, i + 2)) ? HAN : OTHER;
  return runOfUnit[c] as number;
}

const widthAt = (text: string, i: number): number => (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1);

const NO_SYLLABLES: readonly string[] = [];

/** The Chinese run text[start, end): lexicon terms first, then general words for what is left. */
function tokenizeHan(text: string, start: number, end: number, lexicon: Lexicon, fuzzy: boolean, out: string[]): void {
  const syllables = fuzzy ? unitSyllables(text.slice(start, end)) : NO_SYLLABLES;
  let unknownStart = start;
  let i = start;
  while (i < end) {
    const exact = longestMatchIn(lexicon.han, text, i, end);
    // A longer term by sound beats a shorter one as written (营商环境建社局: the bureau, not 营商 and
    // 建社局), unless a word as written starts inside it and reaches further: a term (招公务员: 公务员, not
    // 招工 by sound) or, right after the written term, a general word (多少千瓦: 千瓦, not 多少钱; 紫陶介绍:
    // 介绍, not 紫陶节; 停工企业: 企业, not 停工期).
    const bySound = fuzzy ? soundAlike(lexicon, text, syllables, start, i) : null;
    const hit =
      bySound &&
      bySound.length > (exact?.length ?? 0) &&
      !writtenTermOverruns(lexicon, text, i, bySound.length, end) &&
      !generalWordOverruns(text, i + (exact?.length ?? 0), i + bySound.length, end)
        ? bySound
        : exact;
    if (!hit) {
      i++;
      continue;
    }
    if (unknownStart < i) segmentUnknown(text, unknownStart, i, out);
    out.push(hit.token);
    i += hit.length;
    unknownStart = i;
  }
  if (unknownStart < end) segmentUnknown(text, unknownStart, end, out);
}

/** Whether a term as written starts inside text[from, from + length) and ends after it. */
function writtenTermOverruns(lexicon: Lexicon, text: string, from: number, length: number, end: number): boolean {
  for (let k = from + 1; k < from + length; k++) {
    const m = longestMatchIn(lexicon.han, text, k, end);
    if (m && k + m.length > from + length) return true;
  }
  return false;
}

/** Whether a general Chinese word (jieba's dictionary) starts at `from` and ends after `to`. */
function generalWordOverruns(text: string, from: number, to: number, end: number): boolean {
  for (let stop = to + 1; stop <= Math.min(end, from + 4); stop++) if (generalIdf(text.slice(from, stop)) !== undefined) return true;
  return false;
}

/** Toneless pinyin per code unit of a Chinese run (the second unit of a surrogate pair gets ''). */
function unitSyllables(run: string): string[] {
  const syllables = pinyinSyllables(run);
  if (syllables.length === run.length) return syllables;
  const out: string[] = [];
  let k = 0;
  for (const ch of run) {
    out.push(syllables[k++] ?? '');
    if (ch.length === 2) out.push('');
  }
  return out;
}

/** A lexicon term that sounds the same and differs in at most one character (a pinyin-input typo). */
function soundAlike(lexicon: Lexicon, text: string, syllables: readonly string[], runStart: number, from: number) {
  const hit = longestMatch(lexicon.pinyin, syllables, from - runStart);
  if (!hit?.surface) return null;
  let differing = 0;
  for (let k = 0; k < hit.length; k++) if (hit.surface.charCodeAt(k) !== text.charCodeAt(from + k)) differing++;
  return differing <= 1 ? hit : null;
}

// Spans recur (需要什么, 多长时间 …) across entries and queries; remembering their segmentation saves
// a native call each.
const segmentWords = boundedMemo((span): readonly string[] => cutChinese(span).filter((word) => !CHINESE_STOPWORDS.has(word)), 100_000);

/** Text the lexicon does not know is cut into general Chinese words (jieba), fillers dropped. */
function segmentUnknown(text: string, start: number, end: number, out: string[]): void {
  const words = end - start === 1 ? segmentedUnit(text.charCodeAt(start)) : segmentWords(text.slice(start, end));
  for (const w of words) out.push(w);
}

// Most unknown spans are one character between two terms (的, 在, 办): remembered by code unit, with
// no string cut out of the text to look them up.
const unitWords = new Array<readonly string[] | undefined>(0x10000).fill(undefined);
const segmentedUnit = (unit: number): readonly string[] => (unitWords[unit] ??= segmentWords(String.fromCharCode(unit)));

// Scratch arrays of tokenizeLatin, reused run after run (it is synchronous and calls nothing that
// tokenises): arrays made per English run were a quarter of the index build's garbage.
/** Where the words of the run are in its text: filled by rawWordsIn / spacedWordsIn. */
const runStarts: number[] = [];
const runEnds: number[] = [];
const runInfos: LatinWord[] = [];
const runWords: string[] = [];
const runKept: string[] = [];
const runKeptAt: number[] = [];
const runKeptIndex: number[] = [];

/** The English run of `text` whose n words are at runStarts / runEnds. */
function tokenizeLatin(text: string, n: number, lexicon: Lexicon, options: TokenizeOptions, out: string[]): void {
  const infos = runInfos;
  const words = runWords;
  let droppable = false;
  for (let k = 0; k < n; k++) {
    const info = lexicon.latinWordFacts.get(text, runStarts[k] as number, runEnds[k] as number);
    infos[k] = info;
    let w = info.stem;
    if (options.fuzzy && options.correctLatin && !info.stopword && !lexicon.latinWords.has(w)) w = options.correctLatin(w) ?? w;
    words[k] = w;
    if (info.droppable) droppable = true;
  }
  // The words without articles and possessives, for terms matched without theirs (lexicon.latinLoose):
  // kept[c] is words[runKeptAt[c]], and runKeptIndex[k] is word k's place in kept (-1 when dropped).
  const kept = droppable ? runKept : words;
  let keptCount = n;
  if (droppable) {
    keptCount = 0;
    for (let k = 0; k < n; k++) {
      if ((infos[k] as LatinWord).droppable) runKeptIndex[k] = -1;
      else {
        runKeptIndex[k] = keptCount;
        runKeptAt[keptCount] = k;
        runKept[keptCount++] = words[k] as string;
      }
    }
  }
  let i = 0;
  while (i < n) {
    const word = words[i] as string;
    const info = infos[i] as LatinWord;
    // A repaired word is no longer the word the remembered facts are about.
    const repaired = word !== info.stem;
    const c = droppable ? (runKeptIndex[i] as number) : i;
    // Most words begin no term, and the remembered word says so (and where its terms go on) without
    // looking in either trie.
    const first = repaired ? lexicon.latin.children?.get(word) : info.term;
    const hit = first ? longestMatchAfter(first, words, i + 1, n) : null;
    const looseFirst = c < 0 ? undefined : repaired ? lexicon.latinLoose.children?.get(word) : info.looseTerm;
    const loose = looseFirst ? longestMatchAfter(looseFirst, kept, c + 1, keptCount) : null;
    // Whichever covers more of the question's words; the literal term on a tie.
    const looseEnd = loose ? (droppable ? (runKeptAt[c + loose.length - 1] as number) : c + loose.length - 1) + 1 : 0;
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
    if (!info.stopword) out.push(word);
    i++;
  }
}

/** Puts where the words of normalised text[start, end), a run of [a-z0-9 ], are in runStarts / runEnds: their count. */
function spacedWordsIn(text: string, start: number, end: number): number {
  let n = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 0x20) continue;
    if (from < i) {
      runStarts[n] = from;
      runEnds[n++] = i;
    }
    from = i + 1;
  }
  return n;
}
