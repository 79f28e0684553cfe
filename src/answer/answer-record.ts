import { composeReply } from './compose.js';
import type { Assistant } from './assistant.js';
import type { Decision } from './decide.js';

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
  /** The labels of the buttons under the reply, in order (closest topics, related entries, 👍/👎), rows flattened. */
  readonly buttons: readonly string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * A decision as a record. `entry` is the answering candidate (answered or small talk), as the
 * assistant reports it; `reply` is the text the user would see ('' when not composed), `buttons` the
 * labels under it.
 */
export function decisionRecord(question: string, d: Decision, lang: string, reply = '', buttons: readonly string[] = []): AnswerRecord {
  const answering = d.status === 'answered' || d.status === 'smalltalk';
  return {
    question,
    status: d.status,
    entry: answering ? (d.candidates[0]?.entry.id ?? null) : null,
    score: round(d.candidates[0]?.score ?? 0),
    confidence: round(d.confidence),
    lang,
    candidates: d.candidates.map((c) => ({ entry: c.entry.id, score: round(c.score), confidence: round(c.confidence) })),
    reply,
    buttons,
  };
}

export function answerRecord(assistant: Assistant, question: string): AnswerRecord {
  const d = assistant.ask(question);
  const reply = composeReply(d, (id) => assistant.entry(id));
  return decisionRecord(question, d, d.lang, reply.text, reply.buttons.flat().map((b) => b.text));
}
