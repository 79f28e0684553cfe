import { isCommand } from '../addressing.js';
import { Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import { composeEntryReply, composeReply } from '../../answer/compose.js';
import type { AnswerDecision } from '../../answer/types.js';
import type { UnresolvedReason } from '../../followup/unresolved.js';
import type { ReplyLang } from '../../text/language.js';
import { onAction } from '../actions.js';
import { refersTo } from '../callback-data.js';
import { displayName, type BotContext, type BotDeps, type BotServices, type Feature } from '../context.js';
import { replyKeyboard, sendHtml, sendText, typing } from '../send.js';

const NEAREST = 5;

/**
 * Free text: the search engine's answer (HTML, split when long), its source, related questions and
 * 👍 / 👎 as buttons; `clarify` offers the candidates as buttons; `unresolved` is recorded for staff
 * and the user is told staff will reply here. Tapping a related question or a clarify choice sends
 * that entry's answer as a new message.
 */
export const askFeature: Feature = (deps) => {
  const c = new Composer<BotContext>();

  c.on(message('text'), async (ctx, next) => {
    const text = ctx.question;
    if (text === undefined || isCommand(text)) return next();
    if (!text.trim()) {
      await sendText(ctx, ctx.tr(ctx.texts.emptyQuestion));
      return;
    }
    await answerQuestion(ctx, deps, text, ctx.message.message_id);
  });

  c.use(
    onAction('entry', async (ctx, action) => {
      const assistant = deps.assistant();
      const entry = assistant.entries().find((e) => refersTo(action.entryRef, e.id));
      await ctx.answerCbQuery(entry ? undefined : ctx.tr(ctx.texts.staleButton, action.lang));
      if (!entry || !ctx.chat) return;
      const reply = composeEntryReply(entry, action.lang, (id) => assistant.entry(id));
      const ids = await sendHtml(ctx, reply.html, replyKeyboard(reply, action.lang));
      // A 👎 on this answer should reach staff with the question that led here, when we know it.
      const from = ctx.callbackQuery?.message;
      const earlier = from ? deps.answers.recall(ctx.chat.id, from.message_id) : undefined;
      const last = ids.at(-1);
      if (earlier && last !== undefined) {
        const { feedbackGiven: _, ...question } = earlier;
        deps.answers.remember(ctx.chat.id, last, { ...question, lang: action.lang });
      }
      deps.logger.info({ updateId: ctx.update.update_id, entry: entry.id, lang: action.lang }, 'entry shown');
    }),
  );

  return c;
};

/** The whole answer path for one question; exported for features that answer text they parsed themselves. */
export async function answerQuestion(ctx: BotContext, deps: BotDeps & BotServices, text: string, messageId?: number): Promise<void> {
  const chat = ctx.chat;
  if (!chat) return;
  typing(ctx, (err) => deps.logger.debug({ err, updateId: ctx.update.update_id }, 'chat action failed'));
  const assistant = deps.assistant();
  const decision = assistant.ask(text, { lang: ctx.lang });
  ctx.lang = decision.lang;
  const reply = composeReply(decision, (id) => assistant.entry(id));

  // Record before replying: if sending fails, staff still get the question.
  if (decision.status === 'unresolved') {
    await recordUnresolved(ctx, deps, {
      text,
      normalized: decision.normalized,
      lang: decision.lang,
      nearest: nearestOf(decision),
      reason: 'no-match',
      ...(messageId !== undefined ? { messageId } : {}),
    });
  }

  const ids = await sendHtml(
    ctx,
    reply.html,
    replyKeyboard(reply, decision.lang),
    chat.type !== 'private' && messageId !== undefined ? { replyTo: messageId } : {},
  );
  const last = ids.at(-1);
  if (last !== undefined) {
    deps.answers.remember(chat.id, last, {
      question: text,
      normalized: decision.normalized,
      lang: decision.lang,
      nearest: nearestOf(decision),
      ...(messageId !== undefined ? { questionMessageId: messageId } : {}),
    });
  }
  deps.logger.info(
    {
      updateId: ctx.update.update_id,
      status: decision.status,
      entry: decision.entry?.id ?? null,
      confidence: Math.round(decision.confidence * 1000) / 1000,
      lang: decision.lang,
    },
    'question answered',
  );
}

export function nearestOf(decision: AnswerDecision): { entryId: string; score: number }[] {
  return decision.candidates.slice(0, NEAREST).map((c) => ({ entryId: c.entry.id, score: c.score }));
}

export interface QuestionForStaff {
  readonly text: string;
  readonly normalized: string;
  readonly lang: ReplyLang;
  readonly nearest: readonly { readonly entryId: string; readonly score: number }[];
  readonly reason: UnresolvedReason;
  readonly messageId?: number;
}

/** Hands a question to staff through the recorder; a recorder failure is logged with the question, not thrown. */
export async function recordUnresolved(ctx: BotContext, deps: BotDeps & BotServices, q: QuestionForStaff): Promise<void> {
  if (!ctx.chat) return;
  const question = {
    ...q,
    chatId: ctx.chat.id,
    userId: ctx.from?.id ?? ctx.chat.id,
    displayName: displayName(ctx),
    askedAt: deps.clock(),
  };
  try {
    await deps.unresolved.record(question);
  } catch (err) {
    const logged = { ...question, askedAt: question.askedAt.toISOString() };
    deps.logger.error({ err, updateId: ctx.update.update_id, question: logged }, 'could not record unresolved question');
  }
}
