import type { ReplyLang } from '../text/language.js';

/**
 * What the bot remembers about an answer it sent, so that a 👎 on it can hand the original question
 * to staff (callback data has room for an entry id only). Kept in memory for the most recent
 * answers; after a restart a 👎 falls back to the replied-to message or the entry's own question.
 */
export interface AnsweredQuestion {
  readonly question: string;
  readonly normalized: string;
  readonly lang: ReplyLang;
  readonly nearest: readonly { readonly entryId: string; readonly score: number }[];
  /** The investor's message the answer was for. */
  readonly questionMessageId?: number;
  /** Set once the user gave feedback on this answer, so a second tap records nothing. */
  feedbackGiven?: boolean;
}

export interface AnswerMemory {
  remember(chatId: number, answerMessageId: number, question: AnsweredQuestion): void;
  recall(chatId: number, answerMessageId: number): AnsweredQuestion | undefined;
}

/** A bounded map: past `capacity` answers, the oldest is forgotten first. */
export function boundedAnswerMemory(capacity = 10_000): AnswerMemory {
  const answers = new Map<string, AnsweredQuestion>();
  return {
    remember(chatId, messageId, question) {
      const key = `${chatId}:${messageId}`;
      answers.delete(key);
      answers.set(key, question);
      if (answers.size > capacity) {
        const oldest = answers.keys().next().value;
        if (oldest !== undefined) answers.delete(oldest);
      }
    },
    recall(chatId, messageId) {
      return answers.get(`${chatId}:${messageId}`);
    },
  };
}
