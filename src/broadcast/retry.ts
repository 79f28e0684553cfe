import { classifySendFailure } from '../core/send-failure.js';

/** What one send attempt came to, as the sender acts on it. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly messageId: number }
  /** 429: wait retryAfterMs, then try again (not counted against the retry budget). */
  | { readonly kind: 'throttled'; readonly retryAfterMs: number; readonly reason: string }
  /** The chat blocked the bot or no longer exists: unsubscribe it, never retry. */
  | { readonly kind: 'gone'; readonly reason: string }
  /** 5xx or the network: retry with backoff. The request may have reached Telegram (see sender.ts). */
  | { readonly kind: 'transient'; readonly reason: string }
  /** Any other refusal (400 bad request …): retrying would not help. */
  | { readonly kind: 'rejected'; readonly reason: string };

export interface RetryPolicy {
  /** API calls per delivery for 5xx and network errors, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** 429 answers one delivery may receive before it is recorded as failed. */
  readonly maxThrottles: number;
  /** Used when a 429 carries no retry_after. */
  readonly defaultRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  maxThrottles: 10,
  defaultRetryAfterMs: 5000,
});

/** The outcome of a failed send, as the sender acts on it (the rules are classifySendFailure's). */
export function classifyFailure(err: unknown, policy: RetryPolicy): Exclude<SendOutcome, { kind: 'sent' }> {
  const failure = classifySendFailure(err);
  switch (failure.kind) {
    case 'throttled':
      return { kind: 'throttled', retryAfterMs: failure.retryAfterMs ?? policy.defaultRetryAfterMs, reason: failure.detail };
    case 'gone':
      return { kind: 'gone', reason: failure.detail };
    case 'rejected':
      return { kind: 'rejected', reason: failure.detail };
    case 'server':
      return { kind: 'transient', reason: failure.detail };
    case 'network':
    case 'unexpected': // a bug in an adapter: bounded retries, then recorded as failed
      return { kind: 'transient', reason: `${failure.kind}: ${failure.detail}` };
  }
}

/** Delay before attempt `attempts + 1`: base, 2×base, 4×base … capped at maxDelayMs. */
export function backoffMs(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}
