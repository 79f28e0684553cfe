import type { KnowledgeEntry } from '../knowledge/types.js';
import type { ReplyLang } from '../text/language.js';

/**
 * What the bot decided about one question:
 * - answered: one entry answers it confidently;
 * - clarify: two or three entries are close; the user picks one;
 * - unresolved: nothing in the knowledge base answers it; staff must;
 * - smalltalk: a greeting, thanks or "what can you do"; answered, never logged as unresolved.
 */
export type AnswerStatus = 'answered' | 'clarify' | 'unresolved' | 'smalltalk';

export interface Candidate {
  readonly entry: KnowledgeEntry;
  /** Relevance (BM25F); comparable between candidates of one query only. */
  readonly score: number;
  /** Calibrated probability (0–1) that this entry answers the question; comparable across queries. */
  readonly confidence: number;
}

export interface AnswerDecision {
  readonly status: AnswerStatus;
  /** The question as asked (after trimming to the searched length). */
  readonly question: string;
  /** The normalised text, used to group repeated questions. */
  readonly normalized: string;
  readonly lang: ReplyLang;
  /** The answering entry (answered, smalltalk), else null. */
  readonly entry: KnowledgeEntry | null;
  /** Best candidates first: the clarify choices, or the nearest entries of an unresolved question. */
  readonly candidates: readonly Candidate[];
  /** The best candidate's confidence, 0 when there is none. */
  readonly confidence: number;
}
