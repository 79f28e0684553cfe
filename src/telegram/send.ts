import { TelegramError } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { Reply } from '../answer/reply.js';
import type { ReplyLang } from '../text/language.js';
import { actionFor, encodeCallback } from './callback-data.js';
import type { BotContext } from './context.js';
import { splitHtml } from './html.js';
import type { MenuView } from './menu.js';
import type { InlineButton } from '../core/messenger.js';

export type Keyboard = readonly (readonly InlineButton[])[];

export function inlineKeyboard(rows: Keyboard): InlineKeyboardMarkup | undefined {
  const kept = rows.filter((r) => r.length > 0);
  if (kept.length === 0) return undefined;
  return { inline_keyboard: kept.map((r) => r.map((b) => ({ text: b.text, callback_data: b.callbackData }))) };
}

/** The composer's buttons (described by action) as inline buttons with callback data. */
export function replyKeyboard(reply: Reply, lang: ReplyLang, place: 'chat' | 'menu' = 'chat'): Keyboard {
  return reply.buttons.map((row) => row.map((b) => ({ text: b.text, callbackData: encodeCallback(actionFor(b.action, lang, place)) })));
}

export interface SendHtmlOptions {
  /** Quote this message (used in groups, so the answer is attached to its question). */
  readonly replyTo?: number;
}

/**
 * Sends Telegram HTML, split into parts that fit the 4,096-character limit; the keyboard goes on
 * the last part (where the reader's eyes end). Returns the sent message ids, in order.
 */
export async function sendHtml(ctx: BotContext, html: string, keyboard: Keyboard = [], options: SendHtmlOptions = {}): Promise<number[]> {
  const parts = splitHtml(html);
  const markup = inlineKeyboard(keyboard);
  const ids: number[] = [];
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const sent = await ctx.reply(part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(i === 0 && options.replyTo !== undefined
        ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
        : {}),
      ...(last && markup ? { reply_markup: markup } : {}),
    });
    ids.push(sent.message_id);
  }
  return ids;
}

/** Sends a plain-text message (escaping is not needed: no parse mode). */
export async function sendText(ctx: BotContext, text: string, keyboard: Keyboard = []): Promise<number> {
  const markup = inlineKeyboard(keyboard);
  const sent = await ctx.reply(text, markup ? { reply_markup: markup } : {});
  return sent.message_id;
}

/**
 * Shows a menu view. From a button, the menu message is edited in place (no new message in the
 * chat); when it cannot be edited (too old, deleted) or the view is too long for one message, the
 * view is sent as new messages instead.
 */
export async function showView(ctx: BotContext, view: MenuView): Promise<void> {
  const parts = splitHtml(view.html);
  const message = ctx.callbackQuery?.message;
  if (message && parts.length === 1) {
    try {
      const markup = inlineKeyboard(view.keyboard);
      await ctx.editMessageText(parts[0]!, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(markup ? { reply_markup: markup } : {}),
      });
      return;
    } catch (err) {
      if (isNotModified(err)) return;
      if (!(err instanceof TelegramError) || err.code !== 400) throw err;
      // 400: the message can no longer be edited; fall through and send a fresh one.
    }
  }
  await sendHtml(ctx, view.html, view.keyboard);
}

/** Telegram refuses an edit that changes nothing (a double tap on the same button): not an error. */
export function isNotModified(err: unknown): boolean {
  return err instanceof TelegramError && err.code === 400 && /not modified/i.test(err.description);
}

/**
 * Shows "typing…" while the answer is prepared. Fire and forget: it is sent before the answer and
 * never waited for, so it adds no latency (an extra round trip per answer would halve webhook
 * throughput at Telegram's latencies), and a failure (the emulator answers 500) is only reported.
 */
export function typing(ctx: BotContext, onError: (err: unknown) => void): void {
  if (!ctx.chat) return;
  ctx.sendChatAction('typing').catch(onError);
}
