import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types.js';
import type { IndexingHelper } from '../search/build-share.js';
import { searchConfig, type SearchConfig } from '../search/config.js';
import { createSearchEngine } from '../search/engine.js';
import { detectLanguage, type ReplyLang } from '../text/language.js';
import { decide } from './decide.js';
import type { AnswerDecision } from './types.js';

export interface AskOptions {
  /** The user's language when the text itself does not show one (saved /lang, Telegram's code). */
  readonly lang?: ReplyLang;
}

/** The question-answering core the bot, the terminal chat and the CLI all share. */
export interface Assistant {
  ask(text: string, options?: AskOptions): AnswerDecision;
  entry(id: string): KnowledgeEntry | undefined;
  entries(): readonly KnowledgeEntry[];
}

/** `helper` shares the index build of a large knowledge base (see IndexingHelper). */
export function createAssistant(kb: KnowledgeBase, overrides: Partial<SearchConfig> = {}, helper?: IndexingHelper): Assistant {
  const config = searchConfig(overrides);
  const engine = createSearchEngine(kb, config, helper);
  const byId = new Map(kb.entries.map((e) => [e.id, e]));
  return {
    ask(text, options = {}) {
      // The engine searches the first part of a long message; the decision speaks of that part.
      const result = engine.search(text);
      const question = result.searched;
      const lang = detectLanguage(question) ?? options.lang ?? 'zh';
      const decision = decide(result.hits, config);
      const answering = decision.status === 'answered' || decision.status === 'smalltalk';
      return {
        status: decision.status,
        question,
        normalized: result.normalized,
        lang,
        entry: answering ? (decision.candidates[0]?.entry ?? null) : null,
        candidates: decision.candidates,
        confidence: decision.confidence,
      };
    },
    entry: (id) => byId.get(id),
    entries: () => kb.entries,
  };
}
