import { boundedMemo } from '../core/bounded-memo.js';
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types.js';
import type { Lexicon } from '../text/lexicon.js';
import { stemEnglish } from '../text/english.js';
import { normalizeText, unquoteChinese } from '../text/normalize.js';
import { placesComparedWith, placesIn } from '../text/places.js';
import { isQuestionForm } from '../text/question-form.js';
import { tokenize } from '../text/tokenize.js';
import { sharePhrasings, type CountedShare, type IndexingHelper } from './build-share.js';
import { searchConfig, type SearchConfig } from './config.js';
import { confidenceOf, entryProfile, queryProfile, tokenWeight, type EntryProfile } from './confidence.js';
import { entryTokenizer, lexiconFrom, lexiconSourceOf } from './entry-tokens.js';
import { InvertedIndex } from './inverted-index.js';
import { TermCounts } from './term-counts.js';
import { probability, type RankSignals } from './ranker.js';
import { entrySurface, surfaceOverlap, surfaceUnits, type EntrySurface } from './surface-overlap.js';
import { createTypoCorrector } from './typo-corrector.js';
import { unspokenCheck } from './unspoken.js';

export interface SearchHit {
  readonly entry: KnowledgeEntry;
  /** BM25F relevance; comparable between the hits of one query only. */
  readonly score: number;
  /** Calibrated probability (0–1) that this entry answers the query (search/ranker.ts). */
  readonly confidence: number;
  /** The signals behind `confidence`, for training the ranker and for staff inspecting a decision. */
  readonly signals: RankSignals;
}

export interface SearchResult {
  /** The part of the text that was searched: trimmed, at most maxQueryChars characters. */
  readonly searched: string;
  readonly normalized: string;
  readonly tokens: readonly string[];
  readonly hits: readonly SearchHit[];
}

export interface SearchEngine {
  search(text: string): SearchResult;
}

/**
 * Gives each candidate its calibrated confidence (the answer model) and orders them by it, best
 * first, at most topK; the ranker's probability, then BM25F, break ties. Shared by the engine and the
 * ranker's training, so both order alike.
 * Ordering by the answer model rather than by the ranker: the answer model learned from the ranker's
 * top candidates which signals mean "this one is right", and a runner-up it trusts more is more often
 * the right entry (a stage's own entry behind the permits overview). Cross-fitted on the two
 * development sets: in-scope 94.8 → 96.1% and 92.2 → 94.3%, out of scope answered 1.1 → 1.1% and
 * 5.0 → 6.0%.
 */
export function rankCandidates(
  candidates: readonly { readonly entry: KnowledgeEntry; readonly score: number; readonly signals: RankSignals }[],
  config: SearchConfig,
): SearchHit[] {
  // The hits are made once (this runs for every query); the order is sorted as indices.
  const hits = candidates.map(({ entry, score, signals }): SearchHit => ({ entry, score, confidence: probability(signals, config.answerModel), signals }));
  const rank = candidates.map((c) => probability(c.signals, config.ranker));
  const order = hits.map((_, i) => i);
  order.sort((a, b) => {
    const x = hits[a] as SearchHit;
    const y = hits[b] as SearchHit;
    return y.confidence - x.confidence || (rank[b] as number) - (rank[a] as number) || y.score - x.score;
  });
  return order.slice(0, config.topK).map((i) => hits[i] as SearchHit);
}

/**
 * The inverted index and each entry's profile. Each entry is tokenised and counted straight away;
 * only its counts and profile are kept. With a helper, the entries from `split` on are counted by it
 * meanwhile (see IndexingHelper), and their counts appended; if it cannot give them, they are
 * counted here. A function of its own so that the build's tokenizer and its memo are garbage once
 * the index is built, not held by the search closure's scope.
 */
