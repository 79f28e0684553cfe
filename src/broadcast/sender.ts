import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { Messenger } from '../core/messenger.js';
import type { BroadcastRecord, Delivery, DeliveryStore } from './delivery-store.js';
import { pickNext, type SendPacer } from './pacer.js';
import { backoffMs, classifyFailure, DEFAULT_RETRY, type RetryPolicy, type SendOutcome } from './retry.js';
import type { SubscriptionStore } from './subscription-store.js';

/*
 * Delivery guarantee. Each delivery is committed as 'sending' before its API call and as 'sent' (or
 * failed/blocked/pending-for-retry) right after, so every delivery is sent exactly once, with two
 * documented exceptions that each concern a message whose outcome we cannot know:
 *  1. A hard kill (SIGKILL, power loss) between the two commits leaves the row in 'sending'. The next
 *     sender to take the lease resets it to 'pending' and sends it again, flagged `resent`: we chose
 *     at-least-once for that message, because a lost policy notice is worse than a repeated one. With
 *     `concurrency` 1 (the default) at most ONE message per interruption can be duplicated, none lost.
 *  2. A network error (reset, timeout) after the request left is retried as the issue requires;
 *     Telegram may have delivered the first attempt. A 5xx from Telegram means it did not.
 */

export type Sleep = (ms: number) => Promise<void>;

export interface SenderDeps {
  readonly deliveries: DeliveryStore;
  readonly subscriptions: SubscriptionStore;
  readonly messenger: Messenger;
  /** Shared by every pass of one process, so the rate holds across passes. */
  readonly pacer: SendPacer;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly logger: Logger;
}

export interface DeliveryResult {
  readonly delivery: Delivery;
  readonly status: 'sent' | 'retry' | 'failed' | 'blocked';
  readonly reason?: string;
}

export interface SenderOptions {
  readonly retry?: Partial<RetryPolicy>;
  /** Messages in flight at once; the crash bound above grows to this number. */
  readonly concurrency?: number;
  readonly batchSize?: number;
  /** Abort = stop taking new deliveries; messages in flight finish and are recorded. */
  readonly signal?: AbortSignal;
  readonly onResult?: (result: DeliveryResult) => void;
  /** Renews the sender lease; called every keepAliveMs. False = lease lost: stop at once. */
  readonly keepAlive?: () => Promise<boolean>;
  readonly keepAliveMs?: number;
}

export interface SendReport {
  sent: number;
  failed: number;
  blocked: number;
  retries: number;
  throttled: number;
  /** True when the pass ended because of the signal or a lost lease, with work possibly left. */
  stopped: boolean;
}

/** Longest the sender books a slot ahead; beyond that it naps and looks at the queue again. */
const LOOKAHEAD_MS = 1000;

