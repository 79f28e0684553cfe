import { boundedMemo } from '../core/bounded-memo.js';
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types.js';
import { buildLexicon, type Lexicon } from '../text/lexicon.js';
import { tokenizeText } from '../text/tokenize.js';
import type { FieldTokens } from './term-counts.js';

/** The parts of an entry the index reads. */
export type EntryTexts = Pick<KnowledgeEntry, 'questions' | 'keywords' | 'answer'>;

/** An entry's tokens: per field for the index, and each question phrasing's own for its profile. */
export interface EntryTokens {
  readonly fields: FieldTokens;
  readonly phrasings: readonly (readonly string[])[];
}

/** What the lexicon is built from: the knowledge base's vocabulary and every entry's keywords. */
export interface LexiconSource {
  readonly synonyms: KnowledgeBase['synonyms'];
  readonly keywords: readonly string[];
  readonly aspects: NonNullable<KnowledgeBase['aspects']>;
  readonly actions: NonNullable<KnowledgeBase['actions']>;
}

export function lexiconSourceOf(kb: KnowledgeBase): LexiconSource {
  const keywords: string[] = [];
  for (const e of kb.entries) keywords.push(...e.keywords.zh, ...e.keywords.en);
  return { synonyms: kb.synonyms, keywords, aspects: kb.aspects ?? {}, actions: kb.actions ?? {} };
}

export const lexiconFrom = (source: LexiconSource): Lexicon => buildLexicon(source.synonyms, source.keywords, source.aspects, source.actions);

/**
 * Tokenises entries with `lexicon`: the tokens of every field of an entry, both languages together
 * (so either language finds it), and each question phrasing's own. Keywords recur across entries (a
 * town's, a park's name): each is tokenised once.
 */
export function entryTokenizer(lexicon: Lexicon): (entry: EntryTexts) => EntryTokens {
  const keywordTokens = boundedMemo((keyword) => tokenizeText(keyword, lexicon, []), 100_000);
  // Appended field by field into one array each: this runs for every entry when the index is built,
  // and Array.prototype.flat/flatMap cost more than the tokenising they gather. Loops of their own,
  // not over [zh, en]: no array made per entry (nor a closure, which tsx names by a call each).
  return (entry) => {
    const questions: string[] = [];
    const phrasings: string[][] = [];
    for (const phrasing of entry.questions.zh) addPhrasing(phrasing, lexicon, questions, phrasings);
    for (const phrasing of entry.questions.en) addPhrasing(phrasing, lexicon, questions, phrasings);
    const keywords: string[] = [];
    for (const keyword of entry.keywords.zh) for (const t of keywordTokens(keyword)) keywords.push(t);
    for (const keyword of entry.keywords.en) for (const t of keywordTokens(keyword)) keywords.push(t);
    const answer: string[] = [];
    tokenizeText(entry.answer.zh, lexicon, answer);
    tokenizeText(entry.answer.en, lexicon, answer);
    return { fields: { questions, keywords, answer }, phrasings };
  };
}

/** Appends a question phrasing's tokens to the entry's, and keeps them apart as the phrasing's own. */
function addPhrasing(phrasing: string, lexicon: Lexicon, questions: string[], phrasings: string[][]): void {
  const from = questions.length;
  tokenizeText(phrasing, lexicon, questions);
  phrasings.push(questions.slice(from));
}

/** Entries' texts as one flat list of strings and a count list, to pass between threads (cheaper to copy than objects). */
export interface PackedEntryTexts {
  /** Per entry: its Chinese and English questions, Chinese and English keywords, then its two answers. */
  readonly texts: readonly string[];
  /** Per entry, four counts: Chinese questions, English questions, Chinese keywords, English keywords. */
  readonly counts: Int32Array;
}

export function packEntryTexts(entries: readonly EntryTexts[]): PackedEntryTexts {
  const texts: string[] = [];
  const counts = new Int32Array(entries.length * 4);
  entries.forEach((e, i) => {
    counts.set([e.questions.zh.length, e.questions.en.length, e.keywords.zh.length, e.keywords.en.length], i * 4);
    texts.push(...e.questions.zh, ...e.questions.en, ...e.keywords.zh, ...e.keywords.en, e.answer.zh, e.answer.en);
  });
  return { texts, counts };
}

export function* unpackEntryTexts({ texts, counts }: PackedEntryTexts): Generator<EntryTexts> {
  let t = 0;
  const take = (n: number) => texts.slice(t, (t += n));
  for (let i = 0; i < counts.length; i += 4) {
    const questions = { zh: take(counts[i] as number), en: take(counts[i + 1] as number) };
    const keywords = { zh: take(counts[i + 2] as number), en: take(counts[i + 3] as number) };
    const [zh, en] = take(2) as [string, string];
    yield { questions, keywords, answer: { zh, en } };
  }
}
