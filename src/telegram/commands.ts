import type { Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { Logger } from '../core/logger.js';
import { messages } from '../i18n/index.js';
import type { ReplyLang } from '../text/language.js';

/** The command list shown in Telegram's menu, in one language. */
export function botCommands(lang: ReplyLang): BotCommand[] {
  const c = messages(lang).bot.commands;
  return [
    { command: 'start', description: c.start },
    { command: 'menu', description: c.menu },
    { command: 'help', description: c.help },
    { command: 'lang', description: c.lang },
  ];
}

/**
 * Registers the command menu: English by default, Chinese for Chinese-language clients. A failure is
 * logged and returned as false, never thrown: the bot works without a command menu.
 */
export async function registerCommands(telegram: Telegram, logger: Logger, extra: (lang: ReplyLang) => BotCommand[] = () => []): Promise<boolean> {
  const sets: { lang: ReplyLang; language_code?: string }[] = [{ lang: 'en' }, { lang: 'zh', language_code: 'zh' }];
  let ok = true;
  for (const { lang, language_code } of sets) {
    try {
      await telegram.setMyCommands([...botCommands(lang), ...extra(lang)], language_code ? { language_code } : {});
    } catch (err) {
      ok = false;
      logger.warn({ err, language: language_code ?? 'default' }, 'setMyCommands failed; continuing without a command menu');
    }
  }
  return ok;
}
