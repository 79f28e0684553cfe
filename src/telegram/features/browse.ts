import { Composer } from 'telegraf';
import { composeEntryReply } from '../../answer/compose.js';
import { onAction } from '../actions.js';
import { refersTo } from '../callback-data.js';
import type { BotContext, Feature } from '../context.js';
import { entryView, stageView, topicView, topicsView } from '../menu.js';
import { showView } from '../send.js';

/**
 * Browsing by buttons: topics → stages → how long / what materials / where to apply → the answer.
 * Every step edits the menu message in place, so browsing never floods the chat.
 */
export const browseFeature: Feature = (deps) => {
  const c = new Composer<BotContext>();

  c.use(
    onAction(['menu', 'topic', 'stage', 'view'], async (ctx, action) => {
      const assistant = deps.assistant();
      const entries = assistant.entries();
      ctx.lang = action.lang;
      let view;
      switch (action.kind) {
        case 'menu':
          view = topicsView(entries, action.lang);
          break;
        case 'topic':
          view = topicView(entries, action.category, action.lang, action.page);
          break;
        case 'stage':
          view = stageView(entries, action.stage, action.lang);
          break;
        case 'view': {
          const entry = entries.find((e) => refersTo(action.entryRef, e.id));
          view = entry && entryView(entry, composeEntryReply(entry, action.lang, (id) => assistant.entry(id)), action.lang);
          break;
        }
      }
      if (!view) {
        // The knowledge changed since the button was drawn: say so and offer the topics again.
        await ctx.answerCbQuery(ctx.tr(ctx.texts.staleButton));
        await showView(ctx, topicsView(entries, action.lang));
        return;
      }
      await ctx.answerCbQuery();
      await showView(ctx, view);
    }),
  );

  return c;
};