function indexEntries(entries: readonly KnowledgeEntry[], lexicon: Lexicon, config: SearchConfig, split: number, share: (() => CountedShare | null) | null) {
  const tokenizeEntry = entryTokenizer(lexicon);
  const counts = new TermCounts();
  const profiles: EntryProfile[] = [];
  const count = (from: number, to: number): void => {
    for (let doc = from; doc < to; doc++) {
      const entry = entries[doc] as KnowledgeEntry;
      const { fields, phrasings } = tokenizeEntry(entry);
      counts.add(fields);
      profiles.push(entryProfile(entry, phrasings, config.weakAspects));
    }
  };
  count(0, split);
  const counted = share?.();
  if (counted) {
    counts.append(counted.counts);
    let doc = split;
    for (const phrasings of sharePhrasings(counted)) profiles.push(entryProfile(entries[doc++] as KnowledgeEntry, phrasings, config.weakAspects));
    if (doc !== entries.length) throw new Error(`the indexing helper counted ${doc - split} of ${entries.length - split} entries`);
  } else count(split, entries.length);
  return { index: InvertedIndex.fromCounts(counts, config), profiles };
}

/** The English words of the entries and the vocabulary as written (lower-cased, not stemmed). */
function writtenEnglishWords(kb: KnowledgeBase): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []) words.add(w);
  };
  for (const e of kb.entries) [...e.questions.en, e.answer.en, ...e.keywords.en].forEach(add);
  for (const group of kb.synonyms) group.forEach(add);
  for (const terms of [...Object.values(kb.aspects ?? {}), ...Object.values(kb.actions ?? {})]) terms.forEach(add);
  return words;
}

/**
 * Builds the retrieval engine: BM25F over an inverted index finds candidates fast, then each
 * candidate is re-ranked by a calibrated confidence (see confidence.ts). Pure: the same knowledge
 * and config always give the same answers, with or without a helper sharing the build.
 */
