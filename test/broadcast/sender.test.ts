import { describe, expect, it } from 'vitest';
import { TelegramApiError, TelegramNetworkError } from '../../src/core/messenger.js';
import { countByChat, policy } from './fixtures.js';
import { broadcastHarness, sub } from './harness.js';

const energy = policy('green', { topics: ['energy'] });
const subscribers = (n: number) => Array.from({ length: n }, (_, i) => sub(i + 1, 'all'));
const tooMany = (retryAfter: number) => new TelegramApiError(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
const serverError = new TelegramApiError(500, 'Internal Server Error');

describe('the sender’s pace', () => {
  it('achieves BROADCAST_RATE (25/s) and never more than 28 in any second', async () => {
    const h = broadcastHarness({ policies: [energy], subscribers: subscribers(500) });
    const start = h.time.now();
    await h.pass();
    const times = h.messenger.sent.map((s) => s.at - start);
    expect(times).toHaveLength(500);
    const rate = 499 / ((times[499]! - times[0]!) / 1000);
    expect(Math.abs(rate - 25) / 25).toBeLessThan(0.05);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(28);
  });

  it('keeps at least one second between two messages to one chat', async () => {
    const policies = ['a', 'b', 'c'].map((id) => policy(id, { topics: ['energy'] }));
    const h = broadcastHarness({ policies, subscribers: [sub(1, 'all'), sub(2, 'all')] });
    await h.pass();
    expect(h.messenger.sent).toHaveLength(6);
    for (const chat of [1, 2]) {
      const at = h.messenger.sent.filter((s) => s.chatId === chat).map((s) => s.at);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(1000);
    }
  });

  it('has one message in flight at a time by default', async () => {
    let inFlight = 0;
    let most = 0;
    const h = broadcastHarness({ policies: [energy], subscribers: subscribers(20) });
    const slow = {
      async send(chatId: number | string, text: string) {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight -= 1;
        return h.messenger.send(chatId, text);
      },
    };
    await h.seeded;
    await h.restart('slow', { messenger: slow }).runPass('schedule');
    expect(most).toBe(1);
    expect(h.messenger.sent).toHaveLength(20);
  });
});

describe('the sender with several messages in flight, or a failing database', () => {
  it('with concurrency 4 still delivers to everyone once, within the rate', async () => {
    const h = broadcastHarness({ policies: [energy], subscribers: subscribers(100), deps: { sender: { concurrency: 4 } } });
    await h.pass();
    expect([...countByChat(h.messenger.sent).values()].every((n) => n === 1)).toBe(true);
    expect(h.messenger.sent).toHaveLength(100);
    const times = h.messenger.sent.map((s) => s.at);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(28);
  });

  it('fails the pass when the store fails, and frees the lease for the next one', async () => {
    const h = broadcastHarness({ policies: [energy], subscribers: subscribers(3) });
    await h.seeded;
    const broken = { ...h.deliveries, markSent: async () => Promise.reject(new Error('SQLITE_FULL')) };
    await expect(h.restart('broken', { deliveries: broken }).runPass('schedule')).rejects.toThrow('broadcast sender failed');
    const next = await h.restart('next').runPass('schedule');
    expect(next.status === 'done' && next.recovered).toBe(1); // the one left in 'sending'
  });
});

describe('the sender when Telegram says no', () => {
  it('honours retry_after on 429: nobody gets anything until it has passed, then the message goes out', async () => {
    const h = broadcastHarness({
      policies: [energy],
      subscribers: subscribers(10),
      respond: (chatId, nth) => (chatId === 3 && nth === 1 ? tooMany(4) : undefined),
    });
    const result = await h.pass();
    const refusedAt = h.messenger.attempts.find((a) => a.chatId === 3)!.at;
    const after = h.messenger.attempts.filter((a) => a.at > refusedAt);
    expect(after.length).toBeGreaterThan(0);
    expect(Math.min(...after.map((a) => a.at)) - refusedAt).toBeGreaterThanOrEqual(4000);
    expect(countByChat(h.messenger.sent).get(3)).toBe(1);
    expect(result.status === 'done' && result.report).toMatchObject({ sent: 10, throttled: 1, failed: 0 });
  });

  it('retries 5xx and network errors with growing, bounded backoff, then delivers once', async () => {
    const failures: Record<number, Error> = { 1: serverError, 2: new TelegramNetworkError('socket hang up'), 3: serverError };
    const h = broadcastHarness({ policies: [energy], subscribers: [sub(1, 'all')], respond: (_c, nth) => failures[nth] });
    const result = await h.pass();
    const at = h.messenger.attempts.map((a) => a.at);
    expect(at.slice(1).map((t, i) => t - at[i]!)).toEqual([1000, 2000, 4000]);
    expect(h.messenger.sent).toHaveLength(1);
    expect(result.status === 'done' && result.report.retries).toBe(3);
  });

  it('gives up after five attempts and records why', async () => {
    const h = broadcastHarness({ policies: [energy], subscribers: [sub(1, 'all'), sub(2, 'all')], respond: (c) => (c === 1 ? serverError : undefined) });
    const result = await h.pass();
    expect(h.messenger.attempts.filter((a) => a.chatId === 1)).toHaveLength(5);
    expect(result.status === 'done' && result.summaries[0]).toMatchObject({ sent: 1, failed: 1 });
    expect(h.logger.warnings).toContain('broadcast delivery failed');
  });

  it('does not retry a request Telegram rejects (400), and keeps the subscriber', async () => {
    const bad = new TelegramApiError(400, "Bad Request: can't parse entities");
    const h = broadcastHarness({ policies: [energy], subscribers: [sub(1, 'all')], respond: () => bad });
    await h.pass();
    expect(h.messenger.attempts).toHaveLength(1);
    expect((await h.deliveries.summary('green')).failed).toBe(1);
    expect(await h.subscriptions.get(1)).not.toBeNull();
  });

  it('treats "chat not found" like a block: unsubscribed, not retried', async () => {
    const gone = new TelegramApiError(400, 'Bad Request: chat not found');
    const h = broadcastHarness({ policies: [energy], subscribers: [sub(1, 'all')], respond: () => gone });
    await h.pass();
    expect(h.messenger.attempts).toHaveLength(1);
    expect(await h.subscriptions.get(1)).toBeNull();
  });
});

describe('stopping and restarting in the middle of a broadcast', () => {
  it('a sender stopped after N messages and a new one on the same store deliver to everyone exactly once', async () => {
    const abort = new AbortController();
    const h = broadcastHarness({ policies: [energy], subscribers: subscribers(40) });
    await h.seeded;
    const counting = {
      async send(chatId: number | string, text: string) {
        const sent = await h.messenger.send(chatId, text);
        if (h.messenger.sent.length === 15) abort.abort();
        return sent;
      },
    };
    const first = await h.restart('one', { messenger: counting }).runPass('schedule', { signal: abort.signal });
    expect(first.status).toBe('stopped');
    expect(h.messenger.sent).toHaveLength(15);
    const second = await h.restart('two').runPass('schedule');
    expect(second.status === 'done' && second.recovered).toBe(0);
    const counts = countByChat(h.messenger.sent);
    expect(counts.size).toBe(40);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('after a hard kill, the one message in flight is sent again (at most one duplicate), none is lost', async () => {
    const h = broadcastHarness({ policies: [energy], subscribers: subscribers(30) });
    await h.seeded;
    const killedAt = 12;
    const dies = {
      send(chatId: number | string, text: string) {
        if (h.messenger.attempts.length === killedAt) {
          void h.messenger.send(chatId, text); // delivered…
          return new Promise<never>(() => {}); // …but the answer never comes: the process is gone
        }
        return h.messenger.send(chatId, text);
      },
    };
    void h.restart('killed:1', { messenger: dies }).runPass('schedule');
    await new Promise((r) => setTimeout(r, 20));
    expect(h.messenger.sent).toHaveLength(killedAt + 1);

    const blocked = await h.restart('new:2').runPass('schedule');
    expect(blocked.status).toBe('busy'); // the dead sender's lease has not expired yet
    const second = await h.restart('new:2', { isHolderDead: (holder) => holder === 'killed:1' }).runPass('schedule');
    expect(second.status === 'done' && second.recovered).toBe(1);
    const counts = [...countByChat(h.messenger.sent).values()];
    expect(counts).toHaveLength(30);
    expect(counts.filter((n) => n === 2)).toHaveLength(1);
    expect(counts.filter((n) => n > 2)).toHaveLength(0);
    expect((await h.deliveries.summary('green')).resent).toBe(1);
  });

  it('stops when it loses its lease to another sender', async () => {
    const h = broadcastHarness({ policies: [energy], subscribers: subscribers(200), deps: { leaseTtlMs: 2000 } });
    await h.seeded;
    const thief = {
      async send(chatId: number | string, text: string) {
        if (h.messenger.sent.length === 20) await h.deliveries.acquireLease('thief', h.time.clock(), 60_000, () => true);
        return h.messenger.send(chatId, text);
      },
    };
    const result = await h.restart('victim', { messenger: thief }).runPass('schedule');
    expect(result.status).toBe('stopped');
    expect(h.messenger.sent.length).toBeLessThan(200);
    expect(h.logger.errors).toContain('broadcast sender lost its lease; stopping');
  });
});
