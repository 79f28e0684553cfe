import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useDriver, type StoreDriver } from '../support/store-driver.js';
import { memoryFollowupStore } from '../../src/followup/memory-store.js';
import type { FollowupStore, NewAsking, NewItem } from '../../src/followup/store.js';
import { migrate, openDatabase, type Db } from '../../src/store/database.js';
import { sqliteFollowupStore } from '../../src/store/followup-store.js';
import { writerHoldingTheLock } from './other-process.js';

/** One suite, every driver: the in-memory fake must behave exactly like SQLite. */
const drivers: StoreDriver<FollowupStore>[] = [
  { name: 'memory', make: () => ({ store: memoryFollowupStore(), close: () => {} }) },
  {
    name: 'sqlite',
    make: () => {
      const db = openDatabase(':memory:');
      return { store: sqliteFollowupStore(db), close: () => db.close() };
    },
  },
];

const at = (iso: string) => new Date(iso);
const staff = { id: 900, name: 'Li' };

function asking(over: Partial<NewAsking> = {}): NewAsking {
  return {
    chatId: 8_123_456_789,
    userId: 8_123_456_789,
    displayName: 'Zhang San',
    lang: 'zh',
    text: '喀左县有没有新能源企业税收优惠？',
    reason: 'no-match',
    messageId: 11,
    askedAt: at('2026-03-02T01:00:00Z'),
    ...over,
  };
}

function newItem(over: Partial<NewItem> = {}): NewItem {
  return {
    ...asking(),
    normalized: '喀左县有没有新能源企业税收优惠',
    groupKey: '喀 左 县 有 没 有 新 能 源 企 业 税 收 优 惠',
    nearest: [{ entryId: 'incentives-overview', score: 3.25 }],
    ...over,
  };
}