/** Sends every pending delivery (including ones queued while it runs) and returns what happened. */
export async function sendPending(deps: SenderDeps, options: SenderOptions = {}): Promise<SendReport> {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const batchSize = options.batchSize ?? 200;
  const now = () => deps.clock().getTime();
  const report: SendReport = { sent: 0, failed: 0, blocked: 0, retries: 0, throttled: 0, stopped: false };
  const window: Delivery[] = [];
  const known = new Set<number>(); // ids in the window or in flight
  const busy = new Set<number>(); // chats with a message in flight
  const records = new Map<string, BroadcastRecord | null>();
  const throttles = new Map<number, number>();
  const changed = new Notifier();
  let more = true;
  let inFlight = 0;
  let lostLease = false;
  let crashed = false;
  let lastKeepAlive = now();
  const stopping = () => options.signal?.aborted === true || lostLease || crashed;

  async function refill(): Promise<void> {
    const limit = known.size + batchSize;
    const rows = await deps.deliveries.pending(limit);
    for (const r of rows) {
      if (known.has(r.id)) continue;
      known.add(r.id);
      window.push(r);
    }
    more = rows.length === limit;
  }

  async function keepAlive(): Promise<void> {
    if (!options.keepAlive || now() - lastKeepAlive < (options.keepAliveMs ?? 10_000)) return;
    lastKeepAlive = now();
    if (!(await options.keepAlive())) {
      lostLease = true;
      deps.logger.error({}, 'broadcast sender lost its lease; stopping');
    }
  }

  async function napUntil(at: number): Promise<void> {
    for (let left = at - now(); left > 0 && !stopping(); left = at - now()) await deps.sleep(Math.min(left, LOOKAHEAD_MS));
  }

  const requeue = (d: Delivery) => window.push(d);
  const emit = (delivery: Delivery, status: DeliveryResult['status'], reason?: string) =>
    options.onResult?.({ delivery, status, ...(reason ? { reason } : {}) });

  async function fail(d: Delivery, status: 'failed' | 'blocked', reason: string): Promise<void> {
    await deps.deliveries.markFailed(d.id, status, reason, deps.clock());
    known.delete(d.id);
    report[status] += 1;
    deps.logger.warn({ deliveryId: d.id, policyId: d.policyId, chatId: d.chatId, reason }, `broadcast delivery ${status}`);
    emit(d, status, reason);
  }

  async function settle(d: Delivery, outcome: SendOutcome): Promise<void> {
    const at = now();
    const attempts = d.attempts + 1;
    switch (outcome.kind) {
      case 'sent':
        await deps.deliveries.markSent(d.id, new Date(at), outcome.messageId);
        known.delete(d.id);
        report.sent += 1;
        emit(d, 'sent');
        return;
      case 'throttled': {
        report.throttled += 1;
        const until = at + outcome.retryAfterMs;
        deps.pacer.pause(until);
        const n = (throttles.get(d.id) ?? 0) + 1;
        throttles.set(d.id, n);
        if (n > retry.maxThrottles) return fail(d, 'failed', outcome.reason);
        await deps.deliveries.markRetry(d.id, new Date(until), outcome.reason, false);
        deps.logger.warn({ chatId: d.chatId, retryAfterMs: outcome.retryAfterMs }, 'Telegram said 429; pausing all sends');
        requeue({ ...d, notBefore: new Date(until), reason: outcome.reason });
        emit(d, 'retry', outcome.reason);
        return;
      }
      case 'transient': {
        if (attempts >= retry.maxAttempts) return fail(d, 'failed', outcome.reason);
        const notBefore = new Date(at + backoffMs(attempts, retry));
        await deps.deliveries.markRetry(d.id, notBefore, outcome.reason, true);
        report.retries += 1;
        requeue({ ...d, attempts, notBefore, reason: outcome.reason });
        emit(d, 'retry', outcome.reason);
        return;
      }
      case 'gone': {
        await fail(d, 'blocked', outcome.reason);
        await deps.subscriptions.remove(d.chatId);
        await deps.deliveries.cancelPending(d.chatId, `blocked: ${outcome.reason}`);
        for (let i = window.length - 1; i >= 0; i--) {
          if (window[i]!.chatId === d.chatId) known.delete(window.splice(i, 1)[0]!.id);
        }
        return;
      }
      case 'rejected':
        return fail(d, 'failed', outcome.reason);
    }
  }

  async function attempt(d: Delivery): Promise<void> {
    if (!records.has(d.policyId)) records.set(d.policyId, await deps.deliveries.getBroadcast(d.policyId));
    const text = records.get(d.policyId)?.texts[d.lang];
    if (!(await deps.deliveries.markSending(d.id, deps.clock()))) {
      known.delete(d.id); // cancelled, or taken by another sender
      return;
    }
    if (text === undefined) return fail(d, 'failed', 'broadcast text missing');
    let outcome: SendOutcome;
    deps.pacer.departed(d.chatId, now());
    try {
      const { messageId } = await deps.messenger.send(d.chatId, text, { html: true });
      outcome = { kind: 'sent', messageId };
    } catch (err) {
      outcome = classifyFailure(err, retry);
    }
    await settle(d, outcome);
  }

  async function worker(): Promise<void> {
    while (!stopping()) {
      await keepAlive();
      if (window.length < batchSize / 2 && more) await refill();
      const candidates = window.filter((d) => !busy.has(d.chatId));
      const pick = pickNext(candidates, deps.pacer, now());
      if (!pick) {
        if (inFlight > 0) await changed.wait();
        else if (window.length === 0) {
          await refill(); // anything queued meanwhile?
          if (window.length === 0 && inFlight === 0) return;
        }
        continue;
      }
      const d = candidates[pick.index]!;
      if (pick.at - now() > LOOKAHEAD_MS) {
        await refill();
        await napUntil(Math.min(pick.at, now() + LOOKAHEAD_MS));
        continue;
      }
      window.splice(window.indexOf(d), 1);
      busy.add(d.chatId);
      inFlight += 1;
      deps.pacer.book(d.chatId, pick.at);
      try {
        await napUntil(pick.at);
        if (stopping() || deps.pacer.pausedUntil() > now()) window.unshift(d); // not sent: back in line
        else await attempt(d);
      } finally {
        busy.delete(d.chatId);
        inFlight -= 1;
        changed.notify();
      }
    }
  }

  // A worker that throws (the database failed) stops the others; all have finished before we return.
  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 1) }, () =>
    worker().catch((err: unknown) => {
      crashed = true;
      throw err;
    }),
  );
  const ended = await Promise.allSettled(workers);
  const failure = ended.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw new Error('broadcast sender failed', { cause: failure.reason });
  deps.pacer.prune(now());
  report.stopped = stopping();
  return report;
}

/** Wakes every waiting worker when something changes (a message in flight finished). */
class Notifier {
  private waiters: (() => void)[] = [];
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  notify(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
}
