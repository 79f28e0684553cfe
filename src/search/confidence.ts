import type { KnowledgeEntry } from '../knowledge/types.js';
import { generalIdf, isNoun } from '../text/chinese-words.js';
import { englishIdf } from '../text/english-words.js';
import { GENERIC_WORDS } from '../text/generic-words.js';
import { ASPECT_PREFIX, isActionToken, isAspectToken } from '../text/lexicon.js';
import type { SearchConfig } from './config.js';

/**
 * How much a subject token says about what is asked, independent of this knowledge base: a named
 * domain subject (施工许可) weighs most; another Chinese word weighs its IDF in general Chinese
 * (护照 9.7, 外地 7.8, 一下 4.9), so context chatter counts less than a foreign subject; an English
 * word likewise by its frequency in spoken English (passport a lot, anyone little).
 */
export function tokenWeight(token: string, isSubject: (t: string) => boolean, config: SearchConfig): number {
  // Question forms and procedures say what is asked, not about what: they are weighed elsewhere.
  if (isAspectToken(token) || isActionToken(token)) return 0;
  if (isSubject(token)) return config.weights.domainTerm;
  if (GENERIC_WORDS.has(token)) return config.weights.genericWord;
  if (/^\d+$/.test(token)) return config.weights.number;
  if (/^\p{Script=Han}+$/u.test(token)) {
    const idf = generalIdf(token) ?? config.weights.unknownWord;
    // Verbs, adverbs, pronouns, numerals and idioms (跑, 挨个, 咋, 好几趟, 说说看) frame a question; nouns
    // (护照, 商标, 酒店) name what it is about.
    const frame = isNoun(token) ? 1 : config.weights.nonNounFactor;
    return idf * frame * (token.length === 1 ? config.weights.singleCharFactor : 1);
  }
  const idf = englishIdf(token);
  return idf === undefined ? config.weights.unknownWord : Math.max(1, idf - config.weights.englishIdfOffset);
}

/** An entry's phrasings reduced to what the confidence needs: subject tokens and aspects. */
export interface EntryProfile {
  /** Each phrasing's distinct subject tokens (phrasings that name no subject are left out). */
  readonly phrasings: readonly (readonly string[])[];
  /** The aspects of phrasings that name no subject at all ("电话多少", "how long does it take"). */
  readonly subjectFree: readonly (readonly string[])[];
  /** Aspects the entry answers: its `aspect` field, else the aspects its phrasings ask. */
  readonly aspects: ReadonlySet<string>;
}

export function entryProfile(
  entry: KnowledgeEntry,
  phrasingTokens: readonly (readonly string[])[],
  weakAspects: readonly string[] = [],
): EntryProfile {
  // One pass per phrasing (this runs for every entry when the index is built, and every profile is
  // kept: a large knowledge base holds tens of thousands). A phrasing has a handful of tokens and
  // aspects: scratch arrays searched in place beat sets here, and only what is kept is copied out
  // (arrays made per phrasing were a third of the index build's garbage).
  const { subjects, aspects, asked, phrasings } = profileScratch;
  let askedCount = 0;
  let phrasingCount = 0;
  let subjectFree: (readonly string[])[] | undefined;
  for (const tokens of phrasingTokens) {
    let subjectCount = 0;
    let aspectCount = 0;
    for (const t of tokens) {
      if (isAspectToken(t)) {
        const a = aspectOf(t);
        if (!includesBefore(aspects, aspectCount, a)) aspects[aspectCount++] = a;
      } else if (!includesBefore(subjects, subjectCount, t)) subjects[subjectCount++] = t;
    }
    // 电话是多少 asks a phone number, not how many (as in queries): a weak aspect counts only alone.
    let strong = false;
    for (let k = 0; k < aspectCount; k++) if (!weakAspects.includes(aspects[k] as string)) strong = true;
    for (let k = 0; k < aspectCount; k++) {
      const a = aspects[k] as string;
      if (!(strong && weakAspects.includes(a)) && !includesBefore(asked, askedCount, a)) asked[askedCount++] = a;
    }
    // Phrasings that differ only in their question form have the same subjects: kept once (the best
    // phrasing's coverage is what counts).
    if (subjectCount > 0) {
      let seen = false;
      for (let k = 0; k < phrasingCount && !seen; k++) seen = sameAsBefore(phrasings[k] as readonly string[], subjects, subjectCount);
      if (!seen) phrasings[phrasingCount++] = subjects.slice(0, subjectCount);
    } else if (aspectCount > 0) (subjectFree ??= []).push(withoutWeakAspects(aspects.slice(0, aspectCount), weakAspects));
  }
  const declared = entry.aspect && entry.aspect !== 'overview' ? sharedAspectSet([entry.aspect], 1) : sharedAspectSet(asked, askedCount);
  return { phrasings: phrasings.slice(0, phrasingCount), subjectFree: subjectFree ?? NONE, aspects: declared };
}

