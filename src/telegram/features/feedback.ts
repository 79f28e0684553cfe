import { Composer } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import { contentLang } from '../../text/language.js';
import { normalizeText } from '../../text/normalize.js';
import { onAction } from '../actions.js';
import { decodeCallback, refersTo } from '../callback-data.js';
import type { Logger } from '../../core/logger.js';
import type { BotContext, Feature } from '../context.js';
import { isNotModified, sendText } from '../send.js';
import { recordUnresolved } from './ask.js';

/**
 * 👍 / 👎 under an answer. 👍 is thanked; 👎 hands the question to staff as unresolved (reason
 * `thumbs-down`) and tells the user staff will reply here. Either way the two buttons are removed so
 * the same answer is not rated twice. "None of these" under a clarify hands the question to staff
 * too (reason `clarify-not-picked`) and removes the choices.
 */
export const feedbackFeature: Feature = (deps) => {
  const c = new Composer<BotContext>();

  c.use(
    onAction('feedback', async (ctx, action) => {
      ctx.lang = action.lang;
      const { remembered, quotedText } = recallQuestion(ctx, deps);
      if (remembered?.feedbackGiven) {
        await ctx.answerCbQuery(ctx.tr(ctx.texts.feedbackAlready));
        return;
      }
      if (remembered) remembered.feedbackGiven = true;
      const entry = deps.assistant().entries().find((e) => refersTo(action.entryRef, e.id));
      deps.logger.info(
        { updateId: ctx.update.update_id, entry: entry?.id ?? action.entryRef, helpful: action.helpful },
        'answer feedback',
      );

      if (action.helpful) {
        await ctx.answerCbQuery(ctx.tr(ctx.texts.feedbackThanks));
      } else {
        // The question as asked, when we still know it; else the quoted message; else the entry's own question.
        const text =
          remembered?.question ?? quotedText ?? entry?.questions[contentLang(action.lang)][0] ?? action.entryRef;
        await recordUnresolved(ctx, deps, {
          text,
          normalized: remembered?.normalized ?? normalizeText(text),
          lang: remembered?.lang ?? action.lang,
          nearest: remembered?.nearest ?? [{ entryId: entry?.id ?? action.entryRef, score: 0 }],
          reason: 'thumbs-down',
          ...(remembered?.questionMessageId !== undefined ? { messageId: remembered.questionMessageId } : {}),
        });
        await ctx.answerCbQuery();
        await sendText(ctx, ctx.tr(ctx.texts.feedbackRecorded));
      }
      await removeFeedbackButtons(ctx, deps.logger);
    }),
  );

  c.use(
    onAction('nonefits', async (ctx, action) => {
      ctx.lang = action.lang;
      const { remembered, quotedText } = recallQuestion(ctx, deps);
      if (remembered?.feedbackGiven) {
        await ctx.answerCbQuery(ctx.tr(ctx.texts.feedbackAlready));
        return;
      }
      const text = remembered?.question ?? quotedText;
      if (text === undefined) {
        // After a restart the question behind old choices is gone: better to ask again than to guess.
        await ctx.answerCbQuery();
        await sendText(ctx, ctx.tr(ctx.texts.noneFitsForgotten));
        return;
      }
      if (remembered) remembered.feedbackGiven = true;
      await recordUnresolved(ctx, deps, {
        text,
        normalized: remembered?.normalized ?? normalizeText(text),
        lang: remembered?.lang ?? action.lang,
        nearest: remembered?.nearest ?? [],
        reason: 'clarify-not-picked',
        ...(remembered?.questionMessageId !== undefined ? { messageId: remembered.questionMessageId } : {}),
      });
      deps.logger.info({ updateId: ctx.update.update_id }, 'clarify: none of the choices fits');
      await ctx.answerCbQuery();
      await sendText(ctx, ctx.tr(ctx.texts.feedbackRecorded));
      await ctx.editMessageReplyMarkup(undefined).catch((err: unknown) => {
        if (!isNotModified(err)) deps.logger.warn({ updateId: ctx.update.update_id, err }, 'could not remove the choices');
      });
    }),
  );

  return c;
};

/**
 * The question behind the bot message whose button was tapped: as remembered when the answer was
 * sent (lost on restart), and the text of the message it replied to (in groups), if any.
 */
function recallQuestion(ctx: BotContext, deps: Parameters<Feature>[0]) {
  const chatId = ctx.chat?.id;
  const message = ctx.callbackQuery?.message;
  const remembered = chatId !== undefined && message ? deps.answers.recall(chatId, message.message_id) : undefined;
  const quoted = message && 'reply_to_message' in message ? message.reply_to_message : undefined;
  const quotedText = quoted && 'text' in quoted ? quoted.text : undefined;
  return { remembered, quotedText };
}

/**
 * Edits the rated answer's keyboard to drop the 👍 / 👎 row (when Telegram sent us the keyboard).
 * Best effort: the user has already been answered, so a refused edit (a message too old to edit,
 * deleted, or a double tap) is logged and never turned into a "something went wrong" reply.
 */
async function removeFeedbackButtons(ctx: BotContext, logger: Logger): Promise<void> {
  const message = ctx.callbackQuery?.message;
  const keyboard = message && 'reply_markup' in message ? message.reply_markup?.inline_keyboard : undefined;
  if (!keyboard) return;
  const isFeedback = (b: InlineKeyboardButton) => 'callback_data' in b && decodeCallback(b.callback_data)?.kind === 'feedback';
  const kept = keyboard.map((row) => row.filter((b) => !isFeedback(b))).filter((row) => row.length > 0);
  await ctx.editMessageReplyMarkup(kept.length > 0 ? { inline_keyboard: kept } : undefined).catch((err: unknown) => {
    if (isNotModified(err)) return;
    logger.warn({ updateId: ctx.update.update_id, err }, 'could not remove the feedback buttons');
  });
}
