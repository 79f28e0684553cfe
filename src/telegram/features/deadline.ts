import { isCommand } from '../addressing.js';
import { Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import type { WorkCalendar } from '../../calendar/calendar.js';
import { deadlineTap, deadlineTurn, type Awaiting, type DeadlineTurn } from '../../calendar/deadline-dialog.js';
import type { StageLimit } from '../../calendar/deadline.js';
import { plainDateAt } from '../../calendar/plain-date.js';
import { localize } from '../../i18n/index.js';
import { contentLang, detectLanguage, type ReplyLang } from '../../text/language.js';
import { onAction } from '../actions.js';
import { encodeCallback } from '../callback-data.js';
import type { BotContext, BotDeps, BotServices, Feature } from '../context.js';
import { expiringMemory } from '../expiring-memory.js';
import { escapeHtml } from '../html.js';
import { sendHtml, type Keyboard } from '../send.js';

export interface DeadlineDeps {
  /** The official holiday schedules; called per update so that a reload is picked up. */
  readonly workCalendar: () => WorkCalendar;
  /** The stages' time limits, e.g. `() => stageLimitsFrom(knowledge.current().entries())`. */
  readonly stageLimits: () => readonly StageLimit[];
  /** Where "today" and "下周一" are reckoned; default Asia/Shanghai, the county's. */
  readonly timeZone?: string;
}

/** How long the bot takes the next message as the date it asked for. */
export const AWAIT_DATE_MS = 10 * 60_000;


interface Held {
  readonly awaiting: Awaiting;
  /** The language of the question, for an answer that has none of its own ("2026-12-01"). */
  readonly lang: ReplyLang;
}

/**
 * Working-day deadlines in the chat. Must run before the free-text answer (pass it in createBot's
 * `features`): a text that is a deadline question ("我9月28日提交施工许可申请，最晚哪天办结？",
 * "从立项到竣工验收一共多少个工作日") gets the computed answer instead of the search answer; other
 * text goes on unchanged. The 📅 button under a time-limit answer asks for the submission date, and
 * for 10 minutes the next message of that user in that chat is read as the date (see
 * calendar/deadline-dialog.ts for every decision). Waits are kept in memory, per chat and user.
 */
export const deadlineFeature: Feature<BotDeps & DeadlineDeps> = (deps) => {
  const c = new Composer<BotContext>();
  const waits = expiringMemory<Held>({ ttlMs: AWAIT_DATE_MS, clock: deps.clock });
  const keyOf = (ctx: BotContext): string | undefined => (ctx.chat ? `${ctx.chat.id}:${ctx.from?.id ?? ctx.chat.id}` : undefined);
  const context = (lang: ReplyLang, held: Held | undefined) => ({
    today: plainDateAt(deps.clock(), deps.timeZone ?? 'Asia/Shanghai'),
    calendar: deps.workCalendar(),
    stages: deps.stageLimits(),
    lang: contentLang(lang),
    awaiting: held?.awaiting ?? null,
  });

  /** Keeps, refreshes or ends the wait as the turn says. */
  const remember = (key: string, held: Held | undefined, turn: DeadlineTurn, lang: ReplyLang): void => {
    if (turn.awaiting === null) waits.delete(key);
    else if (turn.awaiting !== held?.awaiting || turn.reply !== null) waits.set(key, { awaiting: turn.awaiting, lang });
  };

  c.on(message('text'), async (ctx, next) => {
    const text = ctx.question;
    const key = keyOf(ctx);
    if (text === undefined || key === undefined || isCommand(text) || !text.trim()) return next();
    const held = waits.get(key);
    const lang = held && detectLanguage(text) === null ? held.lang : ctx.lang;
    const turn = deadlineTurn(text, context(lang, held));
    remember(key, held, turn, lang);
    if (turn.reply === null) return next();
    ctx.lang = lang;
    const replyTo = ctx.chat.type !== 'private' ? { replyTo: ctx.message.message_id } : {};
    await sendHtml(ctx, escapeHtml(localize(turn.reply, lang)), choiceKeyboard(turn, lang), replyTo);
    logTurn(deps, ctx, turn, 'text');
  });

  c.use(
    onAction('deadline', async (ctx, action) => {
      const key = keyOf(ctx);
      ctx.lang = action.lang;
      const held = key === undefined ? undefined : waits.get(key);
      const turn = deadlineTap(action.stage, context(action.lang, held));
      if (turn.reply === null || key === undefined) {
        await ctx.answerCbQuery(ctx.tr(ctx.texts.staleButton));
        return;
      }
      await ctx.answerCbQuery();
      remember(key, held, turn, action.lang);
      await sendHtml(ctx, escapeHtml(localize(turn.reply, action.lang)), choiceKeyboard(turn, action.lang));
      logTurn(deps, ctx, turn, 'button');
    }),
  );

  return c;
};

/** One button per stage the reply offers (each a 📅 action for that stage). */
function choiceKeyboard(turn: DeadlineTurn, lang: ReplyLang): Keyboard {
  return turn.choices.map((choice) => [
    { text: localize(choice.label, lang), callbackData: encodeCallback({ kind: 'deadline', lang, stage: choice.stage }) },
  ]);
}

function logTurn(deps: BotDeps & BotServices, ctx: BotContext, turn: DeadlineTurn, via: 'text' | 'button'): void {
  deps.logger.info({ updateId: ctx.update.update_id, via, awaiting: turn.awaiting?.kind ?? null, lang: ctx.lang }, 'deadline reply');
}
