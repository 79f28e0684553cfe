import { TelegramApiError, TelegramNetworkError } from './messenger.js';

/**
 * What a failed send through the Messenger port means, the one place these rules are written:
 * - `throttled`: 429 Too Many Requests; wait `retryAfterMs` (Telegram's retry_after) and try again.
 * - `gone`: the recipient blocked the bot, deleted the account, or the chat no longer exists; final.
 * - `server`: 5xx; Telegram may recover, so retry with backoff.
 * - `rejected`: any other refusal (400 bad request …); retrying would not change the answer.
 * - `network`: no answer at all (refused, reset, timeout); retry. The request may have arrived.
 * - `unexpected`: not one of the port's errors, i.e. a bug in an adapter; callers retry a bounded
 *   number of times and then record the failure.
 * Callers decide what to do with each kind (the broadcaster and the follow-up desk budget retries
 * differently) and how to word `detail` for their logs and reports.
 */
export type SendFailureKind = 'throttled' | 'gone' | 'server' | 'rejected' | 'network' | 'unexpected';

export interface SendFailure {
  readonly kind: SendFailureKind;
  /** Telegram's retry_after in milliseconds, when it gave one (429); otherwise null. */
  readonly retryAfterMs: number | null;
  /** `<code>: <description>` for a Telegram refusal, else the error's message. */
  readonly detail: string;
}

/** Classifies an error thrown by `Messenger.send`; never throws. */
export function classifySendFailure(err: unknown): SendFailure {
  if (err instanceof TelegramApiError) {
    const retryAfterMs = err.retryAfter !== undefined ? err.retryAfter * 1000 : null;
    const detail = `${err.code}: ${err.description}`;
    const kind: SendFailureKind =
      err.code === 429 ? 'throttled' : err.recipientGone ? 'gone' : err.code >= 500 ? 'server' : 'rejected';
    return { kind, retryAfterMs, detail };
  }
  if (err instanceof TelegramNetworkError) return { kind: 'network', retryAfterMs: null, detail: err.message };
  return { kind: 'unexpected', retryAfterMs: null, detail: err instanceof Error ? err.message : String(err) };
}
