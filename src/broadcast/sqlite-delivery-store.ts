import type { Db } from '../store/database.js';
import type { ReplyLang } from '../text/language.js';
import type { BroadcastRecord, Delivery, DeliveryStatus, DeliveryStore } from './delivery-store.js';
import { migrateBroadcast } from './migrations.js';

interface DeliveryRow {
  id: number;
  policy_id: string;
  chat_id: number;
  lang: ReplyLang;
  status: DeliveryStatus;
  attempts: number;
  not_before: number;
  reason: string | null;
}

interface BroadcastRow {
  policy_id: string;
  title: string;
  texts: string;
  trigger: string;
  queued_at: number;
  recipients: number;
}

const toDelivery = (r: DeliveryRow): Delivery => ({
  id: r.id, policyId: r.policy_id, chatId: r.chat_id, lang: r.lang, status: r.status,
  attempts: r.attempts, notBefore: new Date(r.not_before), reason: r.reason,
});

const toBroadcast = (r: BroadcastRow): BroadcastRecord => ({
  policyId: r.policy_id, title: r.title, texts: JSON.parse(r.texts) as BroadcastRecord['texts'],
  trigger: r.trigger, queuedAt: new Date(r.queued_at), recipients: r.recipients,
});

/**
 * The broadcast queue in SQLite. Each method is one statement or one transaction, committed before
 * it returns: in particular markSending is durable before the sender calls Telegram.
 */
export function sqliteDeliveryStore(db: Db): DeliveryStore {
  migrateBroadcast(db);
  const insertBroadcast = db.prepare(
    `INSERT INTO broadcasts (policy_id, title, texts, trigger, queued_at, recipients) VALUES (?, ?, ?, ?, ?, 0)
     ON CONFLICT (policy_id) DO NOTHING`,
  );
  const insertDelivery = db.prepare(
    `INSERT INTO broadcast_deliveries (policy_id, chat_id, lang, not_before) VALUES (?, ?, ?, ?)
     ON CONFLICT (policy_id, chat_id) DO NOTHING`,
  );
  const setRecipients = db.prepare('UPDATE broadcasts SET recipients = ? WHERE policy_id = ?');
  const getBroadcast = db.prepare<[string], BroadcastRow>('SELECT * FROM broadcasts WHERE policy_id = ?');
  const ids = db.prepare('SELECT policy_id FROM broadcasts').pluck();
  const pending = db.prepare<[number], DeliveryRow>(
    `SELECT id, policy_id, chat_id, lang, status, attempts, not_before, reason FROM broadcast_deliveries
     WHERE status = 'pending' ORDER BY not_before, id LIMIT ?`,
  );
  const markSending = db.prepare(
    `UPDATE broadcast_deliveries SET status = 'sending', attempts = attempts + 1, last_attempt_at = ?
     WHERE id = ? AND status = 'pending'`,
  );
  const markSent = db.prepare(
    `UPDATE broadcast_deliveries SET status = 'sent', finished_at = ?, message_id = ?, reason = NULL
     WHERE id = ? AND status = 'sending'`,
  );
  const markRetry = db.prepare(
    `UPDATE broadcast_deliveries SET status = 'pending', not_before = ?, reason = ?, attempts = attempts - ?
     WHERE id = ? AND status = 'sending'`,
  );
  const markFailed = db.prepare(
    `UPDATE broadcast_deliveries SET status = ?, reason = ?, finished_at = ? WHERE id = ? AND status = 'sending'`,
  );
  const cancel = db.prepare(
    `UPDATE broadcast_deliveries SET status = 'cancelled', reason = ? WHERE chat_id = ? AND status = 'pending'`,
  );
  const recover = db.prepare(`UPDATE broadcast_deliveries SET status = 'pending', resent = 1 WHERE status = 'sending'`);
  const summary = db.prepare<[string], { status: DeliveryStatus; n: number; resent: number }>(
    `SELECT status, COUNT(*) AS n, SUM(resent) AS resent FROM broadcast_deliveries WHERE policy_id = ? GROUP BY status`,
  );
  const unfinished = db.prepare(
    `SELECT b.policy_id FROM broadcasts b WHERE EXISTS (SELECT 1 FROM broadcast_deliveries d
       WHERE d.policy_id = b.policy_id AND d.status IN ('pending', 'sending'))
     ORDER BY b.queued_at, b.policy_id`,
  ).pluck();
  const getLease = db.prepare<[], { holder: string; expires_at: number }>(
    `SELECT holder, expires_at FROM broadcast_lease WHERE name = 'sender'`,
  );
  const putLease = db.prepare(
    `INSERT INTO broadcast_lease (name, holder, expires_at) VALUES ('sender', ?, ?)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
  );
  const dropLease = db.prepare(`DELETE FROM broadcast_lease WHERE name = 'sender' AND holder = ?`);

  const enqueue = db.transaction((b: Parameters<DeliveryStore['enqueue']>[0], recipients: Parameters<DeliveryStore['enqueue']>[1]) => {
    const at = b.queuedAt.getTime();
    if (insertBroadcast.run(b.policyId, b.title, JSON.stringify(b.texts), b.trigger, at).changes === 0) return null;
    let queued = 0;
    for (const r of recipients) queued += insertDelivery.run(b.policyId, r.chatId, r.lang, at).changes;
    setRecipients.run(queued, b.policyId);
    return toBroadcast(getBroadcast.get(b.policyId)!);
  });
  // BEGIN IMMEDIATE: read-then-write without another process slipping in between.
  const lease = db.transaction((holder: string, now: number, ttlMs: number, canTakeOver?: (h: string) => boolean) => {
    const current = getLease.get();
    if (current && current.holder !== holder && current.expires_at > now && !canTakeOver?.(current.holder)) {
      return { acquired: false as const, holder: current.holder, until: new Date(current.expires_at) };
    }
    putLease.run(holder, now + ttlMs);
    return { acquired: true as const };
  });

  return {
    async enqueue(b, recipients) {
      return enqueue(b, recipients);
    },
    async broadcastIds() {
      return new Set(ids.all() as string[]);
    },
    async getBroadcast(policyId) {
      const r = getBroadcast.get(policyId);
      return r ? toBroadcast(r) : null;
    },
    async pending(limit) {
      return pending.all(limit).map(toDelivery);
    },
    async markSending(id, at) {
      return markSending.run(at.getTime(), id).changes === 1;
    },
    async markSent(id, at, messageId) {
      markSent.run(at.getTime(), messageId, id);
    },
    async markRetry(id, notBefore, reason, countAttempt) {
      markRetry.run(notBefore.getTime(), reason, countAttempt ? 0 : 1, id);
    },
    async markFailed(id, status, reason, at) {
      markFailed.run(status, reason, at.getTime(), id);
    },
    async cancelPending(chatId, reason) {
      return cancel.run(reason, chatId).changes;
    },
    async recoverInFlight() {
      return recover.run().changes;
    },
    async summary(policyId) {
      const counts: Record<DeliveryStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, blocked: 0, cancelled: 0 };
      let resent = 0;
      for (const r of summary.all(policyId)) {
        counts[r.status] = r.n;
        resent += r.resent;
      }
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      return { policyId, total, ...counts, resent };
    },
    async unfinishedPolicyIds() {
      return unfinished.all() as string[];
    },
    async acquireLease(holder, now, ttlMs, canTakeOver) {
      return lease.immediate(holder, now.getTime(), ttlMs, canTakeOver);
    },
    async releaseLease(holder) {
      dropLease.run(holder);
    },
  };
}
