import type { KnowledgeEntry, SynonymGroups } from '../knowledge/types.js';
import { buildLexicon, type Lexicon } from '../text/lexicon.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { searchConfig, type SearchConfig } from './config.js';
import { InvertedIndex, type FieldTokens } from './inverted-index.js';
import { createTypoCorrector } from './typo-corrector.js';

export interface SearchHit {
  readonly entry: KnowledgeEntry;
  readonly score: number;
  /** Share (0–1) of the query's informative weight that this entry contains. */
  readonly coverage: number;
}

export interface SearchResult {
  readonly normalized: string;
  readonly tokens: readonly string[];
  readonly hits: readonly SearchHit[];
}

export interface SearchEngine {
  search(text: string): SearchResult;
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/** The tokens of every field of an entry, both languages together (so either language finds it). */
function entryFields(entry: KnowledgeEntry, lexicon: Lexicon): FieldTokens {
  const tok = (texts: readonly string[]) => texts.flatMap((t) => tokenize(normalizeText(t), lexicon));
  return {
    questions: tok([...entry.questions.zh, ...entry.questions.en]),
    keywords: tok([...entry.keywords.zh, ...entry.keywords.en]),
    answer: tok([entry.answer.zh, entry.answer.en]),
  };
}

/**
 * Builds the retrieval engine over a set of entries. Pure: the same entries and config always give
 * the same answers.
 */
export function createSearchEngine(
  entries: readonly KnowledgeEntry[],
  synonyms: SynonymGroups,
  overrides: Partial<SearchConfig> = {},
): SearchEngine {
  const config = searchConfig(overrides);
  const lexicon = buildLexicon(synonyms, entries.flatMap((e) => [...e.keywords.zh, ...e.keywords.en]));
  const index = InvertedIndex.build(
    entries.map((e) => entryFields(e, lexicon)),
    config,
  );
  const correctLatin = createTypoCorrector(
    () => [...index.terms()].filter((t) => /^[a-z][a-z0-9]*$/.test(t)),
    config.typoThreshold,
    config.typoMinLength,
  );

  const weightOf = (token: string): number => {
    const idf = index.idf(token);
    if (idf !== undefined) return idf;
    const unknown = index.maxIdf * config.unknownTokenWeight;
    return HAN_CHAR.test(token) ? unknown * config.unknownCharFactor : unknown;
  };

  return {
    search(text) {
      const normalized = normalizeText([...text].slice(0, config.maxQueryChars).join(''));
      const tokens = [...new Set(tokenize(normalized, lexicon, { fuzzy: true, correctLatin }))];
      const weights = tokens.map(weightOf);
      const total = weights.reduce((a, b) => a + b, 0);
      const hits = index.search(tokens, config.topK).map(({ doc, score, matched }) => {
        let covered = 0;
        weights.forEach((w, i) => {
          if (i >= 31 || matched & (1 << i)) covered += w;
        });
        return { entry: entries[doc] as KnowledgeEntry, score, coverage: total > 0 ? covered / total : 0 };
      });
      return { normalized, tokens, hits };
    },
  };
}
