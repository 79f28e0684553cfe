import type { FollowupStore, NewAsking } from './store.js';
import type { Asker, DeliveryJob, FollowupItem, StoredAuditEntry } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const byAge = (a: FollowupItem, b: FollowupItem): number =>
  a.firstAskedAt.getTime() - b.firstAskedAt.getTime() || a.id - b.id;

/**
 * The follow-up store in memory: for tests and the terminal chat. It hands out copies, never its own
 * objects, so callers cannot change it behind its back (as with SQLite).
 */
export function memoryFollowupStore(): FollowupStore {
  const items = new Map<number, Mutable<FollowupItem>>();
  const askers: Mutable<Asker>[] = [];
  const posts = new Map<string, { itemId: number; kind: string }>();
  const audit: StoredAuditEntry[] = [];
  let nextItem = 1;
  let nextAsker = 1;

  const copyItem = (i: FollowupItem): FollowupItem => ({ ...i, nearest: i.nearest.map((n) => ({ ...n })) });
  const copyAsker = (a: Asker): Asker => ({ ...a, delivery: { ...a.delivery } });
  const postKey = (chatId: number | string, messageId: number) => `${String(chatId)}:${messageId}`;

  const newAsker = (itemId: number, a: NewAsking): Mutable<Asker> => ({
    id: nextAsker++,
    itemId,
    chatId: a.chatId,
    userId: a.userId,
    displayName: a.displayName,
    lang: a.lang,
    text: a.text,
    reason: a.reason,
    messageId: a.messageId,
    askCount: 1,
    firstAskedAt: a.askedAt,
    lastAskedAt: a.askedAt,
    delivery: { status: 'none', attempts: 0, nextAttemptAt: null, lastError: null, deliveredAt: null },
  });

  return {
    async createItem(n) {
      const item: Mutable<FollowupItem> = {
        id: nextItem++,
        text: n.text,
        normalized: n.normalized,
        groupKey: n.groupKey,
        reason: n.reason,
        nearest: n.nearest.map((x) => ({ ...x })),
        status: 'open',
        askCount: 1,
        firstAskedAt: n.askedAt,
        lastAskedAt: n.askedAt,
        answer: null,
        closedBy: null,
        closedAt: null,
        dismissReason: null,
        anonymizedAt: null,
      };
      items.set(item.id, item);
      askers.push(newAsker(item.id, n));
      return copyItem(item);
    },

    async addAsking(itemId, asking) {
      const item = items.get(itemId);
      if (!item || item.status !== 'open') return null;
      item.askCount += 1;
      if (asking.askedAt > item.lastAskedAt) item.lastAskedAt = asking.askedAt;
      let asker = askers.find((a) => a.itemId === itemId && a.chatId === asking.chatId);
      const isNew = !asker;
      if (asker) {
        asker.askCount += 1;
        asker.lastAskedAt = asking.askedAt;
        if (asking.messageId !== null) asker.messageId = asking.messageId;
      } else {
        asker = newAsker(itemId, asking);
        askers.push(asker);
      }
      return { item: copyItem(item), asker: copyAsker(asker), newAsker: isNew };
    },

    async getItem(id) {
      const item = items.get(id);
      return item ? copyItem(item) : null;
    },

    async listItems(query = {}) {
      const all = [...items.values()].filter((i) => !query.status || i.status === query.status).sort(byAge);
      const from = query.offset ?? 0;
      return all.slice(from, query.limit === undefined ? undefined : from + query.limit).map(copyItem);
    },

    async countItems(status) {
      return [...items.values()].filter((i) => !status || i.status === status).length;
    },

    async openGroupKeys() {
      return [...items.values()]
        .filter((i) => i.status === 'open')
        .sort(byAge)
        .map((i) => ({ id: i.id, groupKey: i.groupKey }));
    },

    async askers(itemId) {
      return askers.filter((a) => a.itemId === itemId).map(copyAsker);
    },

    async linkStaffPost(itemId, chatId, messageId, kind) {
      posts.set(postKey(chatId, messageId), { itemId, kind });
    },

    async itemForStaffPost(chatId, messageId) {
      return posts.get(postKey(chatId, messageId))?.itemId ?? null;
    },

    async unpostedOpenItems() {
      const posted = new Set([...posts.values()].filter((p) => p.kind === 'post').map((p) => p.itemId));
      return [...items.values()].filter((i) => i.status === 'open' && !posted.has(i.id)).sort(byAge).map(copyItem);
    },

    async answerItem(itemId, answer, by, at) {
      const item = items.get(itemId);
      if (!item || item.status !== 'open') return false;
      Object.assign(item, { status: 'answered', answer, closedBy: { ...by }, closedAt: at });
      for (const a of askers) {
        if (a.itemId === itemId) a.delivery = { ...a.delivery, status: 'pending', nextAttemptAt: at };
      }
      return true;
    },

    async dismissItem(itemId, reason, by, at) {
      const item = items.get(itemId);
      if (!item || item.status !== 'open') return false;
      Object.assign(item, { status: 'dismissed', dismissReason: reason, closedBy: { ...by }, closedAt: at });
      return true;
    },

    async claimDueDeliveries(now, leaseUntil, itemId) {
      const jobs: DeliveryJob[] = [];
      const due = askers
        .filter((a) => a.delivery.status === 'pending' && a.delivery.nextAttemptAt !== null)
        .filter((a) => a.delivery.nextAttemptAt!.getTime() <= now.getTime())
        .filter((a) => itemId === undefined || a.itemId === itemId)
        .sort((a, b) => a.delivery.nextAttemptAt!.getTime() - b.delivery.nextAttemptAt!.getTime() || a.id - b.id);
      for (const a of due) {
        a.delivery = { ...a.delivery, nextAttemptAt: leaseUntil };
        jobs.push({ asker: copyAsker(a), item: copyItem(items.get(a.itemId)!) });
      }
      return jobs;
    },

    async countPendingDeliveries() {
      return askers.filter((a) => a.delivery.status === 'pending').length;
    },

    async updateDelivery(askerId, u) {
      const a = askers.find((x) => x.id === askerId);
      if (!a) return;
      const attempts = u.attempts;
      a.delivery =
        u.status === 'delivered'
          ? { ...a.delivery, status: 'delivered', attempts, nextAttemptAt: null, deliveredAt: u.at }
          : u.status === 'pending'
            ? { ...a.delivery, status: 'pending', attempts, nextAttemptAt: u.nextAttemptAt, lastError: u.error }
            : { ...a.delivery, status: 'failed', attempts, nextAttemptAt: null, lastError: u.error };
    },

    async anonymizeClosedBefore(cutoff, at) {
      let count = 0;
      for (const item of items.values()) {
        if (item.status === 'open' || item.anonymizedAt || !item.closedAt || item.closedAt >= cutoff) continue;
        item.anonymizedAt = at;
        for (const a of askers) {
          if (a.itemId !== item.id) continue;
          Object.assign(a, { chatId: null, userId: null, displayName: null, messageId: null });
          // An answer still waiting for a chat that is now forgotten can never be delivered.
          if (a.delivery.status === 'pending') {
            a.delivery = { ...a.delivery, status: 'failed', nextAttemptAt: null, lastError: 'retention' };
          }
        }
        count++;
      }
      return count;
    },

    async anonymizeRefusedBefore(cutoff) {
      let count = 0;
      audit.forEach((e, i) => {
        if (e.allowed || e.actor === null || e.at >= cutoff) return;
        audit[i] = { ...e, actor: null };
        count++;
      });
      return count;
    },

    async appendAudit(entry) {
      audit.push({ ...entry, actor: entry.actor ? { ...entry.actor } : null, id: audit.length + 1 });
    },

    async listAudit(limit = 100) {
      return audit.slice(-limit).reverse().map((e) => ({ ...e }));
    },
  };
}
