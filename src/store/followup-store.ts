import type { FollowupStore, NewAsking } from '../followup/store.js';
import type { Asker, DeliveryJob, FollowupItem, NearestEntry, StoredAuditEntry } from '../followup/types.js';
import { FOLLOWUP_MIGRATIONS } from './followup-schema.js';
import { migrate, type Db } from './database.js';

type Row = Record<string, unknown>;

const date = (v: unknown): Date | null => (typeof v === 'string' ? new Date(v) : null);
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function toItem(r: Row): FollowupItem {
  return {
    id: Number(r.id),
    text: String(r.text),
    normalized: String(r.normalized),
    groupKey: String(r.group_key),
    reason: r.reason as FollowupItem['reason'],
    nearest: JSON.parse(String(r.nearest)) as NearestEntry[],
    status: r.status as FollowupItem['status'],
    askCount: Number(r.ask_count),
    firstAskedAt: date(r.first_asked_at)!,
    lastAskedAt: date(r.last_asked_at)!,
    answer: (r.answer as string | null) ?? null,
    closedBy: r.closed_by_id === null ? null : { id: Number(r.closed_by_id), name: String(r.closed_by_name ?? '') },
    closedAt: date(r.closed_at),
    dismissReason: (r.dismiss_reason as string | null) ?? null,
    anonymizedAt: date(r.anonymized_at),
  };
}

function toAsker(r: Row): Asker {
  return {
    id: Number(r.id),
    itemId: Number(r.item_id),
    chatId: num(r.chat_id),
    userId: num(r.user_id),
    displayName: (r.display_name as string | null) ?? null,
    lang: r.lang as Asker['lang'],
    text: String(r.text),
    reason: r.reason as Asker['reason'],
    messageId: num(r.message_id),
    askCount: Number(r.ask_count),
    firstAskedAt: date(r.first_asked_at)!,
    lastAskedAt: date(r.last_asked_at)!,
    delivery: {
      status: r.delivery as Asker['delivery']['status'],
      attempts: Number(r.attempts),
      nextAttemptAt: date(r.next_attempt_at),
      lastError: (r.last_error as string | null) ?? null,
      deliveredAt: date(r.delivered_at),
    },
  };
}

function toAudit(r: Row): StoredAuditEntry {
  return {
    id: Number(r.id),
    at: date(r.at)!,
    actor: r.actor_id === null ? null : { id: Number(r.actor_id), name: String(r.actor_name ?? '') },
    action: String(r.action),
    itemId: num(r.item_id),
    allowed: Number(r.allowed) === 1,
    detail: (r.detail as string | null) ?? null,
  };
}

/**
 * The follow-up desk's tables in the application's SQLite database. Migrates its own tables
 * (component 'followup') on creation; every statement is prepared once, here. Telegram ids exceed
 * 32 bits but stay below 2^53, so plain JavaScript numbers hold them exactly.
 */
