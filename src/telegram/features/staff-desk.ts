import { Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import type { FollowupDesk } from '../../followup/desk.js';
import { decodeDeskAction } from '../../followup/desk-buttons.js';
import type { AnswerStart } from '../../followup/desk.js';
import { answerStartText, dismissOutcomeText, promoteOutcomeText } from '../../followup/staff-text.js';
import { messages } from '../../i18n/index.js';
import type { BotContext, BotDeps, Feature } from '../context.js';
import { inlineKeyboard, isNotModified, sendText } from '../send.js';
import { staffGate, type StaffGateTexts } from '../staff-gate.js';

/** What the staff desk feature needs besides the bot's own deps. */
export interface StaffDeskDeps {
  readonly desk: FollowupDesk;
  /** STAFF_IDS: users allowed everywhere (members of the staff group are allowed too). */
  readonly staffIds: readonly number[];
}

/**
 * The staff side of the follow-up desk in Telegram:
 * - a reply to a question post (or a note about it) in the staff group answers that question; the
 *   post is found through the stored message-id mapping, never by reading the quoted text;
 * - an answer (reply or /answer) is stored and acknowledged at once, and sent to the askers in the
 *   background (retries and many askers take longer than an update may); the delivery report
 *   follows as a reply to the staff message;
 * - /pending [page], /answer <id> <text>, /dismiss <id> [reason], /stats, /export, /promote <id>;
 * - the Dismiss / Nearest entries buttons under each post, and Previous / Next under /pending.
 * Only STAFF_IDS and members of the staff group may act, and only in the staff group or a private
 * chat (see staff-gate.ts); anyone else is refused, and the attempt is recorded in the audit log.
 * Staff texts are in the desk's staff language.
 */
export const staffDeskFeature: Feature<BotDeps & StaffDeskDeps> = (deps) => {
  const { desk } = deps;
  const t = desk.texts;
  const c = new Composer<BotContext>();
  const gate = staffGate({ staffIds: deps.staffIds, staffChatId: desk.staffChatId, refuse: (actor, action, detail) => desk.refuse(actor, action, detail), logger: deps.logger });
  const { inStaffChat } = gate;
  const texts: StaffGateTexts = { refused: (ctx) => ctx.tr(messages(ctx.lang).desk.refused), wrongChat: () => t.wrongChat };
  const staffOnly = (name: string, action: Parameters<typeof gate.only>[2]) => gate.only(name, texts, action);

  /**
   * Acknowledges a started answer at once; the delivery report follows as a reply to the same staff
   * message when the sends are done. Not awaited: the update is finished long before.
   */
  const acknowledge = async (ctx: BotContext, started: AnswerStart) => {
    const replyTo = ctx.message ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } } : {};
    await ctx.reply(answerStartText(started, t), replyTo);
    if (started.kind !== 'sending') return;
    const chatId = ctx.chat!.id;
    const updateId = ctx.update.update_id;
    void started.report
      .then((report) => (report === null ? undefined : ctx.telegram.sendMessage(chatId, report, replyTo)))
      .catch((err: unknown) => deps.logger.error({ err, updateId, itemId: started.item.id }, 'could not send the delivery report to staff'));
  };
  const origin = (ctx: BotContext, via: 'command' | 'button' | 'reply') => ({ inStaffChat: inStaffChat(ctx), via });
  const argsOf = (ctx: BotContext): string => {
    const text = ctx.message && 'text' in ctx.message ? ctx.message.text : '';
    return text.replace(/^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/, '').trim();
  };

  c.command('pending', staffOnly('pending', async (ctx, staff) => {
    const page = await desk.pending(Number(argsOf(ctx)) || 1, staff);
    await sendText(ctx, page.text, page.buttons);
  }));

  c.command('answer', staffOnly('answer', async (ctx, staff) => {
    const m = /^(\d{1,12})\s+([\s\S]+)$/.exec(argsOf(ctx));
    if (!m) return void (await sendText(ctx, t.answerUsage));
    await acknowledge(ctx, await desk.startAnswer(Number(m[1]), m[2]!, staff, origin(ctx, 'command')));
  }));

  c.command('dismiss', staffOnly('dismiss', async (ctx, staff) => {
    const m = /^(\d{1,12})(?:\s+([\s\S]+))?$/.exec(argsOf(ctx));
    if (!m) return void (await sendText(ctx, t.dismissUsage));
    await sendText(ctx, dismissOutcomeText(await desk.dismiss(Number(m[1]), staff, m[2]?.trim() || null, origin(ctx, 'command')), t));
  }));

  c.command('stats', staffOnly('stats', async (ctx, staff) => {
    await sendText(ctx, (await desk.stats(staff)).text);
  }));

  c.command('export', staffOnly('export', async (ctx, staff) => {
    const { csv, count } = await desk.exportCsv(staff);
    const day = deps.clock().toISOString().slice(0, 10);
    try {
      await ctx.replyWithDocument({ source: Buffer.from(csv, 'utf8'), filename: `questions-${day}.csv` }, { caption: t.exportCaption(count) });
    } catch (err) {
      deps.logger.error({ err, updateId: ctx.update.update_id }, 'could not send the CSV export');
      await sendText(ctx, t.exportFailed);
    }
  }));

  c.command('promote', staffOnly('promote', async (ctx, staff) => {
    const m = /^(\d{1,12})$/.exec(argsOf(ctx));
    if (!m) return void (await sendText(ctx, t.promoteUsage));
    await sendText(ctx, promoteOutcomeText(await desk.promote(Number(m[1]), staff), t));
  }));

  // A staff reply to a question post in the staff group is the answer.
  c.on(message('text'), async (ctx, next) => {
    const replied = ctx.message.reply_to_message;
    if (!replied || !inStaffChat(ctx) || ctx.message.text.startsWith('/')) return next();
    const itemId = await desk.itemForStaffPost(ctx.chat.id, replied.message_id);
    if (itemId === null) {
      // Another bot message (a report, the digest): do not treat the reply as an investor question.
      if (replied.from?.id === ctx.botInfo.id) return void (await sendText(ctx, t.replyNotMapped));
      return next();
    }
    await staffOnly('reply', async (_, staff) => {
      // ctx.question: the text without an @mention of the bot, line breaks kept (see addressing.ts).
      await acknowledge(ctx, await desk.startAnswer(itemId, ctx.question ?? ctx.message.text, staff, origin(ctx, 'reply')));
    })(ctx);
  });

  c.on('callback_query', async (ctx, next) => {
    const action = 'data' in ctx.callbackQuery ? decodeDeskAction(ctx.callbackQuery.data) : null;
    if (!action) return next();
    await staffOnly(action.kind, async (_, staff) => {
      if (action.kind === 'page') {
        const page = await desk.pending(action.page, staff);
        await ctx.answerCbQuery();
        const markup = inlineKeyboard(page.buttons);
        await ctx.editMessageText(page.text, markup ? { reply_markup: markup } : {}).catch(async (err: unknown) => {
          if (!isNotModified(err)) await sendText(ctx, page.text, page.buttons);
        });
      } else if (action.kind === 'nearest') {
        const text = (await desk.nearest(action.itemId, staff)) ?? t.notFound(String(action.itemId));
        await ctx.answerCbQuery();
        const post = ctx.callbackQuery.message?.message_id;
        const sent = await ctx.reply(text, post ? { reply_parameters: { message_id: post, allow_sending_without_reply: true } } : {});
        if (inStaffChat(ctx)) await desk.linkStaffNote(action.itemId, sent.chat.id, sent.message_id);
      } else {
        const outcome = await desk.dismiss(action.itemId, staff, null, origin(ctx, 'button'));
        const text = dismissOutcomeText(outcome, t);
        await ctx.answerCbQuery(text);
        if (outcome.kind === 'dismissed') {
          await ctx.editMessageReplyMarkup(undefined).catch((err: unknown) => deps.logger.debug({ err }, 'could not remove buttons'));
          await sendText(ctx, t.dismissedBy(action.itemId, staff.name));
        }
      }
    })(ctx);
  });

  return c;
};