describe.each(drivers)('follow-up store ($name)', (driver) => {
  const open = useDriver(driver);

  it('creates an open item with its first asker, keeping every field', async () => {
    const store = open();
    const item = await store.createItem(newItem());
    expect(item).toMatchObject({
      status: 'open', askCount: 1, text: '喀左县有没有新能源企业税收优惠？', reason: 'no-match',
      nearest: [{ entryId: 'incentives-overview', score: 3.25 }], answer: null, closedBy: null, anonymizedAt: null,
    });
    expect(item.firstAskedAt).toEqual(at('2026-03-02T01:00:00Z'));
    const [asker] = await store.askers(item.id);
    expect(asker).toMatchObject({
      chatId: 8_123_456_789, userId: 8_123_456_789, displayName: 'Zhang San', lang: 'zh', messageId: 11,
      askCount: 1, delivery: { status: 'none', attempts: 0, nextAttemptAt: null },
    });
    expect(await store.getItem(item.id)).toEqual(item);
  });

  it('counts a second asking from another chat as a new asker, and from the same chat as a repeat', async () => {
    const store = open();
    const item = await store.createItem(newItem());
    const later = at('2026-03-03T00:00:00Z');
    const other = await store.addAsking(item.id, asking({ chatId: 2, userId: 2, displayName: 'Wang', askedAt: later, messageId: 5 }));
    expect(other).toMatchObject({ newAsker: true, item: { askCount: 2 }, asker: { chatId: 2, askCount: 1 } });
    const again = await store.addAsking(item.id, asking({ askedAt: at('2026-03-04T00:00:00Z'), messageId: 12 }));
    expect(again).toMatchObject({ newAsker: false, item: { askCount: 3 }, asker: { askCount: 2, messageId: 12 } });
    expect(again!.item.lastAskedAt).toEqual(at('2026-03-04T00:00:00Z'));
    expect((await store.askers(item.id)).map((a) => a.chatId)).toEqual([8_123_456_789, 2]);
  });

  it('refuses to add an asking to a closed item', async () => {
    const store = open();
    const item = await store.createItem(newItem());
    await store.dismissItem(item.id, 'spam', staff, at('2026-03-02T02:00:00Z'));
    expect(await store.addAsking(item.id, asking({ chatId: 3 }))).toBeNull();
    expect(await store.addAsking(999, asking())).toBeNull();
  });

  it('lists items oldest first, by status, in pages, and counts them', async () => {
    const store = open();
    const b = await store.createItem(newItem({ text: 'b', askedAt: at('2026-03-05T00:00:00Z') }));
    const a = await store.createItem(newItem({ text: 'a', askedAt: at('2026-03-01T00:00:00Z') }));
    const c = await store.createItem(newItem({ text: 'c', askedAt: at('2026-03-09T00:00:00Z') }));
    await store.dismissItem(b.id, null, staff, at('2026-03-10T00:00:00Z'));
    expect((await store.listItems()).map((i) => i.text)).toEqual(['a', 'b', 'c']);
    expect((await store.listItems({ status: 'open' })).map((i) => i.text)).toEqual(['a', 'c']);
    expect((await store.listItems({ offset: 1, limit: 1 })).map((i) => i.text)).toEqual(['b']);
    expect([await store.countItems(), await store.countItems('open'), await store.countItems('dismissed')]).toEqual([3, 2, 1]);
    expect(await store.openGroupKeys()).toEqual([{ id: a.id, groupKey: newItem().groupKey }, { id: c.id, groupKey: newItem().groupKey }]);
  });

  it('maps staff posts and notes to items, and knows which open items were never posted', async () => {
    const store = open();
    const a = await store.createItem(newItem());
    const b = await store.createItem(newItem({ askedAt: at('2026-03-03T00:00:00Z') }));
    await store.linkStaffPost(a.id, -100123, 77, 'post');
    await store.linkStaffPost(b.id, -100123, 78, 'note');
    expect(await store.itemForStaffPost(-100123, 77)).toBe(a.id);
    expect(await store.itemForStaffPost('-100123', 78)).toBe(b.id);
    expect(await store.itemForStaffPost(-100123, 79)).toBeNull();
    expect(await store.itemForStaffPost(-100999, 77)).toBeNull();
    expect((await store.unpostedOpenItems()).map((i) => i.id)).toEqual([b.id]);
  });

  it('answers an open item once, queueing the answer for every asker', async () => {
    const store = open();
    const item = await store.createItem(newItem());
    await store.addAsking(item.id, asking({ chatId: 2, userId: 2 }));
    const when = at('2026-03-04T08:00:00Z');
    expect(await store.answerItem(item.id, '有，详见……', staff, when)).toBe(true);
    expect(await store.answerItem(item.id, 'again', staff, when)).toBe(false);
    expect(await store.dismissItem(item.id, null, staff, when)).toBe(false);
    expect(await store.answerItem(999, 'x', staff, when)).toBe(false);
    expect(await store.getItem(item.id)).toMatchObject({ status: 'answered', answer: '有，详见……', closedBy: staff, closedAt: when });
    const askers = await store.askers(item.id);
    expect(askers.map((a) => a.delivery)).toEqual([
      { status: 'pending', attempts: 0, nextAttemptAt: when, lastError: null, deliveredAt: null },
      { status: 'pending', attempts: 0, nextAttemptAt: when, lastError: null, deliveredAt: null },
    ]);
    expect(await store.countPendingDeliveries()).toBe(2);
  });

  it('dismisses with a reason', async () => {
    const store = open();
    const item = await store.createItem(newItem());
    expect(await store.dismissItem(item.id, 'not about business', staff, at('2026-03-04T00:00:00Z'))).toBe(true);
    expect(await store.getItem(item.id)).toMatchObject({ status: 'dismissed', dismissReason: 'not about business', answer: null });
  });

  it('claims due deliveries once, leasing them until a time, and records outcomes', async () => {
    const store = open();
    const item = await store.createItem(newItem());
    await store.addAsking(item.id, asking({ chatId: 2, userId: 2 }));
    const other = await store.createItem(newItem({ askedAt: at('2026-03-05T00:00:00Z') }));
    const when = at('2026-03-06T00:00:00Z');
    await store.answerItem(item.id, 'A', staff, when);
    await store.answerItem(other.id, 'B', staff, when);
    expect(await store.claimDueDeliveries(at('2026-03-05T23:59:59Z'), at('2026-03-06T01:00:00Z'))).toEqual([]);
    const lease = at('2026-03-06T00:02:00Z');
    const jobs = await store.claimDueDeliveries(when, lease, item.id);
    expect(jobs.map((j) => [j.item.id, j.item.answer, j.asker.chatId])).toEqual([[item.id, 'A', 8_123_456_789], [item.id, 'A', 2]]);
    expect(jobs[0]!.asker.delivery.nextAttemptAt).toEqual(lease);
    expect(await store.claimDueDeliveries(when, lease, item.id)).toEqual([]);
    const [first, second] = jobs.map((j) => j.asker.id);
    await store.updateDelivery(first!, { status: 'delivered', attempts: 1, at: at('2026-03-06T00:00:01Z') });
    await store.updateDelivery(second!, { status: 'pending', attempts: 3, nextAttemptAt: at('2026-03-06T00:10:00Z'), error: '502 Bad Gateway' });
    const askers = await store.askers(item.id);
    expect(askers[0]!.delivery).toEqual({ status: 'delivered', attempts: 1, nextAttemptAt: null, lastError: null, deliveredAt: at('2026-03-06T00:00:01Z') });
    expect(askers[1]!.delivery).toMatchObject({ status: 'pending', attempts: 3, lastError: '502 Bad Gateway' });
    // After the lease, the unclaimed item's delivery and the retry are both due.
    const later = await store.claimDueDeliveries(at('2026-03-06T00:10:00Z'), at('2026-03-06T00:12:00Z'));
    expect(later.map((j) => j.asker.id).sort()).toEqual([second, ...(await store.askers(other.id)).map((a) => a.id)].sort());
    await store.updateDelivery(second!, { status: 'failed', attempts: 4, error: 'blocked: 403 Forbidden' });
    expect((await store.askers(item.id))[1]!.delivery).toMatchObject({ status: 'failed', attempts: 4, nextAttemptAt: null, lastError: 'blocked: 403 Forbidden' });
    expect(await store.countPendingDeliveries()).toBe(1);
  });

  it('retention removes personal fields of items closed before the cutoff and keeps the rest', async () => {
    const store = open();
    const old = await store.createItem(newItem());
    await store.addAsking(old.id, asking({ chatId: 2, userId: 2, displayName: 'Wang' }));
    const recent = await store.createItem(newItem({ askedAt: at('2026-08-01T00:00:00Z') }));
    const stillOpen = await store.createItem(newItem({ askedAt: at('2026-01-01T00:00:00Z') }));
    await store.answerItem(old.id, 'A', staff, at('2026-03-10T00:00:00Z'));
    await store.updateDelivery((await store.askers(old.id))[0]!.id, { status: 'delivered', attempts: 1, at: at('2026-03-10T00:00:01Z') });
    await store.answerItem(recent.id, 'B', staff, at('2026-08-02T00:00:00Z'));
    const now = at('2026-09-10T00:00:00Z');
    expect(await store.anonymizeClosedBefore(at('2026-06-01T00:00:00Z'), now)).toBe(1);
    expect(await store.anonymizeClosedBefore(at('2026-06-01T00:00:00Z'), now)).toBe(0);
    const item = await store.getItem(old.id);
    expect(item).toMatchObject({ text: old.text, normalized: old.normalized, answer: 'A', askCount: 2, anonymizedAt: now, closedBy: staff });
    const askers = await store.askers(old.id);
    expect(askers.map((a) => [a.chatId, a.userId, a.displayName, a.messageId])).toEqual([[null, null, null, null], [null, null, null, null]]);
    expect(askers.map((a) => [a.text, a.lang, a.delivery.status])).toEqual([[old.text, 'zh', 'delivered'], [old.text, 'zh', 'failed']]);
    expect(askers[1]!.delivery.lastError).toBe('retention');
    expect((await store.askers(recent.id))[0]!.displayName).toBe('Zhang San');
    expect((await store.askers(stillOpen.id))[0]!.userId).toBe(8_123_456_789);
    expect(await store.claimDueDeliveries(now, now)).toHaveLength(1); // only the recent item's asker
  });

  it('keeps an audit log, newest first, and forgets refused actors after retention', async () => {
    const store = open();
    await store.appendAudit({ at: at('2026-01-01T00:00:00Z'), actor: { id: 5, name: 'Stranger' }, action: 'answer', itemId: null, allowed: false, detail: '/answer 1 hi' });
    await store.appendAudit({ at: at('2026-01-02T00:00:00Z'), actor: staff, action: 'dismiss', itemId: 3, allowed: true, detail: 'spam' });
    await store.appendAudit({ at: at('2026-09-01T00:00:00Z'), actor: { id: 6, name: 'Other' }, action: 'stats', itemId: null, allowed: false, detail: null });
    const log = await store.listAudit();
    expect(log.map((e) => e.action)).toEqual(['stats', 'dismiss', 'answer']);
    expect(log[1]).toMatchObject({ actor: staff, itemId: 3, allowed: true, detail: 'spam', at: at('2026-01-02T00:00:00Z') });
    expect(await store.anonymizeRefusedBefore(at('2026-06-01T00:00:00Z'))).toBe(1);
    const after = await store.listAudit(10);
    expect(after.map((e) => e.actor?.name ?? null)).toEqual(['Other', 'Li', null]);
    expect(await store.listAudit(1)).toHaveLength(1);
  });
});

