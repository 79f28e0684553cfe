import { composeReply } from './compose.js';
import type { Assistant } from './assistant.js';

/** One question's outcome as a flat record: what `npm run ask -- --json` prints and eval reads. */
export interface AnswerRecord {
  readonly question: string;
  readonly status: string;
  readonly entry: string | null;
  readonly score: number;
  readonly confidence: number;
  readonly lang: string;
  readonly candidates: readonly { readonly entry: string; readonly score: number; readonly confidence: number }[];
  readonly reply: string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function answerRecord(assistant: Assistant, question: string): AnswerRecord {
  const d = assistant.ask(question);
  return {
    question,
    status: d.status,
    entry: d.entry?.id ?? null,
    score: round(d.candidates[0]?.score ?? 0),
    confidence: round(d.confidence),
    lang: d.lang,
    candidates: d.candidates.map((c) => ({ entry: c.entry.id, score: round(c.score), confidence: round(c.confidence) })),
    reply: composeReply(d, (id) => assistant.entry(id)).text,
  };
}
