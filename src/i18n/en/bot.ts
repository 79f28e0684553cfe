import type { bot as zh } from '../zh/bot.js';

/** English texts of the bot feature; same keys as the Chinese module. */
export const bot: { readonly [K in keyof typeof zh]: string | ((...args: never[]) => string) } = {};
