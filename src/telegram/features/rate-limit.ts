import type { MiddlewareFn } from 'telegraf';
import type { Logger } from '../../core/logger.js';
import type { RateLimiter } from '../rate-limiter.js';
import type { BotContext } from '../context.js';

/**
 * Messages beyond the per-minute limit are not answered: the first one gets a "slow down" note,
 * the rest are dropped silently. Button taps are not counted (they are cheap and bounded by the
 * messages that carry them).
 */
export function rateLimit(limiter: RateLimiter, logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.message || !ctx.from) return next();
    const decision = limiter.hit(ctx.from.id);
    if (decision === 'allow') return next();
    if (decision === 'warn') {
      logger.warn({ updateId: ctx.update.update_id, userId: ctx.from.id }, 'rate limit reached');
      await ctx.reply(ctx.tr(ctx.texts.slowDown));
    }
  };
}