export function sqliteFollowupStore(db: Db): FollowupStore {
  migrate(db, 'followup', FOLLOWUP_MIGRATIONS);
  const ITEM_ORDER = 'ORDER BY first_asked_at, id';
  const s = {
    insertItem: db.prepare(`INSERT INTO followup_items
      (text, normalized, group_key, reason, nearest, first_asked_at, last_asked_at)
      VALUES (@text, @normalized, @groupKey, @reason, @nearest, @at, @at)`),
    insertAsker: db.prepare(`INSERT INTO followup_askers
      (item_id, chat_id, user_id, display_name, lang, text, reason, message_id, first_asked_at, last_asked_at)
      VALUES (@itemId, @chatId, @userId, @displayName, @lang, @text, @reason, @messageId, @at, @at)`),
    item: db.prepare('SELECT * FROM followup_items WHERE id = ?'),
    itemsAll: db.prepare(`SELECT * FROM followup_items ${ITEM_ORDER} LIMIT ? OFFSET ?`),
    itemsByStatus: db.prepare(`SELECT * FROM followup_items WHERE status = ? ${ITEM_ORDER} LIMIT ? OFFSET ?`),
    countAll: db.prepare('SELECT COUNT(*) FROM followup_items').pluck(),
    countByStatus: db.prepare('SELECT COUNT(*) FROM followup_items WHERE status = ?').pluck(),
    openKeys: db.prepare(`SELECT id, group_key AS groupKey FROM followup_items WHERE status = 'open' ${ITEM_ORDER}`),
    bumpItem: db.prepare(`UPDATE followup_items SET ask_count = ask_count + 1,
      last_asked_at = MAX(last_asked_at, @at) WHERE id = @itemId AND status = 'open'`),
    askerByChat: db.prepare('SELECT * FROM followup_askers WHERE item_id = ? AND chat_id = ?'),
    bumpAsker: db.prepare(`UPDATE followup_askers SET ask_count = ask_count + 1, last_asked_at = @at,
      message_id = COALESCE(@messageId, message_id) WHERE id = @id`),
    asker: db.prepare('SELECT * FROM followup_askers WHERE id = ?'),
    askers: db.prepare('SELECT * FROM followup_askers WHERE item_id = ? ORDER BY first_asked_at, id'),
    linkPost: db.prepare(`INSERT OR REPLACE INTO followup_staff_posts (chat_id, message_id, item_id, kind)
      VALUES (?, ?, ?, ?)`),
    postItem: db.prepare('SELECT item_id FROM followup_staff_posts WHERE chat_id = ? AND message_id = ?').pluck(),
    unposted: db.prepare(`SELECT * FROM followup_items i WHERE status = 'open' AND NOT EXISTS
      (SELECT 1 FROM followup_staff_posts p WHERE p.item_id = i.id AND p.kind = 'post') ${ITEM_ORDER}`),
    answer: db.prepare(`UPDATE followup_items SET status = 'answered', answer = ?, closed_by_id = ?,
      closed_by_name = ?, closed_at = ? WHERE id = ? AND status = 'open'`),
    queueAnswer: db.prepare(`UPDATE followup_askers SET delivery = 'pending', next_attempt_at = ? WHERE item_id = ?`),
    dismiss: db.prepare(`UPDATE followup_items SET status = 'dismissed', dismiss_reason = ?, closed_by_id = ?,
      closed_by_name = ?, closed_at = ? WHERE id = ? AND status = 'open'`),
    due: db.prepare(`SELECT * FROM followup_askers WHERE delivery = 'pending' AND next_attempt_at <= @now
      AND (@itemId IS NULL OR item_id = @itemId) ORDER BY next_attempt_at, id`),
    countPending: db.prepare(`SELECT COUNT(*) FROM followup_askers WHERE delivery = 'pending'`).pluck(),
    lease: db.prepare(`UPDATE followup_askers SET next_attempt_at = ? WHERE id = ?`),
    delivered: db.prepare(`UPDATE followup_askers SET delivery = 'delivered', attempts = ?,
      next_attempt_at = NULL, delivered_at = ? WHERE id = ?`),
    retry: db.prepare(`UPDATE followup_askers SET delivery = 'pending', attempts = ?,
      next_attempt_at = ?, last_error = ? WHERE id = ?`),
    failed: db.prepare(`UPDATE followup_askers SET delivery = 'failed', attempts = ?,
      next_attempt_at = NULL, last_error = ? WHERE id = ?`),
    expired: db.prepare(`SELECT id FROM followup_items WHERE status != 'open' AND anonymized_at IS NULL
      AND closed_at < ?`).pluck(),
    forgetAskers: db.prepare(`UPDATE followup_askers SET chat_id = NULL, user_id = NULL, display_name = NULL,
      message_id = NULL, delivery = CASE delivery WHEN 'pending' THEN 'failed' ELSE delivery END,
      last_error = CASE delivery WHEN 'pending' THEN 'retention' ELSE last_error END,
      next_attempt_at = NULL WHERE item_id = ?`),
    markAnonymized: db.prepare('UPDATE followup_items SET anonymized_at = ? WHERE id = ?'),
    forgetRefused: db.prepare(`UPDATE followup_audit SET actor_id = NULL, actor_name = NULL
      WHERE allowed = 0 AND actor_id IS NOT NULL AND at < ?`),
    audit: db.prepare(`INSERT INTO followup_audit (at, actor_id, actor_name, action, item_id, allowed, detail)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    auditList: db.prepare('SELECT * FROM followup_audit ORDER BY id DESC LIMIT ?'),
  };

  // Every transaction below writes, and the bot and `npm run questions` may write at the same time:
  // each runs with `.immediate(...)` (BEGIN IMMEDIATE), taking the write lock before its first read.
  // A deferred one that read first could not upgrade once the other process had committed
  // (SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT, which busy_timeout does not wait out).
  const getItem = (id: number): FollowupItem | null => {
    const row = s.item.get(id) as Row | undefined;
    return row ? toItem(row) : null;
  };
  const askingParams = (itemId: number, a: NewAsking) => ({
    itemId, chatId: a.chatId, userId: a.userId, displayName: a.displayName, lang: a.lang, text: a.text,
    reason: a.reason, messageId: a.messageId, at: a.askedAt.toISOString(),
  });

  const createItem = db.transaction((n: Parameters<FollowupStore['createItem']>[0]): FollowupItem => {
    const at = n.askedAt.toISOString();
    const { lastInsertRowid } = s.insertItem.run({
      text: n.text, normalized: n.normalized, groupKey: n.groupKey, reason: n.reason,
      nearest: JSON.stringify(n.nearest), at,
    });
    const id = Number(lastInsertRowid);
    s.insertAsker.run(askingParams(id, n));
    return getItem(id)!;
  });

  const addAsking = db.transaction((itemId: number, a: NewAsking) => {
    if (s.bumpItem.run({ itemId, at: a.askedAt.toISOString() }).changes === 0) return null;
    const existing = s.askerByChat.get(itemId, a.chatId) as Row | undefined;
    let askerId: number;
    if (existing) {
      askerId = Number(existing.id);
      s.bumpAsker.run({ id: askerId, at: a.askedAt.toISOString(), messageId: a.messageId });
    } else {
      askerId = Number(s.insertAsker.run(askingParams(itemId, a)).lastInsertRowid);
    }
    const asker = toAsker(s.asker.get(askerId) as Row);
    return { item: getItem(itemId)!, asker, newAsker: !existing };
  });

  const answerItem = db.transaction((itemId: number, answer: string, by: { id: number; name: string }, at: Date) => {
    if (s.answer.run(answer, by.id, by.name, at.toISOString(), itemId).changes === 0) return false;
    s.queueAnswer.run(at.toISOString(), itemId);
    return true;
  });

  const claim = db.transaction((now: Date, leaseUntil: Date, itemId: number | null): DeliveryJob[] => {
    const rows = s.due.all({ now: now.toISOString(), itemId }) as Row[];
    return rows.map((r) => {
      s.lease.run(leaseUntil.toISOString(), r.id);
      const asker = toAsker({ ...r, next_attempt_at: leaseUntil.toISOString() });
      return { asker, item: getItem(asker.itemId)! };
    });
  });

  const anonymize = db.transaction((cutoff: Date, at: Date): number => {
    const ids = s.expired.all(cutoff.toISOString()) as number[];
    for (const id of ids) {
      s.forgetAskers.run(id);
      s.markAnonymized.run(at.toISOString(), id);
    }
    return ids.length;
  });

  return {
    async createItem(n) {
      return createItem.immediate(n);
    },
    async addAsking(itemId, asking) {
      return addAsking.immediate(itemId, asking);
    },
    async getItem(id) {
      return getItem(id);
    },
    async listItems(q = {}) {
      const limit = q.limit ?? -1;
      const offset = q.offset ?? 0;
      const rows = q.status ? s.itemsByStatus.all(q.status, limit, offset) : s.itemsAll.all(limit, offset);
      return (rows as Row[]).map(toItem);
    },
    async countItems(status) {
      return Number(status ? s.countByStatus.get(status) : s.countAll.get());
    },
    async openGroupKeys() {
      return (s.openKeys.all() as { id: number; groupKey: string }[]).map((r) => ({ id: Number(r.id), groupKey: r.groupKey }));
    },
    async askers(itemId) {
      return (s.askers.all(itemId) as Row[]).map(toAsker);
    },
    async linkStaffPost(itemId, chatId, messageId, kind) {
      s.linkPost.run(String(chatId), messageId, itemId, kind);
    },
    async itemForStaffPost(chatId, messageId) {
      return num(s.postItem.get(String(chatId), messageId));
    },
    async unpostedOpenItems() {
      return (s.unposted.all() as Row[]).map(toItem);
    },
    async answerItem(itemId, answer, by, at) {
      return answerItem.immediate(itemId, answer, by, at);
    },
    async dismissItem(itemId, reason, by, at) {
      return s.dismiss.run(reason, by.id, by.name, at.toISOString(), itemId).changes > 0;
    },
    async claimDueDeliveries(now, leaseUntil, itemId) {
      return claim.immediate(now, leaseUntil, itemId ?? null);
    },
    async countPendingDeliveries() {
      return Number(s.countPending.get());
    },
    async updateDelivery(askerId, u) {
      if (u.status === 'delivered') s.delivered.run(u.attempts, u.at.toISOString(), askerId);
      else if (u.status === 'pending') s.retry.run(u.attempts, u.nextAttemptAt.toISOString(), u.error, askerId);
      else s.failed.run(u.attempts, u.error, askerId);
    },
    async anonymizeClosedBefore(cutoff, at) {
      return anonymize.immediate(cutoff, at);
    },
    async anonymizeRefusedBefore(cutoff) {
      return s.forgetRefused.run(cutoff.toISOString()).changes;
    },
    async appendAudit(e) {
      s.audit.run(iso(e.at), e.actor?.id ?? null, e.actor?.name ?? null, e.action, e.itemId, e.allowed ? 1 : 0, e.detail);
    },
    async listAudit(limit = 100) {
      return (s.auditList.all(limit) as Row[]).map(toAudit);
    },
  };
}
