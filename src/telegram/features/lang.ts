import { Composer } from 'telegraf';
import type { ReplyLang } from '../../text/language.js';
import { onAction } from '../actions.js';
import { encodeCallback } from '../callback-data.js';
import type { BotContext, BotDeps, Feature } from '../context.js';
import { isNotModified, sendText } from '../send.js';

const CHOICES: readonly ReplyLang[] = ['zh', 'zh-Hant', 'en'];

/** `/lang` words accepted without tapping a button: `/lang en`, `/lang 繁體`. */
const WORDS: Readonly<Record<string, ReplyLang>> = {
  en: 'en', english: 'en', 英文: 'en', 英语: 'en',
  zh: 'zh', cn: 'zh', 'zh-hans': 'zh', 中文: 'zh', 简体: 'zh', 简体中文: 'zh',
  'zh-hant': 'zh-Hant', tw: 'zh-Hant', hk: 'zh-Hant', 繁體: 'zh-Hant', 繁体: 'zh-Hant', 繁體中文: 'zh-Hant',
};

export interface LangDeps {
  /**
   * Called after a choice is saved, with the chat it was made in: e.g. to write that chat's policy
   * broadcasts in the new language (`subscriptions.setLang`). Optional: a bot without broadcasts
   * has nothing else that follows the language.
   */
  readonly onLangChosen?: (chatId: number, lang: ReplyLang) => Promise<void>;
}

/**
 * /lang: choose 简体中文 / 繁體中文 / English. The choice is remembered per user, and passed to
 * `onLangChosen` for the chat (so a chat's broadcasts follow the last choice made in it).
 */
export const langFeature: Feature<BotDeps & LangDeps> = (deps) => {
  const c = new Composer<BotContext>();

  const confirm = (ctx: BotContext, lang: ReplyLang) => {
    ctx.lang = lang;
    const t = ctx.texts;
    return ctx.tr(lang === 'zh-Hant' ? t.langSetHant : t.langSet);
  };

  const choose = async (ctx: BotContext, lang: ReplyLang) => {
    if (ctx.from) await deps.preferences.setLang(ctx.from.id, lang);
    if (ctx.chat && deps.onLangChosen) await deps.onLangChosen(ctx.chat.id, lang);
    deps.logger.info({ updateId: ctx.update.update_id, userId: ctx.from?.id, lang }, 'language chosen');
    return confirm(ctx, lang);
  };

  c.command('lang', async (ctx) => {
    const word = ctx.payload.trim().toLowerCase();
    const direct = WORDS[word];
    if (direct) {
      await sendText(ctx, await choose(ctx, direct));
      return;
    }
    const names = ctx.texts.langNames;
    await sendText(
      ctx,
      ctx.tr(ctx.texts.langPrompt),
      [CHOICES.map((lang) => ({ text: names[lang], callbackData: encodeCallback({ kind: 'lang', lang }) }))],
    );
  });

  c.use(
    onAction('lang', async (ctx, action) => {
      const text = await choose(ctx, action.lang);
      await ctx.answerCbQuery();
      await ctx.editMessageText(text).catch(async (err: unknown) => {
        if (!isNotModified(err)) await sendText(ctx, text);
      });
    }),
  );

  return c;
};
