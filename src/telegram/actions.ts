import type { MiddlewareFn } from 'telegraf';
import { decodeCallback, type CallbackAction } from './callback-data.js';
import type { BotContext } from './context.js';

type ActionOf<K extends CallbackAction['kind']> = Extract<CallbackAction, { kind: K }>;

/**
 * Middleware for button taps of the given kinds: the callback data is decoded once and the handler
 * gets the typed action. Other updates pass on to the next middleware. The handler must answer the
 * callback query (Telegram shows a spinner until it does).
 */
export function onAction<K extends CallbackAction['kind']>(
  kinds: K | readonly K[],
  handler: (ctx: BotContext, action: ActionOf<K>) => Promise<void>,
): MiddlewareFn<BotContext> {
  const wanted: readonly string[] = typeof kinds === 'string' ? [kinds] : kinds;
  return async (ctx, next) => {
    const query = ctx.callbackQuery;
    const action = query && 'data' in query ? decodeCallback(query.data) : null;
    if (!action || !wanted.includes(action.kind)) return next();
    await handler(ctx, action as ActionOf<K>);
  };
}
