import { beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryStore, NewBroadcast } from '../../src/broadcast/delivery-store.js';

const T0 = new Date('2026-06-01T02:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

export function broadcastOf(policyId: string, queuedAt = T0): NewBroadcast {
  return { policyId, title: `标题 ${policyId}`, texts: { zh: `中文 ${policyId}`, 'zh-Hant': `繁體 ${policyId}`, en: `EN ${policyId}` }, trigger: 'schedule', queuedAt };
}

const recipients = (...chatIds: number[]) => chatIds.map((chatId) => ({ chatId, lang: 'zh' as const }));

/** The behaviour every DeliveryStore driver must have; run against each in stores.test.ts. */
export function deliveryStoreContract(driver: string, make: () => DeliveryStore): void {
  describe(`delivery store (${driver})`, () => {
    let store: DeliveryStore;
    beforeEach(() => {
      store = make();
    });

    it('queues one pending delivery per recipient and records the broadcast with its texts', async () => {
      const record = await store.enqueue(broadcastOf('p1'), [...recipients(1, 2), { chatId: 3, lang: 'en' }]);
      expect(record).toMatchObject({ policyId: 'p1', recipients: 3, trigger: 'schedule', texts: { en: 'EN p1' } });
      expect(record?.queuedAt.toISOString()).toBe(T0.toISOString());
      const pending = await store.pending(10);
      expect(pending.map((d) => [d.chatId, d.lang, d.status, d.attempts])).toEqual([
        [1, 'zh', 'pending', 0], [2, 'zh', 'pending', 0], [3, 'en', 'pending', 0],
      ]);
      expect(await store.broadcastIds()).toEqual(new Set(['p1']));
      expect((await store.getBroadcast('p1'))?.title).toBe('标题 p1');
    });

    it('queueing a policy twice changes nothing: no second delivery to anyone', async () => {
      await store.enqueue(broadcastOf('p1'), recipients(1, 2));
      expect(await store.enqueue(broadcastOf('p1'), recipients(1, 2, 3))).toBeNull();
      expect((await store.pending(10)).length).toBe(2);
    });

    it('a recipient listed twice gets one delivery', async () => {
      expect((await store.enqueue(broadcastOf('p1'), recipients(1, 1, 2)))?.recipients).toBe(2);
    });

    it('claims a pending delivery only once', async () => {
      await store.enqueue(broadcastOf('p1'), recipients(1));
      const [d] = await store.pending(1);
      expect(await store.markSending(d!.id, T0)).toBe(true);
      expect(await store.markSending(d!.id, T0)).toBe(false);
      expect(await store.pending(10)).toEqual([]);
    });

    it('a sent delivery is final: it is never pending again', async () => {
      await store.enqueue(broadcastOf('p1'), recipients(1));
      const [d] = await store.pending(1);
      await store.markSending(d!.id, T0);
      await store.markSent(d!.id, T0, 42);
      await store.markRetry(d!.id, T0, 'late', true);
      expect(await store.pending(10)).toEqual([]);
      expect(await store.summary('p1')).toMatchObject({ total: 1, sent: 1, pending: 0 });
    });

    it('a retry goes back to pending with its attempts counted, after the given time (429s not counted)', async () => {
      await store.enqueue(broadcastOf('p1'), recipients(1, 2));
      const [a, b] = await store.pending(2);
      await store.markSending(a!.id, T0);
      await store.markRetry(a!.id, later(5000), '500: Internal Server Error', true);
      await store.markSending(b!.id, T0);
      await store.markRetry(b!.id, later(1000), '429: Too Many Requests', false);
      const pending = await store.pending(10);
      expect(pending.map((d) => [d.chatId, d.attempts, d.notBefore.getTime() - T0.getTime(), d.reason])).toEqual([
        [2, 0, 1000, '429: Too Many Requests'],
        [1, 1, 5000, '500: Internal Server Error'],
      ]);
    });

    it('records failures and blocks with their reason, and counts them in the summary', async () => {
      await store.enqueue(broadcastOf('p1'), recipients(1, 2, 3));
      const [a, b] = await store.pending(2);
      await store.markSending(a!.id, T0);
      await store.markFailed(a!.id, 'failed', '400: Bad Request', T0);
      await store.markSending(b!.id, T0);
      await store.markFailed(b!.id, 'blocked', '403: Forbidden', T0);
      expect(await store.summary('p1')).toEqual({
        policyId: 'p1', total: 3, pending: 1, sending: 0, sent: 0, failed: 1, blocked: 1, cancelled: 0, resent: 0,
      });
    });

    it('cancels every pending delivery to a chat, across policies, and nothing else', async () => {
      await store.enqueue(broadcastOf('p1'), recipients(1, 2));
      await store.enqueue(broadcastOf('p2', later(1)), recipients(1));
      expect(await store.cancelPending(1, 'blocked')).toBe(2);
      expect((await store.pending(10)).map((d) => d.chatId)).toEqual([2]);
      expect((await store.summary('p2')).cancelled).toBe(1);
    });

    it('recovers a delivery left in flight: pending again, flagged as resent', async () => {
      await store.enqueue(broadcastOf('p1'), recipients(1, 2));
      const [a] = await store.pending(1);
      await store.markSending(a!.id, T0);
      expect(await store.recoverInFlight()).toBe(1);
      expect(await store.recoverInFlight()).toBe(0);
      const again = await store.pending(10);
      expect(again.find((d) => d.id === a!.id)?.attempts).toBe(1);
      expect((await store.summary('p1')).resent).toBe(1);
    });

    it('lists policies with work left, oldest broadcast first', async () => {
      await store.enqueue(broadcastOf('b', later(10)), recipients(1));
      await store.enqueue(broadcastOf('a', later(20)), recipients(1));
      await store.enqueue(broadcastOf('empty', later(5)), []);
      expect(await store.unfinishedPolicyIds()).toEqual(['b', 'a']);
    });

    it('gives the sender lease to one holder at a time until it expires or is released', async () => {
      expect(await store.acquireLease('A', T0, 60_000)).toEqual({ acquired: true });
      expect(await store.acquireLease('A', later(1000), 60_000)).toEqual({ acquired: true }); // renewal
      expect(await store.acquireLease('B', later(2000), 60_000)).toEqual({ acquired: false, holder: 'A', until: later(61_000) });
      expect(await store.acquireLease('B', later(61_000), 60_000)).toEqual({ acquired: true }); // expired
      await store.releaseLease('A'); // not A's any more: no effect
      expect((await store.acquireLease('A', later(62_000), 60_000)).acquired).toBe(false);
      await store.releaseLease('B');
      expect((await store.acquireLease('A', later(63_000), 60_000)).acquired).toBe(true);
    });

    it('lets a holder take over the lease of one known to be dead', async () => {
      await store.acquireLease('host:1:dead', T0, 60_000);
      const takeOver = (holder: string) => holder.endsWith(':dead');
      expect(await store.acquireLease('host:2:new', later(1), 60_000, takeOver)).toEqual({ acquired: true });
    });
  });
}
