import { createBroadcaster, type BroadcasterDeps } from '../../src/broadcast/broadcaster.js';
import { memoryDeliveryStore, type DeliveryStore } from '../../src/broadcast/delivery-store.js';
import { SendPacer } from '../../src/broadcast/pacer.js';
import type { Policy } from '../../src/broadcast/policy.js';
import { memorySubscriptionStore, type Subscription, type SubscriptionStore } from '../../src/broadcast/subscription-store.js';
import type { Messenger } from '../../src/core/messenger.js';
import { fakeTime, recordingLogger, scriptedMessenger } from './fixtures.js';

/**
 * A broadcaster over in-memory stores, a scripted messenger and fake time. `respond` scripts the
 * messenger (see scriptedMessenger); `restart` builds a second broadcaster on the same stores, as a
 * new process would on the same database.
 */
export function broadcastHarness(options: {
  policies: Policy[];
  subscribers: Subscription[];
  respond?: (chatId: number, nth: number) => Error | undefined;
  deps?: Partial<BroadcasterDeps>;
  start?: string;
}) {
  const time = fakeTime(options.start);
  const subscriptions: SubscriptionStore = memorySubscriptionStore();
  const deliveries: DeliveryStore = memoryDeliveryStore();
  const messenger = scriptedMessenger(time.now, options.respond);
  const logger = recordingLogger();
  const policies = [...options.policies];
  const seeded = Promise.all(options.subscribers.map((s) => subscriptions.save(s)));
  const make = (holder: string, overrides: Partial<BroadcasterDeps> = {}) =>
    createBroadcaster({
      deliveries,
      subscriptions,
      messenger,
      pacer: new SendPacer({ ratePerSecond: 25 }),
      clock: time.clock,
      sleep: time.sleep,
      logger,
      policies: () => policies,
      holder,
      sender: { retry: { baseDelayMs: 1000, maxDelayMs: 8000 } },
      ...options.deps,
      ...overrides,
    });
  const broadcaster = make('first');
  return {
    time,
    subscriptions,
    deliveries,
    messenger,
    logger,
    policies,
    broadcaster,
    /** Waits for the subscribers to be saved, then runs one pass. */
    async pass(trigger = 'schedule') {
      await seeded;
      return broadcaster.runPass(trigger);
    },
    seeded,
    restart: (holder: string, overrides: Partial<BroadcasterDeps> & { messenger?: Messenger } = {}) => make(holder, overrides),
  };
}

export const sub = (chatId: number, topics: Subscription['topics'], lang: Subscription['lang'] = 'zh'): Subscription => ({
  chatId,
  lang,
  topics,
});
