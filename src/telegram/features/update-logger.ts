import type { MiddlewareFn } from 'telegraf';
import type { Clock } from '../../core/clock.js';
import type { Logger } from '../../core/logger.js';
import type { BotContext } from '../context.js';

/** One debug line per update: id, type, chat, and how long handling took. */
export function updateLogger(logger: Logger, clock: Clock): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = clock().getTime();
    await next();
    logger.debug(
      { updateId: ctx.update.update_id, updateType: ctx.updateType, chatId: ctx.chat?.id, ms: clock().getTime() - started },
      'update handled',
    );
  };
}
