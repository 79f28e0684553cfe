import { stemEnglish } from '../text/english.js';
import { pinyinSyllables } from '../text/lexicon.js';

/**
 * Deciding that two askings are the same question, so staff answer once and everyone gets it.
 *
 * Merging two different questions would send someone an answer to a question they did not ask,
 * which is worse than asking staff twice; so the rules are deliberately narrow:
 * 1. The grouping key drops only what never changes a question's meaning: punctuation, spaces,
 *    greetings and politeness (请问, 您好, please), sentence-final particles (吗, 呢, 啊), 的, and
 *    English articles. Question words (多久, 多少, when, where) and negations are kept.
 * 2. Otherwise two keys are near-identical when, unit by unit (a unit is one Han character or one
 *    English word), they differ only by typos and filler: a homophone character (哪/那, the usual
 *    pinyin-input slip), an English word one letter off, or an inserted filler (都, 也, 我, 县, I, we);
 *    at most `maxEdits` of these, with the same numbers and the same negations. A different word —
 *    分公司 vs 子公司, own vs lease, 多久 vs 多少 — always keeps two questions apart. Character-bigram
 *    similarity is only a cheap pre-filter.
 */
export interface GroupingOptions {
  readonly maxEdits: number;
  readonly minSimilarity: number;
  readonly minUnitsForFuzzy: number;
}

export const GROUPING_DEFAULTS: GroupingOptions = Object.freeze({
  maxEdits: 2,
  /** Pairs less similar than this (character-bigram Dice, 0–1) are not compared further. */
  minSimilarity: 0.6,
  /** Keys shorter than this (in units) must match exactly. */
  minUnitsForFuzzy: 6,
});

