import type { MiddlewareFn } from 'telegraf';
import { addressing } from '../addressing.js';
import type { BotContext } from '../context.js';

/**
 * In groups the bot answers only when mentioned, replied to or given a command; everything else is
 * dropped here, before language lookup and rate limiting. Sets `ctx.question` for text messages
 * (without the @mention). Button taps always pass: they are on the bot's own messages.
 */
export function groupFilter(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.callbackQuery) return next();
    const message = ctx.message;
    if (!message || !ctx.chat) return; // edits, channel posts, membership changes: not for us
    const me = { id: ctx.botInfo.id, username: ctx.botInfo.username };
    const result = addressing(message, ctx.chat.type, me);
    if (!result.addressed) return;
    if ('text' in message) ctx.question = result.text;
    return next();
  };
}