export function createSearchEngine(kb: KnowledgeBase, overrides: Partial<SearchConfig> = {}, helper?: IndexingHelper): SearchEngine {
  const config = searchConfig(overrides);
  const { entries } = kb;
  const source = lexiconSourceOf(kb);
  // The helper starts first, so that it builds its lexicon while this thread builds its own.
  const { minEntries, helperShare } = config.parallelBuild;
  const split = helper && entries.length >= minEntries ? Math.round(entries.length * (1 - helperShare)) : entries.length;
  const share = helper && split < entries.length ? helper.begin(source, entries.slice(split)) : null;
  const lexicon = lexiconFrom(source);
  const { index, profiles } = indexEntries(entries, lexicon, config, split, share);
  // The subject words of every small-talk phrasing (你好, 谢谢, 再见 …).
  const smalltalkWords = new Set<string>();
  entries.forEach((e, doc) => {
    if (e.category === 'smalltalk') for (const p of (profiles[doc] as EntryProfile).phrasings) for (const t of p) smalltalkWords.add(t);
  });
  // English words the index knows, and those of lexicon terms ("document" becomes aspect:materials,
  // so the index never sees it, yet "docments" must still be repaired to it); also as the entries
  // and terms write them, so that a misspelt inflected word finds its form (plannig: planning, whose
  // stem plan is three edits away). A repair is used as its stem, as the index has it. (The
  // corrector removes repeats itself.)
  const repair = createTypoCorrector(
    () => [...index.terms(), ...lexicon.latinWords, ...writtenEnglishWords(kb)].filter((t) => /^[a-z][a-z0-9]*$/.test(t)),
    config.typoThreshold,
    config.typoMinLength,
  );
  const correctLatin = (word: string): string | null => {
    const repaired = repair(word);
    return repaired === null ? null : stemEnglish(repaired);
  };
  // Surface units are needed for the few candidates of each query only: computed on first use, and
  // remembered for a bounded number of entries (all of a knowledge base of ordinary size; a large one
  // would otherwise come to hold every entry's surface).
  const surfaceOf = boundedMemo((doc: number): EntrySurface => entrySurface(entries[doc] as KnowledgeEntry), config.surfaceMemo);
  // Remembered per token (bounded: queries bring words without end).
  const weightOf = boundedMemo((t) => {
    const w = tokenWeight(t, (x) => lexicon.subjectTokens.has(x), config);
    // A word most entries contain (the county's own name) cannot say which entry is meant.
    const ubiquitous = entries.length >= config.ubiquity.minEntries && index.docFrequency(t) / entries.length > config.ubiquity.share;
    return ubiquitous ? w * config.ubiquity.factor : w;
  }, 100_000);

  return {
    search(text) {
      const trimmed = text.trim();
      // Cut by characters (code points), which only a long text needs.
      const searched = trimmed.length <= config.maxQueryChars ? trimmed : [...trimmed].slice(0, config.maxQueryChars).join('');
      const normalized = normalizeText(searched);
      const tokens = [...new Set(tokenize(normalized, lexicon, { fuzzy: true, correctLatin }))];
      const query = queryProfile(tokens, weightOf, config.weakAspects, isQuestionForm(searched, normalized));
      const pool = index.search(tokens, config.candidatePool);
      const bestScore = pool[0]?.score ?? 0;
      const queryUnits = surfaceUnits(normalized, true);
      // A question about another place, never naming the county, is not about this county's entries
      // unless the entry itself speaks of that place (招商活动 in 北京, 上海, 深圳 …); nor is one that
      // measures the county against another place (比凌源快吗).
      const elsewhere = config.homeTokens.some((t) => tokens.includes(t)) ? placesComparedWith(normalized) : placesIn(normalized);
      const unquoted = unquoteChinese(searched);
      const unspoken = unspokenCheck({
        normalized: unquoted === searched ? normalized : normalizeText(unquoted),
        tokens,
        literalTokens: () => new Set(tokenize(normalized, lexicon)),
        aspects: query.aspects,
        strictAspects: config.strictAspects,
        isUncovered: (t) => lexicon.subjectTokens.has(t) && index.docFrequency(t) === 0,
        // a word, not a single character (配 of 配备, 占, 各)
        namesPart: (t) => t.length > 1 && weightOf(t) >= config.partMinWeight,
      });
      const measured = pool.map(({ doc, score, matched }) => {
        const entry = entries[doc] as KnowledgeEntry;
        const c = confidenceOf(entry, profiles[doc] as EntryProfile, query, matched, weightOf, config, smalltalkWords);
        const surface = surfaceOf(doc);
        const foreignPlace = elsewhere.some((p) => !surface.text.includes(p)) ? 1 : 0;
        const unspokenAsk =
          unspoken?.({ contains: (t) => index.contains(t, doc), text: () => surface.text, smalltalk: entry.category === 'smalltalk' }) ? 1 : 0;
        return { entry, score, c, surface: surfaceOverlap(queryUnits, surface), foreignPlace, unspokenAsk };
      });
      // The best and second-best coverage: each candidate's gap is to the best of the others.
      let best = 0;
      let second = 0;
      for (const m of measured) {
        const x = m.c.confidence;
        if (x > best) [best, second] = [x, best];
        else if (x > second) second = x;
      }
      const hits = measured
        .map(({ entry, score, c, surface, foreignPlace, unspokenAsk }) => {
          const others = c.confidence === best ? second : best;
          const signals: RankSignals = {
            coverage: c.confidence,
            phrasingCoverage: c.phrasingCoverage,
            queryCoverage: c.queryCoverage,
            aspectMismatch: c.aspectFactor < 1 ? 1 : 0,
            score,
            relativeScore: bestScore > 0 ? score / bestScore : 0,
            smalltalk: entry.category === 'smalltalk' ? 1 : 0,
            matchedWeight: c.matchedWeight,
            unmatchedWeight: c.unmatchedWeight,
            unmatchedMax: c.unmatchedMax,
            coverageGap: c.confidence - others,
            foreignPlace,
            unspokenAsk,
            surfacePhrasing: surface.phrasing,
            surfaceQuery: surface.query,
          };
          return { entry, score, signals };
        });
      return { searched, normalized, tokens, hits: rankCandidates(hits, config) };
    },
  };
}