/** entryProfile's scratch arrays, reused entry after entry (it is synchronous). */
const profileScratch = { subjects: [] as string[], aspects: [] as string[], asked: [] as string[], phrasings: [] as (readonly string[])[] };

/** Whether `x` is among the first `count` items of `list`. */
function includesBefore(list: readonly string[], count: number, x: string): boolean {
  for (let k = 0; k < count; k++) if (list[k] === x) return true;
  return false;
}

/** Whether `kept` is the first `count` items of `list`. */
function sameAsBefore(kept: readonly string[], list: readonly string[], count: number): boolean {
  if (kept.length !== count) return false;
  for (let k = 0; k < count; k++) if (kept[k] !== list[k]) return false;
  return true;
}

/** The aspect an aspect token stands for (aspect:duration: duration), remembered: tokens are few and recur. */
const aspectNames = new Map<string, string>();
function aspectOf(token: string): string {
  let name = aspectNames.get(token);
  if (name === undefined) aspectNames.set(token, (name = token.slice(ASPECT_PREFIX.length)));
  return name;
}

const NONE: readonly (readonly string[])[] = [];

// Entries answer a handful of aspect combinations: each is one set that the profiles share, not a set
// per entry. Bounded by the aspects' vocabulary (knowledge/aspects), not by the entries.
const aspectSets = new Map<string, ReadonlySet<string>>();

/** The shared set of the first `count` aspects of `list`. */
function sharedAspectSet(list: readonly string[], count: number): ReadonlySet<string> {
  // Most entries answer one aspect (their `aspect` field, or one their phrasings ask).
  const key = count === 1 ? (list[0] as string) : list.slice(0, count).sort().join(' ');
  let set = aspectSets.get(key);
  if (!set) aspectSets.set(key, (set = new Set(list.slice(0, count))));
  return set;
}

/** The aspects without the weak ones when a stronger one is there too (a weak aspect counts only alone). */
function withoutWeakAspects(aspects: readonly string[], weakAspects: readonly string[]): readonly string[] {
  return aspects.some((a) => !weakAspects.includes(a)) ? aspects.filter((a) => !weakAspects.includes(a)) : aspects;
}

/** The query side, computed once per query. */
export interface QueryProfile {
  readonly tokens: readonly string[];
  readonly asked: ReadonlySet<string>;
  readonly aspects: ReadonlySet<string>;
  readonly weights: readonly number[];
  readonly subjectWeight: number;
  /** The message is put as a question (text/question-form.ts), not said as a remark. */
  readonly questioning: boolean;
}

/**
 * `weakAspects` count only when nothing else is asked: 多少 in 价格是多少 or 时限是多少 asks the price or
 * the time limit, not a number of things, and must not let an entry that counts things (四大产业集群)
 * agree with a question about a price.
 */
export function queryProfile(
  tokens: readonly string[],
  weightOf: (t: string) => number,
  weakAspects: readonly string[] = [],
  questioning = false,
): QueryProfile {
  const weights = tokens.map(weightOf);
  const aspects = new Set(withoutWeakAspects(tokens.filter(isAspectToken).map(aspectOf), weakAspects));
  return {
    tokens,
    asked: new Set(tokens),
    aspects,
    weights,
    subjectWeight: weights.reduce((a, b) => a + b, 0),
    questioning,
  };
}

export interface Confidence {
  readonly confidence: number;
  readonly phrasingCoverage: number;
  readonly queryCoverage: number;
  readonly aspectFactor: number;
  /** Weight of the query's subject words this entry contains / does not contain, and the heaviest missing one. */
  readonly matchedWeight: number;
  readonly unmatchedWeight: number;
  readonly unmatchedMax: number;
}

