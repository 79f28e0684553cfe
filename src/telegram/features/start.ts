import { Composer } from 'telegraf';
import { composeEntryReply } from '../../answer/compose.js';
import { displayName, type BotContext, type Feature } from '../context.js';
import { escapeHtml } from '../html.js';
import { DEEP_LINK_ALIASES, entryView, stageView, topicView, topicsView, type MenuView } from '../menu.js';
import { sendHtml } from '../send.js';

/**
 * /start greets in the user's language, says what the bot can do and shows the topics; a deep link
 * (`t.me/<bot>?start=permits`) opens that topic (or stage, or entry) directly. /menu shows the
 * topics, /help the how-to.
 */
export const startFeature: Feature = (deps) => {
  const c = new Composer<BotContext>();

  c.start(async (ctx) => {
    const entries = deps.assistant().entries();
    const direct = ctx.payload ? deepLinkView(ctx, ctx.payload.trim().toLowerCase()) : null;
    if (direct) {
      await sendHtml(ctx, direct.html, direct.keyboard);
      return;
    }
    const menu = topicsView(entries, ctx.lang);
    const name = ctx.from?.first_name ?? displayName(ctx);
    const greeting = `<b>${escapeHtml(ctx.tr(ctx.texts.welcome(name)))}</b>\n\n${escapeHtml(ctx.tr(ctx.texts.capabilities))}`;
    await sendHtml(ctx, `${greeting}\n\n${menu.html}`, menu.keyboard);
  });

  c.command('menu', async (ctx) => {
    const menu = topicsView(deps.assistant().entries(), ctx.lang);
    await sendHtml(ctx, menu.html, menu.keyboard);
  });

  c.help(async (ctx) => {
    const menu = topicsView(deps.assistant().entries(), ctx.lang);
    await sendHtml(ctx, `${escapeHtml(ctx.tr(ctx.texts.help))}\n\n${menu.html}`, menu.keyboard);
  });

  /** A deep-link payload names a topic (or an alias of one), a stage, or an entry id. */
  function deepLinkView(ctx: BotContext, payload: string): MenuView | null {
    const assistant = deps.assistant();
    const entries = assistant.entries();
    const topics = DEEP_LINK_ALIASES[payload] ?? [payload];
    const view =
      topics.map((t) => topicView(entries, t, ctx.lang)).find((v) => v !== null) ?? stageView(entries, payload, ctx.lang);
    if (view) return view;
    const entry = assistant.entry(payload);
    if (!entry) return null;
    return entryView(entry, composeEntryReply(entry, ctx.lang, (id) => assistant.entry(id)), ctx.lang);
  }

  return c;
};