const POLITE_ZH = /请问一下|请问|想问一下|想问下|想问|问一下|问下|麻烦问一下|麻烦问下|麻烦|您好|你好|谢谢您|谢谢|多谢/g;
const FINAL_PARTICLES = /[吗呢啊吧呀哦嘛啦呗哈喔哇么]+$/u;
const FILLER_EN: ReadonlySet<string> = new Set(['a', 'an', 'the', 'please', 'pls', 'plz', 'hi', 'hello', 'hey', 'thanks', 'thank', 'dear']);
/** Units whose insertion or deletion does not change what is asked. */
const SOFT_UNITS: ReadonlySet<string> = new Set([...'都也还就又我您你咱县请', 'i', 'we', 'me', 'us', 'my', 'our', 'also', 'just', 'really', 'kindly']);
// normalizeText turns "don't" into "don t", so a lone "t" is an English negation too.
const NEGATION = /不|没|无|非|别|未|勿|\b(?:not?|never|without|t)\b/g;
const NUMBER = /\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万亿]+(?=[个年月日天号层亩平方米元块岁名人项家])/g;
const UNIT = /\p{Script=Han}|[a-z0-9']+/gu;

/**
 * The grouping key of a normalised question (see normalizeText): its units joined by single spaces,
 * where a unit is one Han character or one stemmed English word (numbers as written).
 */
export function groupingKey(normalized: string): string {
  const units: string[] = [];
  for (const clause of normalized.split(' ').filter(Boolean)) {
    const cleaned = clause.replace(POLITE_ZH, '').replace(/的/g, '').replace(FINAL_PARTICLES, '');
    for (const [unit] of cleaned.matchAll(UNIT)) {
      if (/^\p{Script=Han}$/u.test(unit)) units.push(unit);
      else if (!FILLER_EN.has(unit)) units.push(/^\d/.test(unit) ? unit : stemEnglish(unit));
    }
  }
  return units.join(' ');
}

/** Dice similarity (0–1) of two keys' unit bigrams; single-unit keys compare their one unit. */
export function bigramSimilarity(a: string, b: string): number {
  const ba = bigrams(a.split(' ').filter(Boolean));
  const bb = bigrams(b.split(' ').filter(Boolean));
  let common = 0;
  let total = 0;
  for (const [g, n] of ba) common += Math.min(n, bb.get(g) ?? 0);
  for (const n of ba.values()) total += n;
  for (const n of bb.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/** True when two grouping keys are the same question (see the rules above). */
export function sameQuestion(a: string, b: string, options: GroupingOptions = GROUPING_DEFAULTS): boolean {
  if (a === b) return a.length > 0;
  const ua = a.split(' ').filter(Boolean);
  const ub = b.split(' ').filter(Boolean);
  if (Math.min(ua.length, ub.length) < options.minUnitsForFuzzy) return false;
  if (Math.abs(ua.length - ub.length) > options.maxEdits) return false;
  if (!sameMatches(a, b, NUMBER) || !sameMatches(a, b, NEGATION)) return false;
  if (bigramSimilarity(a, b) < options.minSimilarity) return false;
  const { hard, soft } = alignUnits(ua, ub, sounds(ua), sounds(ub));
  return hard === 0 && soft <= options.maxEdits;
}

/**
 * The open item a new asking should join: an exact key match first, else the most similar
 * near-identical one (the oldest on a tie). Null: it is a new question.
 */
export function findSameQuestion(
  key: string,
  open: readonly { readonly id: number; readonly groupKey: string }[],
  options: GroupingOptions = GROUPING_DEFAULTS,
): number | null {
  const exact = open.find((o) => o.groupKey === key && key.length > 0);
  if (exact) return exact.id;
  let best: { id: number; score: number } | null = null;
  for (const o of open) {
    if (!sameQuestion(key, o.groupKey, options)) continue;
    const score = bigramSimilarity(key, o.groupKey);
    if (!best || score > best.score) best = { id: o.id, score };
  }
  return best?.id ?? null;
}

function bigrams(units: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const grams = units.length === 1 ? [units[0]!] : units.slice(1).map((u, i) => `${units[i]}\u0000${u}`);
  for (const g of grams) out.set(g, (out.get(g) ?? 0) + 1);
  return out;
}

function sameMatches(a: string, b: string, pattern: RegExp): boolean {
  // Han units are rejoined so that multi-character numbers (十二个) are seen whole.
  const found = (s: string) =>
    (s.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '').match(pattern) ?? []).sort().join('|');
  return found(a) === found(b);
}

/** Toneless pinyin of each Han unit (in context, so polyphones read right); other units stand for themselves. */
function sounds(units: readonly string[]): string[] {
  const out = [...units];
  let i = 0;
  while (i < units.length) {
    if (!/^\p{Script=Han}$/u.test(units[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && /^\p{Script=Han}$/u.test(units[j]!)) j++;
    pinyinSyllables(units.slice(i, j).join('')).forEach((py, k) => (out[i + k] = py));
    i = j;
  }
  return out;
}

const HARD = 1000;

/**
 * The cheapest alignment of two unit sequences, counting hard edits (a different word) and soft ones
 * (a typo, an inserted filler) separately: weighted Levenshtein with hard edits costing HARD.
 */
function alignUnits(a: readonly string[], b: readonly string[], sa: readonly string[], sb: readonly string[]) {
  const indel = (u: string) => (SOFT_UNITS.has(u) ? 1 : HARD);
  const sub = (i: number, j: number) => (a[i] === b[j] ? 0 : sa[i] === sb[j] || wordTypo(a[i]!, b[j]!) ? 1 : HARD);
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev.push(prev[j - 1]! + indel(b[j - 1]!));
  for (let i = 1; i <= a.length; i++) {
    const row = [prev[0]! + indel(a[i - 1]!)];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + indel(a[i - 1]!), row[j - 1]! + indel(b[j - 1]!), prev[j - 1]! + sub(i - 1, j - 1)));
    }
    prev = row;
  }
  const cost = prev[b.length]!;
  return { hard: Math.floor(cost / HARD), soft: cost % HARD };
}

/** Two English words of five letters or more, one letter apart (or two adjacent letters swapped). */
function wordTypo(a: string, b: string): boolean {
  if (!/^[a-z]{5,}$/.test(a) || !/^[a-z]{5,}$/.test(b) || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, n: number) => x.slice(i + n);
  return (
    tail(a, 1) === tail(b, 1) ||
    tail(a, 1) === tail(b, 0) ||
    tail(a, 0) === tail(b, 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(a, 2) === tail(b, 2))
  );
}
