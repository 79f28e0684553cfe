import { TelegramError, type Telegraf } from 'telegraf';
import type { Logger } from '../../core/logger.js';
import type { BotContext } from '../context.js';

/**
 * The bot's last line: any error a handler throws is logged with its update id, and the user gets a
 * polite message instead of silence. Never throws (telegraf would otherwise stop polling).
 */
export function installErrorHandler(bot: Telegraf<BotContext>, logger: Logger): void {
  bot.catch(async (err, ctx) => {
    const updateId = ctx.update.update_id;
    logger.error({ err, updateId, updateType: ctx.updateType }, 'update failed');
    if (err instanceof TelegramError && err.code === 403) return; // blocked by the user: nobody to tell
    const text = ctx.tr(ctx.texts.error);
    try {
      if (ctx.callbackQuery) await ctx.answerCbQuery(text).catch(() => undefined);
      else if (ctx.chat) await ctx.reply(text);
    } catch (replyErr) {
      logger.warn({ err: replyErr, updateId }, 'could not tell the user about the failure');
    }
  });
}
