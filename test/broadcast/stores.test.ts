import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryDeliveryStore } from '../../src/broadcast/delivery-store.js';
import { sqliteDeliveryStore } from '../../src/broadcast/sqlite-delivery-store.js';
import { sqliteSubscriptionStore } from '../../src/broadcast/sqlite-subscription-store.js';
import { memorySubscriptionStore } from '../../src/broadcast/subscription-store.js';
import { openDatabase } from '../../src/store/database.js';
import { broadcastOf, deliveryStoreContract } from './delivery-store.contract.js';
import { subscriptionStoreContract } from './subscription-store.contract.js';

subscriptionStoreContract('in memory', memorySubscriptionStore);
subscriptionStoreContract('SQLite', () => sqliteSubscriptionStore(openDatabase(':memory:')));
deliveryStoreContract('in memory', memoryDeliveryStore);
deliveryStoreContract('SQLite', () => sqliteDeliveryStore(openDatabase(':memory:')));

describe('the SQLite stores on one database file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadcast-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('share one migration of the broadcast component and survive reopening', async () => {
    const file = join(dir, 'bot.db');
    const db = openDatabase(file);
    await sqliteSubscriptionStore(db).save({ chatId: 1, lang: 'en', topics: ['energy'] });
    await sqliteDeliveryStore(db).enqueue(broadcastOf('p1'), [{ chatId: 1, lang: 'en' }]);
    db.close();
    const again = openDatabase(file);
    expect(again.prepare("SELECT version FROM schema_migrations WHERE component = 'broadcast'").pluck().all()).toEqual([1]);
    expect(await sqliteSubscriptionStore(again).get(1)).toEqual({ chatId: 1, lang: 'en', topics: ['energy'] });
    expect((await sqliteDeliveryStore(again).pending(5)).map((d) => d.chatId)).toEqual([1]);
    again.close();
  });

  it('two connections (two processes) cannot both claim one delivery or both hold the lease', async () => {
    const file = join(dir, 'two.db');
    const [one, two] = [sqliteDeliveryStore(openDatabase(file)), sqliteDeliveryStore(openDatabase(file))];
    await one.enqueue(broadcastOf('p1'), [{ chatId: 1, lang: 'zh' }]);
    const [d] = await two.pending(1);
    const now = new Date();
    expect([await one.markSending(d!.id, now), await two.markSending(d!.id, now)]).toEqual([true, false]);
    expect((await one.acquireLease('one', now, 60_000)).acquired).toBe(true);
    expect((await two.acquireLease('two', now, 60_000)).acquired).toBe(false);
  });
});
