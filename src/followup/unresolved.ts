import type { ReplyLang } from '../text/language.js';

/** Why a question reached the staff desk. */
export type UnresolvedReason = 'no-match' | 'thumbs-down' | 'clarify-not-picked';

/** One investor's question that the knowledge base could not answer (or that they rated 👎). */
export interface UnresolvedQuestion {
  readonly chatId: number;
  readonly userId: number;
  readonly displayName: string;
  readonly lang: ReplyLang;
  readonly text: string;
  /** normalizeText(text): repeated questions are grouped on it. */
  readonly normalized: string;
  readonly reason: UnresolvedReason;
  /** The nearest knowledge entries and their relevance scores, best first. */
  readonly nearest: readonly { readonly entryId: string; readonly score: number }[];
  readonly askedAt: Date;
  /** The investor's message, so the staff answer can reply to it. */
  readonly messageId?: number;
}

/**
 * The one door through which the bot hands questions to staff. The follow-up desk implements it;
 * the bot depends only on this.
 */
export interface UnresolvedRecorder {
  record(question: UnresolvedQuestion): Promise<void>;
}
