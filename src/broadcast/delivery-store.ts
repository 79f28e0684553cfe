import type { ReplyLang } from '../text/language.js';
import type { Recipient } from './audience.js';

/**
 * pending → sending → sent | failed | blocked, or pending → cancelled. `sending` is committed before
 * the API call and left right after it, so a row found in `sending` by a new sender is the message
 * that was in flight when the previous one died (see recoverInFlight).
 */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'blocked' | 'cancelled';

export interface Delivery {
  readonly id: number;
  readonly policyId: string;
  readonly chatId: number;
  readonly lang: ReplyLang;
  readonly status: DeliveryStatus;
  /** API calls made so far (a 429 is not counted against the retry budget by the sender). */
  readonly attempts: number;
  /** Not to be attempted before this instant (backoff, 429). */
  readonly notBefore: Date;
  readonly reason: string | null;
}

export interface NewBroadcast {
  readonly policyId: string;
  readonly title: string;
  /** The announcement per reply language, composed once when queued: every recipient gets the same text. */
  readonly texts: Readonly<Record<ReplyLang, string>>;
  /** Who started it: 'schedule', 'cli' or 'staff:<user id>'. */
  readonly trigger: string;
  readonly queuedAt: Date;
}

export interface BroadcastRecord extends NewBroadcast {
  readonly recipients: number;
}

export interface DeliverySummary {
  readonly policyId: string;
  readonly total: number;
  readonly pending: number;
  readonly sending: number;
  readonly sent: number;
  readonly failed: number;
  readonly blocked: number;
  readonly cancelled: number;
  /** Deliveries sent again after an interruption: each may have arrived twice. */
  readonly resent: number;
}

export type LeaseResult =
  | { readonly acquired: true }
  | { readonly acquired: false; readonly holder: string; readonly until: Date };

/**
 * The durable broadcast queue. Two drivers — SQLite (sqlite-delivery-store.ts) and in memory (below)
 * — pass one shared suite (test/broadcast/delivery-store.contract.ts). Every state change is
 * conditional on the current status, so two senders can never both claim one delivery.
 */
export interface DeliveryStore {
  /**
   * Records the broadcast and queues one pending delivery per recipient, all in one transaction.
   * Null, changing nothing, when the policy was already broadcast.
   */
  enqueue(broadcast: NewBroadcast, recipients: readonly Recipient[]): Promise<BroadcastRecord | null>;
  broadcastIds(): Promise<Set<string>>;
  getBroadcast(policyId: string): Promise<BroadcastRecord | null>;
  /** Pending deliveries, those allowed soonest first (then in queue order). */
  pending(limit: number): Promise<Delivery[]>;
  /** pending → sending (attempts + 1); false when the delivery was not pending any more. */
  markSending(id: number, at: Date): Promise<boolean>;
  markSent(id: number, at: Date, messageId: number): Promise<void>;
  /** sending → pending again, not before `notBefore`; `countAttempt` false gives the attempt back (429). */
  markRetry(id: number, notBefore: Date, reason: string, countAttempt: boolean): Promise<void>;
  markFailed(id: number, status: 'failed' | 'blocked', reason: string, at: Date): Promise<void>;
  /** Cancels every pending delivery to the chat (it blocked the bot or unsubscribed). */
  cancelPending(chatId: number, reason: string): Promise<number>;
  /** sending → pending, flagged `resent`. Only for a sender that holds the lease, before it sends. */
  recoverInFlight(): Promise<number>;
  summary(policyId: string): Promise<DeliverySummary>;
  /** Policies with deliveries still pending or sending, oldest broadcast first. */
  unfinishedPolicyIds(): Promise<string[]>;
  /**
   * Takes or renews the single sender lease until now + ttlMs. Another holder's unexpired lease is
   * respected unless `canTakeOver(holder)` says it is dead.
   */
  acquireLease(holder: string, now: Date, ttlMs: number, canTakeOver?: (holder: string) => boolean): Promise<LeaseResult>;
  releaseLease(holder: string): Promise<void>;
}

