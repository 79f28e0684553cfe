import { beforeEach, describe, expect, it } from 'vitest';
import type { SubscriptionStore } from '../../src/broadcast/subscription-store.js';

/** The behaviour every SubscriptionStore driver must have; run against each in stores.test.ts. */
export function subscriptionStoreContract(driver: string, make: () => SubscriptionStore): void {
  describe(`subscription store (${driver})`, () => {
    let store: SubscriptionStore;
    beforeEach(() => {
      store = make();
    });

    it('remembers a chat’s topics and language', async () => {
      await store.save({ chatId: 7, lang: 'en', topics: ['energy', 'land'] });
      expect(await store.get(7)).toEqual({ chatId: 7, lang: 'en', topics: ['land', 'energy'] });
      expect(await store.get(8)).toBeNull();
    });

    it('replaces a subscription when saved again', async () => {
      await store.save({ chatId: 7, lang: 'en', topics: ['energy'] });
      await store.save({ chatId: 7, lang: 'zh-Hant', topics: 'all' });
      expect(await store.get(7)).toEqual({ chatId: 7, lang: 'zh-Hant', topics: 'all' });
      expect(await store.count()).toBe(1);
    });

    it('saving an empty selection unsubscribes', async () => {
      await store.save({ chatId: 7, lang: 'zh', topics: ['energy'] });
      await store.save({ chatId: 7, lang: 'zh', topics: [] });
      expect(await store.get(7)).toBeNull();
    });

    it('removes a subscription once, reporting whether there was one', async () => {
      await store.save({ chatId: 7, lang: 'zh', topics: ['energy'] });
      expect(await store.remove(7)).toBe(true);
      expect(await store.remove(7)).toBe(false);
      expect(await store.count()).toBe(0);
    });

    it('changes the language of a subscriber, and ignores a chat that is not one', async () => {
      await store.save({ chatId: 7, lang: 'zh', topics: ['energy'] });
      await store.setLang(7, 'en');
      await store.setLang(8, 'en');
      expect((await store.get(7))?.lang).toBe('en');
      expect(await store.get(8)).toBeNull();
    });

    it('lists everyone in chat id order', async () => {
      await store.save({ chatId: 30, lang: 'zh', topics: ['land'] });
      await store.save({ chatId: -100, lang: 'en', topics: 'all' });
      await store.save({ chatId: 5, lang: 'zh', topics: ['energy'] });
      expect((await store.all()).map((s) => s.chatId)).toEqual([-100, 5, 30]);
    });

    it('does not let the caller change what it stored by mutating the array it passed', async () => {
      const topics: ('energy' | 'land')[] = ['energy'];
      await store.save({ chatId: 7, lang: 'zh', topics });
      topics.push('land');
      expect((await store.get(7))?.topics).toEqual(['energy']);
    });
  });
}
