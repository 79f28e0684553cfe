import type { Lang } from '../knowledge/types.js';
import type { WorkCalendar } from './calendar.js';
import { composeAskDate, composeAskDateAgain, composeDeadlineReply, composeInvalidDate, composeStageOption } from './deadline-reply.js';
import { composeDeadlineAnswer, computeDeadline, parseDeadlineQuestion, type DeadlineQuestion, type DeadlineTarget, type StageLimit } from './deadline.js';
import { parseDate } from './parse-date.js';
import type { PlainDate } from './plain-date.js';

/**
 * The short conversation around a deadline, as pure decisions: what to reply to a message or a
 * 📅 tap, and what the bot then waits for. The Telegram feature keeps the `Awaiting` value per chat
 * (with an expiry) and sends the replies; nothing here knows about chats, clocks or Telegram.
 */

/** What the bot asked for last, so the next message can be read as the answer. */
export type Awaiting =
  /** A submission date for these stages (ids, in process order), after "请告诉我提交日期". */
  | { readonly kind: 'date'; readonly stages: readonly string[] }
  /** A stage for this submission date, after "请问是哪个审批阶段？" (answered by a stage button). */
  | { readonly kind: 'stage'; readonly start: PlainDate };

/** A button under the reply: compute the deadline for one stage. */
export interface StageChoice {
  readonly stage: string;
  readonly label: string;
}

export interface DeadlineTurn {
  /** Plain text in the asked language; null: not a deadline message, the knowledge base answers it. */
  readonly reply: string | null;
  /** Stage buttons to show under the reply (when the bot asks which stage). */
  readonly choices: readonly StageChoice[];
  /** What the bot waits for next; null: nothing. The same object as given when it is unchanged. */
  readonly awaiting: Awaiting | null;
}

export interface DeadlineContext {
  /** Today in the county (Asia/Shanghai), from the injected clock. */
  readonly today: PlainDate;
  readonly calendar: WorkCalendar;
  /** The stage limits of the current knowledge, in process order (`stageLimitsFrom`). */
  readonly stages: readonly StageLimit[];
  readonly lang: Lang;
  /** What the bot was waiting for in this chat, if anything (and not expired). */
  readonly awaiting: Awaiting | null;
}

const pass = (awaiting: Awaiting | null): DeadlineTurn => ({ reply: null, choices: [], awaiting });
const reply = (text: string, awaiting: Awaiting | null = null, choices: readonly StageChoice[] = []): DeadlineTurn => ({ reply: text, choices, awaiting });
const awaitDate = (target: DeadlineTarget): Awaiting => ({ kind: 'date', stages: target.stages.map((s) => s.stage) });

/** The stages an `Awaiting` names, as a target of the current knowledge; null when one is gone. */
function targetOf(ids: readonly string[], stages: readonly StageLimit[]): DeadlineTarget | null {
  const picked = ids.map((id) => stages.find((s) => s.stage === id));
  if (picked.length === 0 || picked.some((s) => s === undefined)) return null;
  return { stages: picked as StageLimit[], wholeChain: picked.length === stages.length && stages.length > 1 };
}

const dueReply = (ctx: DeadlineContext, target: DeadlineTarget, start: PlainDate): DeadlineTurn =>
  reply(composeDeadlineReply(computeDeadline(ctx.calendar, target, start), ctx.lang));

/**
 * A question that stands on its own (it names its stages), whatever the bot was waiting for: the text
 * is `composeDeadlineAnswer`'s; this adds what the bot waits for next and the stage buttons.
 */
function answerQuestion(q: Exclude<DeadlineQuestion, { kind: 'none' }>, ctx: DeadlineContext): DeadlineTurn {
  const { lang } = ctx;
  const text = composeDeadlineAnswer(q, ctx.calendar, ctx.stages, lang) as string;
  switch (q.kind) {
    case 'deadline':
      return reply(text);
    case 'total': // ends with an offer to compute a date: the next message may be that date
    case 'date-missing':
      return reply(text, awaitDate(q.target));
    case 'invalid-date':
      return reply(`${text}\n${composeAskDateAgain(lang)}`, awaitDate(q.target));
    case 'stage-missing':
      return reply(
        text,
        { kind: 'stage', start: q.start },
        ctx.stages.map((s) => ({ stage: s.stage, label: composeStageOption(s, lang) })),
      );
  }
}

/**
 * The reply to a text message. A deadline question is answered (or asked back about) whatever came
 * before. Otherwise, when the bot asked for a date, a message naming a date is that date (an
 * impossible one, 2月30日, is refused and asked for again); anything else is not for this
 * conversation: the wait ends and the message goes to the knowledge base. A wait for a stage
 * survives other messages (it is answered by a stage button, or expires).
 */
export function deadlineTurn(text: string, ctx: DeadlineContext): DeadlineTurn {
  if (ctx.stages.length === 0) return pass(null);
  const q = parseDeadlineQuestion(text, ctx.today, ctx.stages);
  const waiting = ctx.awaiting;
  // "明天提交，什么时候办结？" after the bot asked for a date: the stage is the one asked about.
  const fresh = q.kind !== 'none' && !(waiting?.kind === 'date' && q.kind === 'stage-missing');
  if (fresh) return answerQuestion(q, ctx);
  if (waiting?.kind !== 'date') return pass(waiting);

  const target = targetOf(waiting.stages, ctx.stages);
  if (!target) return pass(null); // the knowledge changed: that stage has no limit any more
  const date = parseDate(text, ctx.today, ctx.lang);
  if (date.ok) return dueReply(ctx, target, date.date);
  if (date.reason === 'invalid-date') return reply(`${composeInvalidDate(date.matched, ctx.lang)}\n${composeAskDateAgain(ctx.lang)}`, waiting);
  return pass(null);
}

/**
 * The reply to a tap on 📅 (or on a stage offered by `askStage`): with a submission date already
 * given, the deadline; otherwise a request for the date. Null reply: the stage has no limit in the
 * current knowledge (an old button).
 */
export function deadlineTap(stage: string, ctx: DeadlineContext): DeadlineTurn {
  const target = targetOf([stage], ctx.stages);
  if (!target) return pass(ctx.awaiting);
  if (ctx.awaiting?.kind === 'stage') return dueReply(ctx, target, ctx.awaiting.start);
  return reply(composeAskDate(target, ctx.lang), awaitDate(target));
}