interface Row {
  id: number;
  policyId: string;
  chatId: number;
  lang: ReplyLang;
  status: DeliveryStatus;
  attempts: number;
  notBefore: number;
  reason: string | null;
  resent: boolean;
}

export function memoryDeliveryStore(): DeliveryStore {
  const broadcasts = new Map<string, BroadcastRecord>();
  const rows: Row[] = [];
  let lease: { holder: string; until: number } | null = null;
  const row = (id: number) => rows[id - 1];
  const transition = (id: number, from: DeliveryStatus, change: (r: Row) => void): boolean => {
    const r = row(id);
    if (!r || r.status !== from) return false;
    change(r);
    return true;
  };
  const toDelivery = (r: Row): Delivery => ({ ...r, notBefore: new Date(r.notBefore) });
  return {
    async enqueue(b, recipients) {
      if (broadcasts.has(b.policyId)) return null;
      const seen = new Set<number>();
      for (const r of recipients) {
        if (seen.has(r.chatId)) continue;
        seen.add(r.chatId);
        rows.push({ id: rows.length + 1, policyId: b.policyId, chatId: r.chatId, lang: r.lang, status: 'pending',
          attempts: 0, notBefore: b.queuedAt.getTime(), reason: null, resent: false });
      }
      const record: BroadcastRecord = { ...b, texts: { ...b.texts }, recipients: seen.size };
      broadcasts.set(b.policyId, record);
      return record;
    },
    async broadcastIds() {
      return new Set(broadcasts.keys());
    },
    async getBroadcast(policyId) {
      return broadcasts.get(policyId) ?? null;
    },
    async pending(limit) {
      return rows
        .filter((r) => r.status === 'pending')
        .sort((a, b) => a.notBefore - b.notBefore || a.id - b.id)
        .slice(0, limit)
        .map(toDelivery);
    },
    async markSending(id) {
      return transition(id, 'pending', (r) => { r.status = 'sending'; r.attempts += 1; });
    },
    async markSent(id) {
      transition(id, 'sending', (r) => { r.status = 'sent'; r.reason = null; });
    },
    async markRetry(id, notBefore, reason, countAttempt) {
      transition(id, 'sending', (r) => {
        r.status = 'pending';
        r.notBefore = notBefore.getTime();
        r.reason = reason;
        if (!countAttempt) r.attempts -= 1;
      });
    },
    async markFailed(id, status, reason) {
      transition(id, 'sending', (r) => { r.status = status; r.reason = reason; });
    },
    async cancelPending(chatId, reason) {
      const hit = rows.filter((r) => r.chatId === chatId && r.status === 'pending');
      for (const r of hit) { r.status = 'cancelled'; r.reason = reason; }
      return hit.length;
    },
    async recoverInFlight() {
      const hit = rows.filter((r) => r.status === 'sending');
      for (const r of hit) { r.status = 'pending'; r.resent = true; }
      return hit.length;
    },
    async summary(policyId) {
      const mine = rows.filter((r) => r.policyId === policyId);
      const n = (s: DeliveryStatus) => mine.filter((r) => r.status === s).length;
      return { policyId, total: mine.length, pending: n('pending'), sending: n('sending'), sent: n('sent'),
        failed: n('failed'), blocked: n('blocked'), cancelled: n('cancelled'), resent: mine.filter((r) => r.resent).length };
    },
    async unfinishedPolicyIds() {
      const open = new Set(rows.filter((r) => r.status === 'pending' || r.status === 'sending').map((r) => r.policyId));
      return [...broadcasts.values()]
        .filter((b) => open.has(b.policyId))
        .sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || a.policyId.localeCompare(b.policyId))
        .map((b) => b.policyId);
    },
    async acquireLease(holder, now, ttlMs, canTakeOver) {
      const t = now.getTime();
      if (lease && lease.holder !== holder && lease.until > t && !canTakeOver?.(lease.holder)) {
        return { acquired: false, holder: lease.holder, until: new Date(lease.until) };
      }
      lease = { holder, until: t + ttlMs };
      return { acquired: true };
    },
    async releaseLease(holder) {
      if (lease?.holder === holder) lease = null;
    },
  };
}
