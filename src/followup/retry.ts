import { TelegramApiError } from '../core/messenger.js';
import { classifySendFailure } from '../core/send-failure.js';

/**
 * How hard the desk tries to get a staff answer to an investor. A few quick in-line tries ride out a
 * blip; after that the delivery is scheduled with growing pauses and picked up by the retry job, so a
 * restart or a long outage loses nothing. Tuning values only; merged with overrides by the desk.
 */
export interface DeliveryPolicy {
  readonly inlineAttempts: number;
  readonly inlineWaitMs: number;
  readonly maxInlineWaitMs: number;
  readonly backoffMs: readonly number[];
  readonly maxAttempts: number;
  readonly leaseMs: number;
}

export const DELIVERY_DEFAULTS: DeliveryPolicy = Object.freeze({
  /** Tries within one run (an answer, or one pass of the retry job). */
  inlineAttempts: 3,
  /** Pause before the second in-line try; doubled for each further one. */
  inlineWaitMs: 500,
  /** A longer wait (e.g. Telegram's retry_after) is not slept through; the delivery is scheduled instead. */
  maxInlineWaitMs: 5_000,
  /** Pauses before scheduled retries: the n-th scheduled retry waits backoffMs[n-1] (the last repeats). */
  backoffMs: Object.freeze([60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000]),
  /** After this many attempts in all, the delivery is failed and staff are told. */
  maxAttempts: 12,
  /** How long a claimed delivery is reserved for the process sending it. */
  leaseMs: 2 * 60_000,
});

/** Why a send failed, as staff are told it (texts are chosen by the caller from the kind). */
export type FailureKind = 'blocked' | 'rejected' | 'gave-up' | 'retention';

export type FailureVerdict =
  | { readonly kind: 'retry'; readonly detail: string; readonly retryAfterMs: number | null }
  | { readonly kind: 'fail'; readonly failure: FailureKind; readonly detail: string };

/**
 * What to do after a failed send. Network failures, 5xx and 429 are worth retrying (429 after
 * Telegram's retry_after); a recipient who blocked the bot or whose chat is gone is final, as is any
 * other refusal (4xx), which retrying would not change. `attempts` counts this failed one.
 */
export function classifyFailure(err: unknown, attempts: number, policy: DeliveryPolicy): FailureVerdict {
  const failure = classifySendFailure(err);
  // Staff read `detail`: Telegram's code and description without a colon, else the error's message.
  const detail = err instanceof TelegramApiError ? `${err.code} ${err.description}` : failure.detail;
  if (failure.kind === 'gone') return { kind: 'fail', failure: 'blocked', detail };
  if (failure.kind === 'rejected') return { kind: 'fail', failure: 'rejected', detail };
  return attempts >= policy.maxAttempts
    ? { kind: 'fail', failure: 'gave-up', detail }
    : { kind: 'retry', detail, retryAfterMs: failure.retryAfterMs };
}

/** The pause before the next in-line try (`tries` made so far in this run), or null to schedule instead. */
export function inlineWait(tries: number, retryAfterMs: number | null, policy: DeliveryPolicy): number | null {
  if (tries >= policy.inlineAttempts) return null;
  const wait = Math.max(policy.inlineWaitMs * 2 ** (tries - 1), retryAfterMs ?? 0);
  return wait <= policy.maxInlineWaitMs ? wait : null;
}

/**
 * When to try again after `attempts` failed attempts in all, honouring Telegram's retry_after: the
 * pause grows with each run of in-line tries (1 min, 5 min, 30 min, 2 h, then every 6 h).
 */
export function nextAttemptDelay(attempts: number, retryAfterMs: number | null, policy: DeliveryPolicy): number {
  const steps = policy.backoffMs;
  const run = Math.max(0, Math.ceil(attempts / policy.inlineAttempts) - 1);
  const base = steps[Math.min(run, steps.length - 1)] ?? 60_000;
  return Math.max(base, retryAfterMs ?? 0);
}
