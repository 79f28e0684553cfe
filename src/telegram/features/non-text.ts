import { Composer } from 'telegraf';
import type { BotContext, Feature } from '../context.js';
import { sendText } from '../send.js';

/** Message contents the bot cannot read; each gets a short hint to type the question instead. */
const NON_TEXT = [
  'sticker', 'photo', 'voice', 'video', 'video_note', 'audio', 'document', 'animation',
  'location', 'venue', 'contact', 'dice', 'poll', 'story',
] as const;

/** Stickers, photos, voice notes, locations, files…: a text-only hint (no search, no buttons). */
export const nonTextFeature: Feature = () => {
  const c = new Composer<BotContext>();
  c.on('message', async (ctx, next) => {
    const message = ctx.message as object;
    if (!NON_TEXT.some((kind) => kind in message)) return next();
    await sendText(ctx, ctx.tr(ctx.texts.nonText));
  });
  return c;
};
