import { Telegram } from 'telegraf';
import { createBroadcaster, type BroadcasterDeps } from '../../src/broadcast/broadcaster.js';
import { SendPacer } from '../../src/broadcast/pacer.js';
import type { Policy } from '../../src/broadcast/policy.js';
import { sqliteDeliveryStore } from '../../src/broadcast/sqlite-delivery-store.js';
import { sqliteSubscriptionStore } from '../../src/broadcast/sqlite-subscription-store.js';
import type { Subscription } from '../../src/broadcast/subscription-store.js';
import { systemClock } from '../../src/core/clock.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { telegrafMessenger } from '../../src/telegram/telegraf-messenger.js';
import { recordingLogger } from './fixtures.js';

export const TOKEN = '123456:broadcast-test-token-000000000000';

/**
 * A broadcaster as production builds it — SQLite stores on `dbFile`, telegraf's Telegram client
 * aimed at `apiRoot`, the real clock and timers — with short retry delays so tests stay quick.
 */
export function realBroadcaster(options: {
  dbFile: string;
  apiRoot: string;
  policies: readonly Policy[];
  holder: string;
  deps?: Partial<BroadcasterDeps>;
}) {
  const db: Db = openDatabase(options.dbFile);
  const subscriptions = sqliteSubscriptionStore(db);
  const deliveries = sqliteDeliveryStore(db);
  const logger = recordingLogger();
  const broadcaster = createBroadcaster({
    deliveries,
    subscriptions,
    messenger: telegrafMessenger(new Telegram(TOKEN, { apiRoot: options.apiRoot })),
    pacer: new SendPacer({ ratePerSecond: 25 }),
    clock: systemClock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    logger,
    policies: () => options.policies,
    holder: options.holder,
    sender: { retry: { baseDelayMs: 100, maxDelayMs: 400 } },
    ...options.deps,
  });
  return {
    db,
    subscriptions,
    deliveries,
    logger,
    broadcaster,
    async subscribe(subs: readonly Subscription[]) {
      for (const s of subs) await subscriptions.save(s);
    },
  };
}