const NOT_SMALLTALK: Confidence = Object.freeze({
  confidence: 0,
  phrasingCoverage: 0,
  queryCoverage: 0,
  aspectFactor: 0,
  matchedWeight: 0,
  unmatchedWeight: 0,
  unmatchedMax: 0,
});

/**
 * The calibrated confidence that `entry` answers the query. For each of the entry's phrasings:
 * - coverage: the weighted share of the phrasing's SUBJECT words the query contains (does the
 *   question name what this entry is about?), discounted when the phrasing names almost nothing
 *   (a phrasing whose only subject is the county's name must not match every question about it);
 * - explained: how much of the query is accounted for, half by the whole entry (any field), half by
 *   this phrasing, softened by an exponent because investors wrap questions in context ("our drawings
 *   are approved, …"); the phrasing that explains more of the question wins a tie.
 * The best phrasing's fit is multiplied by aspect agreement: a question asking "how long" is not
 * answered by a "what materials" entry. A question naming no subject at all ("电话多少") can only be
 * matched by a phrasing that names none either and asks the same aspect.
 * Bit i of `matched` tells whether query token i occurs anywhere in the entry (from the index);
 * tokens past the 31st count as found.
 */
export function confidenceOf(
  entry: KnowledgeEntry,
  profile: EntryProfile,
  query: QueryProfile,
  matched: number,
  weightOf: (t: string) => number,
  config: SearchConfig,
  /** The subject words of every small-talk phrasing. */
  smalltalkWords: ReadonlySet<string>,
): Confidence {
  // Small talk's answer describes what the bot can do (施工许可, 开公司 …): only small talk's phrasings
  // count as matching a message, or every question would also look like a greeting; any small talk's,
  // as one message often says two things (thanks and bye).
  const smalltalk = entry.category === 'smalltalk';
  // A question about something is not a pleasantry, whatever it thanks for (Thanks, can I submit the
  // rest of the documents…?); a remark is (謝謝你，資料很清楚; 谢谢，我知道去哪办了; 好的，多久能办好我再
  // 联系你). 幾個 alone (想再請教幾個問題) asks nothing: a weak aspect counts only with another.
  if (smalltalk && query.questioning && [...query.aspects].some((a) => !config.weakAspects.includes(a) && !profile.aspects.has(a))) {
    return NOT_SMALLTALK;
  }
  let covered = 0;
  let unmatchedMax = 0;
  query.weights.forEach((w, i) => {
    if (smalltalk ? smalltalkWords.has(query.tokens[i] as string) : i >= 31 || (matched & (1 << i)) !== 0) covered += w;
    else unmatchedMax = Math.max(unmatchedMax, w);
  });
  const queryCoverage = query.subjectWeight > 0 ? covered / query.subjectWeight : 1;
  // Small talk must fill the message: "您好，施工许可要几天" is a permit question, not a greeting.
  const exponent = smalltalk ? 1 : config.queryCoverageExponent;

  let phrasingCoverage = 0;
  let best = 0;
  if (query.subjectWeight === 0) {
    const asks = (aspects: readonly string[]) => aspects.some((a) => query.aspects.has(a));
    if (query.aspects.size > 0 && profile.subjectFree.some(asks)) phrasingCoverage = best = 1;
  } else {
    for (const p of profile.phrasings) {
      let have = 0;
      let all = 0;
      for (const t of p) {
        const w = weightOf(t);
        all += w;
        if (query.asked.has(t)) have += w;
      }
      if (all === 0) continue;
      const coverage = (have / all) * Math.min(1, all / config.minPhrasingWeight);
      const explained = (queryCoverage + have / query.subjectWeight) / 2;
      const fit = coverage * explained ** exponent;
      if (fit > best) {
        best = fit;
        phrasingCoverage = coverage;
      }
    }
  }

  let aspectFactor = 1;
  if (query.aspects.size > 0) {
    const agrees = [...query.aspects].some((a) => profile.aspects.has(a));
    if (!agrees) aspectFactor = profile.aspects.size === 0 ? config.aspectUnstatedFactor : config.aspectMismatchFactor;
  }
  return {
    confidence: best * aspectFactor,
    phrasingCoverage,
    queryCoverage,
    aspectFactor,
    matchedWeight: covered,
    unmatchedWeight: query.subjectWeight - covered,
    unmatchedMax,
  };
}
