/**
 * The one thing use-cases need from Telegram: send a text to a chat. Adapters translate Telegram's
 * failures into these two error classes so that retry policies never look at HTTP details.
 */
export interface InlineButton {
  readonly text: string;
  readonly callbackData: string;
}

export interface SendOptions {
  /** Text is Telegram HTML (already escaped by the composer). */
  readonly html?: boolean;
  /** Rows of inline buttons. */
  readonly buttons?: readonly (readonly InlineButton[])[];
  readonly replyToMessageId?: number;
}

export interface Messenger {
  send(chatId: number | string, text: string, options?: SendOptions): Promise<{ messageId: number }>;
}

/** Telegram answered and refused (4xx/5xx with a description). */
export class TelegramApiError extends Error {
  override readonly name = 'TelegramApiError';
  constructor(
    readonly code: number,
    readonly description: string,
    /** Seconds Telegram asks us to wait (429 Too Many Requests). */
    readonly retryAfter?: number,
    options?: { cause?: unknown },
  ) {
    super(`Telegram ${code}: ${description}`, options);
  }

  /** The user blocked the bot, deleted the account, or the chat no longer exists. */
  get recipientGone(): boolean {
    return this.code === 403 || (this.code === 400 && /chat not found|user is deactivated/i.test(this.description));
  }
}

/** The request never got an answer (connection refused, reset, timeout). */
export class TelegramNetworkError extends Error {
  override readonly name = 'TelegramNetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
