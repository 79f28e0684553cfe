/** Chinese texts of the bot feature (filled in by that feature). Keys must match ../en/bot.ts. */
export const bot = {} as const;