describe('sqlite follow-up store', () => {
  it('keeps everything across reopening the database file (restart)', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'followup-'));
    const path = join(dir, 'nested', 'bizbot.db');
    try {
      let db = openDatabase(path);
      const item = await sqliteFollowupStore(db).createItem(newItem());
      await sqliteFollowupStore(db).linkStaffPost(item.id, -100123, 41, 'post');
      db.close();
      db = openDatabase(path);
      const store = sqliteFollowupStore(db);
      expect(await store.getItem(item.id)).toMatchObject({ status: 'open', text: item.text });
      expect(await store.itemForStaffPost(-100123, 41)).toBe(item.id);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sqlite follow-up store, two connections on one file (the bot and `npm run questions`)', () => {
  let dir = '';
  let dbs: Db[] = [];
  const connect = (path: string) => {
    const db = openDatabase(path);
    dbs.push(db);
    return db;
  };
  const twoStores = () => {
    dir = mkdtempSync(join(tmpdir(), 'followup-two-'));
    const path = join(dir, 'bizbot.db');
    return { path, bot: sqliteFollowupStore(connect(path)), cli: sqliteFollowupStore(connect(path)) };
  };
  afterEach(() => {
    for (const db of dbs) db.close();
    dbs = [];
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees what the other connection committed, and hands a due delivery to one of them only', async () => {
    const { bot, cli } = twoStores();
    const item = await bot.createItem(newItem());
    expect(await cli.answerItem(item.id, '有', staff, at('2026-03-05T00:00:00Z'))).toBe(true);
    expect(await bot.getItem(item.id)).toMatchObject({ status: 'answered', answer: '有' });
    const now = at('2026-03-05T00:00:01Z');
    const lease = at('2026-03-05T00:02:00Z');
    expect(await bot.claimDueDeliveries(now, lease)).toHaveLength(1);
    expect(await cli.claimDueDeliveries(now, lease)).toEqual([]);
  });

  it('waits for the other process’s write instead of failing a claim (read, then write) with SQLITE_BUSY', async () => {
    const { path, bot, cli } = twoStores();
    const item = await bot.createItem(newItem());
    await bot.answerItem(item.id, '有', staff, at('2026-03-05T00:00:00Z'));
    // The CLI holds the write lock (recording a refused attempt) while the bot's retry job claims.
    const other = await writerHoldingTheLock(path, `INSERT INTO followup_audit (at, action, allowed) VALUES ('2026-03-05T00:00:00Z', 'answer', 0)`);
    const jobs = await bot.claimDueDeliveries(at('2026-03-05T00:00:01Z'), at('2026-03-05T00:02:00Z'));
    await other.done;
    expect(jobs.map((j) => j.item.id)).toEqual([item.id]);
    expect((await cli.listAudit(1))[0]).toMatchObject({ action: 'answer', allowed: false });
  });

  it('skips a migration the other process applied while this one was waiting, instead of running it twice', async () => {
    dir = mkdtempSync(join(tmpdir(), 'followup-migrate-'));
    const path = join(dir, 'bizbot.db');
    const db = connect(path);
    migrate(db, 'other', []); // schema_migrations exists, version 1 of 'demo' is not applied
    const step = { version: 1, description: 'demo table', sql: 'CREATE TABLE demo (id INTEGER PRIMARY KEY)' };
    const other = await writerHoldingTheLock(path, `${step.sql}; INSERT INTO schema_migrations (component, version, description) VALUES ('demo', 1, 'demo table')`);
    expect(migrate(db, 'demo', [step])).toEqual([]);
    await other.done;
    expect(db.prepare(`SELECT COUNT(*) FROM schema_migrations WHERE component = 'demo'`).pluck().get()).toBe(1);
  });
});
