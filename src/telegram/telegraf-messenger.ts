import { TelegramError, type Telegram } from 'telegraf';
import { TelegramApiError, TelegramNetworkError, type Messenger, type SendOptions } from '../core/messenger.js';

/** Converts whatever telegraf threw into TelegramApiError (Telegram said no) or TelegramNetworkError. */
export function toMessengerError(err: unknown): Error {
  if (err instanceof TelegramError) {
    return new TelegramApiError(err.code, err.description, err.parameters?.retry_after, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new TelegramNetworkError(message, { cause: err });
}

/** A Messenger over telegraf's Bot API client (which honours TELEGRAM_API_ROOT through its options). */
export function telegrafMessenger(telegram: Telegram): Messenger {
  return {
    async send(chatId, text, options: SendOptions = {}) {
      try {
        const sent = await telegram.sendMessage(chatId, text, {
          ...(options.html ? { parse_mode: 'HTML' as const } : {}),
          link_preview_options: { is_disabled: true },
          ...(options.replyToMessageId ? { reply_parameters: { message_id: options.replyToMessageId } } : {}),
          ...(options.buttons
            ? {
                reply_markup: {
                  inline_keyboard: options.buttons.map((row) =>
                    row.map((b) => ({ text: b.text, callback_data: b.callbackData })),
                  ),
                },
              }
            : {}),
        });
        return { messageId: sent.message_id };
      } catch (err) {
        throw toMessengerError(err);
      }
    },
  };
}
