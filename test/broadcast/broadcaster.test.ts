import { describe, expect, it } from 'vitest';
import type { DeliverySummary } from '../../src/broadcast/delivery-store.js';
import { TelegramApiError } from '../../src/core/messenger.js';
import { countByChat, policy } from './fixtures.js';
import { broadcastHarness, sub } from './harness.js';

const energy = policy('green', { topics: ['energy'], title: { zh: '绿电', en: 'Green power' } });

describe('a broadcast pass', () => {
  it('sends a policy to the subscribers of its topics (and of "all"), nobody else', async () => {
    const h = broadcastHarness({
      policies: [energy],
      subscribers: [sub(1, ['energy']), sub(2, ['land']), sub(3, 'all'), sub(4, ['startup', 'energy'])],
    });
    const result = await h.pass();
    expect(result.status).toBe('done');
    expect(h.messenger.sent.map((s) => s.chatId).sort()).toEqual([1, 3, 4]);
  });

  it('writes to each subscriber in their own language, as Telegram HTML', async () => {
    const h = broadcastHarness({ policies: [energy], subscribers: [sub(1, 'all', 'en'), sub(2, 'all', 'zh'), sub(3, 'all', 'zh-Hant')] });
    await h.pass();
    const text = (chatId: number) => h.messenger.sent.find((s) => s.chatId === chatId)!.text;
    expect(text(1)).toContain('<b>Green power</b>');
    expect(text(2)).toContain('<b>绿电</b>');
    expect(text(3)).toContain('<b>綠電</b>');
    expect(h.messenger.sent.every((s) => s.options?.html === true)).toBe(true);
  });

  it('dates the announcement in the broadcaster’s time zone (TZ)', async () => {
    const evening = policy('evening', { publishAt: new Date('2026-05-31T20:00:00Z') }); // 1 June 04:00 in China
    const china = broadcastHarness({ policies: [evening], subscribers: [sub(1, 'all', 'en')] });
    const london = broadcastHarness({ policies: [evening], subscribers: [sub(1, 'all', 'en')], deps: { timeZone: 'Europe/London' } });
    await china.pass();
    await london.pass();
    expect(china.messenger.sent[0]!.text).toContain('Published: 1 Jun 2026');
    expect(london.messenger.sent[0]!.text).toContain('Published: 31 May 2026');
  });

  it('sends a policy once: a second pass, or an edit of the policy, sends nothing more', async () => {
    const h = broadcastHarness({ policies: [energy], subscribers: [sub(1, 'all'), sub(2, 'all')] });
    await h.pass();
    h.policies[0] = { ...energy, body: { zh: '修改后的内容', en: 'edited' } };
    await h.pass();
    expect([...countByChat(h.messenger.sent).values()]).toEqual([1, 1]);
  });

  it('never sends an expired policy, and a future one only once its time has come', async () => {
    const expired = policy('old', { publishAt: new Date('2026-01-01T00:00:00Z'), expiresAt: new Date('2026-05-01T00:00:00Z') });
    const future = policy('later', { publishAt: new Date('2026-06-01T12:00:00+08:00') });
    const h = broadcastHarness({ policies: [expired, future], subscribers: [sub(1, 'all')], start: '2026-06-01T10:00:00+08:00' });
    await h.pass();
    expect(h.messenger.attempts).toEqual([]);
    h.time.advance(2 * 3600_000);
    await h.pass();
    expect(h.messenger.sent.map((s) => s.text)).toEqual([expect.stringContaining('政策 later')]);
    expect(await h.deliveries.broadcastIds()).toEqual(new Set(['later']));
  });

  it('unsubscribes a chat that blocked the bot (403) and cancels its other queued messages', async () => {
    const blocked = new TelegramApiError(403, 'Forbidden: bot was blocked by the user');
    const h = broadcastHarness({
      policies: [energy, policy('second', { topics: ['energy'] })],
      subscribers: [sub(1, 'all'), sub(2, 'all')],
      respond: (chatId) => (chatId === 2 ? blocked : undefined),
    });
    const result = await h.pass();
    expect(await h.subscriptions.get(2)).toBeNull();
    expect(await h.subscriptions.get(1)).not.toBeNull();
    expect(h.messenger.attempts.filter((a) => a.chatId === 2)).toHaveLength(1);
    expect(result.status === 'done' && result.summaries.map((s) => [s.policyId, s.sent, s.blocked, s.cancelled])).toEqual([
      ['green', 1, 1, 0],
      ['second', 1, 0, 1],
    ]);
  });

  it('reports progress while sending and each policy’s final counts once, to the observer', async () => {
    const finished: DeliverySummary[] = [];
    const progress: DeliverySummary[] = [];
    const subscribers = Array.from({ length: 60 }, (_, i) => sub(i + 1, 'all'));
    const h = broadcastHarness({
      policies: [energy],
      subscribers,
      deps: { progressEveryMs: 1000, observer: { progress: (s) => void progress.push(s), finished: (s) => void finished.push(s) } },
    });
    await h.pass();
    await h.pass();
    expect(finished.map((s) => [s.policyId, s.sent, s.failed, s.blocked])).toEqual([['green', 60, 0, 0]]);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress[0]!.pending).toBeGreaterThan(0);
  });
});

describe('broadcasting on staff’s request', () => {
  const future = policy('future', { publishAt: new Date('2027-01-15T09:00:00+08:00') });
  const expired = policy('gone', { publishAt: new Date('2025-01-01T00:00:00Z'), expiresAt: new Date('2026-01-01T00:00:00Z') });

  it('says why a policy cannot go out: unknown, not yet published, expired, already sent', async () => {
    const h = broadcastHarness({ policies: [energy, future, expired], subscribers: [sub(1, 'all'), sub(2, ['land'])] });
    await h.seeded;
    expect(await h.broadcaster.check('nope')).toEqual({ kind: 'unknown', id: 'nope', known: ['green', 'future', 'gone'] });
    expect((await h.broadcaster.check('future')).kind).toBe('scheduled');
    expect((await h.broadcaster.check('gone')).kind).toBe('expired');
    const ready = await h.broadcaster.check('green');
    expect(ready.kind === 'ready' && ready.recipients.map((r) => r.chatId)).toEqual([1]);
    expect((await h.broadcaster.queue('green', 'staff:9')).kind).toBe('queued');
    expect((await h.broadcaster.queue('green', 'staff:9')).kind).toBe('already');
    await h.broadcaster.runPass('staff:9');
    expect(h.messenger.sent.map((s) => s.chatId)).toEqual([1]);
    expect((await h.deliveries.getBroadcast('green'))?.trigger).toBe('staff:9');
  });

  it('lists in a dry run what the next pass would send, sending nothing', async () => {
    const h = broadcastHarness({ policies: [energy, future], subscribers: [sub(1, 'all', 'en'), sub(2, ['land'])] });
    await h.seeded;
    const plan = await h.broadcaster.plan();
    expect(plan.map((p) => (p.kind === 'new' ? [p.policy.id, p.recipients] : p))).toEqual([['green', [{ chatId: 1, lang: 'en' }]]]);
    expect(h.messenger.attempts).toEqual([]);
    expect(await h.deliveries.broadcastIds()).toEqual(new Set());
  });
});
