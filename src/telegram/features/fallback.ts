import { Composer } from 'telegraf';
import type { BotContext, Feature } from '../context.js';
import { sendText } from '../send.js';

/**
 * The last feature: a command nobody handled gets a pointer to /help, and a button nobody handled
 * (an old message, a feature since removed) is answered so the user's spinner stops.
 */
export const fallbackFeature: Feature = () => {
  const c = new Composer<BotContext>();
  c.on('callback_query', async (ctx) => {
    await ctx.answerCbQuery(ctx.tr(ctx.texts.staleButton));
  });
  c.on('message', async (ctx) => {
    if ('text' in ctx.message && ctx.message.text.startsWith('/')) await sendText(ctx, ctx.tr(ctx.texts.unknownCommand));
  });
  return c;
};
