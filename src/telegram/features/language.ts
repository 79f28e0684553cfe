import { isCommand } from '../addressing.js';
import type { MiddlewareFn } from 'telegraf';
import type { Logger } from '../../core/logger.js';
import type { PreferenceStore } from '../../store/preferences.js';
import { detectLanguage, languageFromCode, type ReplyLang } from '../../text/language.js';
import type { BotContext } from '../context.js';


/**
 * Works out the reply language once per update: a question's own script first (a Chinese question
 * gets a Chinese answer), then the choice made with /lang, then Telegram's language_code, then
 * Chinese. A preference store failure is logged and skipped, never fatal.
 */
export function languageMiddleware(preferences: PreferenceStore, logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const question = ctx.question;
    const fromText = question !== undefined && !isCommand(question) ? detectLanguage(question) : null;
    let saved: ReplyLang | undefined;
    if (fromText === null && ctx.from) {
      saved = await preferences.getLang(ctx.from.id).catch((err: unknown) => {
        logger.warn({ err, updateId: ctx.update.update_id }, 'language preference unavailable');
        return undefined;
      });
    }
    ctx.lang = fromText ?? saved ?? languageFromCode(ctx.from?.language_code) ?? 'zh';
    return next();
  };
}
