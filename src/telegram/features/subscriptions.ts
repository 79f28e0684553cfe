import { Composer, TelegramError } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import { describeSelection } from '../../broadcast/compose.js';
import type { DeliveryStore } from '../../broadcast/delivery-store.js';
import type { SubscriptionStore } from '../../broadcast/subscription-store.js';
import { isEmptySelection, isTopicId, selectionIncludes, TOPIC_IDS, toggleTopic, type TopicId, type TopicSelection } from '../../broadcast/topics.js';
import { localize, messages } from '../../i18n/index.js';
import type { ReplyLang } from '../../text/language.js';
import { CODE_LANG, LANG_CODE } from '../callback-data.js';
import type { BotContext, BotDeps, Feature } from '../context.js';
import type { InlineButton } from '../../core/messenger.js';
import { inlineKeyboard, isNotModified, sendText } from '../send.js';

export interface SubscriptionDeps {
  readonly subscriptions: SubscriptionStore;
  /** To cancel what is still queued for a chat that unsubscribes. */
  readonly deliveries: DeliveryStore;
}

/** Button data: `bs:<lang>:<topic|all|done>` (lang one letter; the "bs:" prefix is this feature's own). */
const DATA = new RegExp(`^bs:([${Object.values(LANG_CODE).join('')}]):(all|done|[a-z]+)$`);
type Tap = TopicId | 'all' | 'done';

export function subscribeData(lang: ReplyLang, tap: Tap): string {
  return `bs:${LANG_CODE[lang]}:${tap}`;
}

/** The commands of this feature for Telegram's menu (give to registerCommands as `extra`). */
export function subscriptionCommands(lang: ReplyLang): BotCommand[] {
  const t = messages(lang).broadcast;
  return [
    { command: 'subscribe', description: t.commandSubscribe },
    { command: 'subscriptions', description: t.commandSubscriptions },
    { command: 'unsubscribe', description: t.commandUnsubscribe },
  ];
}

/** The toggle keyboard: two topics a row, then "all", then "done"; ✅ marks what is on. */
export function subscribeKeyboard(selection: TopicSelection, lang: ReplyLang): InlineButton[][] {
  const t = messages(lang).broadcast;
  const button = (on: boolean, label: string, tap: Tap): InlineButton => ({
    text: localize(`${on ? t.on : t.off} ${label}`, lang),
    callbackData: subscribeData(lang, tap),
  });
  const rows: InlineButton[][] = [];
  for (let i = 0; i < TOPIC_IDS.length; i += 2) {
    rows.push(TOPIC_IDS.slice(i, i + 2).map((id) => button(selectionIncludes(selection, id), t.topicLabel(id), id)));
  }
  rows.push([button(selection === 'all', t.allTopics, 'all')]);
  rows.push([{ text: localize(t.doneButton, lang), callbackData: subscribeData(lang, 'done') }]);
  return rows;
}

/** What the chat is subscribed to, in a sentence. */
export function subscriptionSummary(selection: TopicSelection | null, lang: ReplyLang): string {
  const t = messages(lang).broadcast;
  if (selection === null || (selection !== 'all' && selection.length === 0)) return localize(t.subscriptionsNone, lang);
  if (selection === 'all') return localize(t.subscriptionsAll, lang);
  return localize(t.subscriptionsSome(describeSelection(selection, lang)), lang);
}

/**
 * /subscribe shows the topics as toggle buttons (a tap saves at once and redraws the buttons in the
 * same message); /subscriptions says what is on; /unsubscribe stops everything, including messages
 * already queued for this chat, and so does switching off the last topic. Subscriptions belong to the chat, in the language of the last tap.
 */
export const subscriptionsFeature: Feature<BotDeps & SubscriptionDeps> = (deps) => {
  const c = new Composer<BotContext>();
  const t = (lang: ReplyLang) => messages(lang).broadcast;

  c.command('subscribe', async (ctx) => {
    const current = (await deps.subscriptions.get(ctx.chat.id))?.topics ?? [];
    await sendText(ctx, localize(t(ctx.lang).subscribeIntro, ctx.lang), subscribeKeyboard(current, ctx.lang));
  });

  c.command('subscriptions', async (ctx) => {
    const current = await deps.subscriptions.get(ctx.chat.id);
    await sendText(ctx, subscriptionSummary(current?.topics ?? null, ctx.lang));
  });

  c.command('unsubscribe', async (ctx) => {
    const had = await deps.subscriptions.remove(ctx.chat.id);
    const cancelled = await deps.deliveries.cancelPending(ctx.chat.id, 'unsubscribed');
    deps.logger.info({ updateId: ctx.update.update_id, chatId: ctx.chat.id, had, cancelled }, 'unsubscribed from broadcasts');
    await sendText(ctx, localize(had ? t(ctx.lang).unsubscribed : t(ctx.lang).notSubscribed, ctx.lang));
  });

  c.action(DATA, async (ctx) => {
    const [, code, tap] = ctx.match;
    const lang = CODE_LANG[code!] ?? ctx.lang;
    const chatId = ctx.chat?.id;
    if (chatId === undefined || (tap !== 'all' && tap !== 'done' && !isTopicId(tap))) {
      await ctx.answerCbQuery();
      return;
    }
    const current = (await deps.subscriptions.get(chatId))?.topics ?? [];
    if (tap === 'done') {
      await ctx.answerCbQuery();
      await edit(ctx, subscriptionSummary(current, lang), []);
      return;
    }
    const next = toggleTopic(current, tap as TopicId | 'all');
    await deps.subscriptions.save({ chatId, lang, topics: next });
    // The last topic switched off is an unsubscribe: what is still queued for the chat goes too.
    const cancelled = isEmptySelection(next) ? await deps.deliveries.cancelPending(chatId, 'unsubscribed') : 0;
    const on = tap === 'all' ? next === 'all' : selectionIncludes(next, tap as TopicId);
    const label = tap === 'all' ? t(lang).allTopics : t(lang).topicLabel(tap!);
    deps.logger.info({ updateId: ctx.update.update_id, chatId, tap, on, cancelled }, 'subscription toggled');
    await ctx.answerCbQuery(localize(on ? t(lang).toggledOn(label) : t(lang).toggledOff(label), lang));
    await edit(ctx, localize(t(lang).subscribeIntro, lang), subscribeKeyboard(next, lang));
  });

  return c;
};

/** Redraws the message the button sits on; a double tap (nothing changed) is not an error. */
async function edit(ctx: BotContext, text: string, keyboard: InlineButton[][]): Promise<void> {
  const markup = inlineKeyboard(keyboard);
  try {
    await ctx.editMessageText(text, markup ? { reply_markup: markup } : {});
  } catch (err) {
    if (isNotModified(err)) return;
    if (!(err instanceof TelegramError) || err.code !== 400) throw err;
    await sendText(ctx, text, keyboard); // the old message can no longer be edited
  }
}
