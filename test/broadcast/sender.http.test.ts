import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFaultBotApi, type Fault, type FaultBotApi, type SendRequest } from '../support/fault-bot-api.js';
import { policy } from './fixtures.js';
import { sub } from './harness.js';
import { realBroadcaster } from './http-support.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * The sender as production runs it — SQLite, telegraf's client, real timers — against a local Bot
 * API (127.0.0.1:9301) that injects Telegram's failures and answers 429 to anyone breaking
 * Telegram's limits (30/s overall, 1/s per chat).
 */
const PORT = 9301;
let api: FaultBotApi;
let script: (req: SendRequest) => Fault = () => ({ kind: 'ok' });
const root = tempDir('broadcast-http-');
let n = 0;

beforeAll(async () => {
  api = await startFaultBotApi({
    port: PORT,
    fault: (req) => script(req),
    // Arrival times jitter by up to ~0.2 s in a shared event loop; Telegram, too, tolerates short bursts.
    limits: { perSecond: 30, perChatIntervalMs: 800, retryAfter: 5 },
  });
});
afterEach(() => {
  script = () => ({ kind: 'ok' });
  api.reset();
});
afterAll(async () => {
  await api.close();
});

const energy = policy('green', { topics: ['energy'], title: { zh: '绿电', en: 'Green power' } });
const setup = (policies = [energy]) => realBroadcaster({ dbFile: join(root, `t${n++}.db`), apiRoot: api.url, policies, holder: `test:${n}` });
const receiptsOf = (chatId: number) => api.received.filter((m) => m.chatId === chatId);

describe('broadcasting through a local Bot API', () => {
  it('delivers to the subscribers of the policy’s topics, each in their language, as HTML', async () => {
    const s = setup();
    await s.subscribe([sub(1, ['energy'], 'en'), sub(2, ['land']), sub(3, 'all', 'zh-Hant'), sub(4, ['energy'], 'zh')]);
    const result = await s.broadcaster.runPass('schedule');
    expect(result.status).toBe('done');
    expect(api.received.map((m) => m.chatId).sort()).toEqual([1, 3, 4]);
    expect(receiptsOf(1)[0]!.text).toContain('Green power');
    expect(receiptsOf(3)[0]!.text).toContain('綠電');
    expect(receiptsOf(4)[0]!.text).toContain('绿电');
    expect(api.received.every((m) => m.parseMode === 'HTML')).toBe(true);
  });

  it('unsubscribes a user who blocked the bot (403) and records the delivery as blocked', async () => {
    script = (req) => (req.chatId === 2 ? { kind: 'blocked' } : { kind: 'ok' });
    const s = setup();
    await s.subscribe([sub(1, 'all'), sub(2, 'all')]);
    await s.broadcaster.runPass('schedule');
    expect(await s.subscriptions.get(2)).toBeNull();
    expect(await s.deliveries.summary('green')).toMatchObject({ sent: 1, blocked: 1, failed: 0 });
  });

  it('honours retry_after on 429 before sending anything else', async () => {
    script = (req) => (req.chatId === 2 && req.chatSeq === 1 ? { kind: 'throttle', retryAfter: 1 } : { kind: 'ok' });
    const s = setup();
    await s.subscribe([1, 2, 3, 4].map((c) => sub(c, 'all')));
    await s.broadcaster.runPass('schedule');
    const refusal = api.requests.find((r) => r.answer === 'throttle')!;
    const next = api.requests.filter((r) => r.at > refusal.at);
    expect(next.length).toBeGreaterThan(0);
    expect(Math.min(...next.map((r) => r.at)) - refusal.at).toBeGreaterThanOrEqual(990);
    expect(receiptsOf(2)).toHaveLength(1);
    expect(api.received).toHaveLength(4);
  });

  it('retries 5xx answers and dropped connections, then delivers once', async () => {
    script = (req) => (req.chatId === 1 && req.chatSeq <= 2 ? { kind: req.chatSeq === 1 ? 'server-error' : 'drop' } : { kind: 'ok' });
    const s = setup();
    await s.subscribe([sub(1, 'all'), sub(2, 'all')]);
    const result = await s.broadcaster.runPass('schedule');
    expect(api.requests.filter((r) => r.chatId === 1).map((r) => r.answer)).toEqual(['server-error', 'drop', 'ok']);
    expect(receiptsOf(1)).toHaveLength(1);
    expect(result.status === 'done' && result.report.retries).toBe(2);
  });

  it('records what finally failed, with Telegram’s reason', async () => {
    script = (req) => (req.chatId === 1 ? { kind: 'server-error', status: 502 } : { kind: 'ok' });
    const s = setup();
    await s.subscribe([sub(1, 'all'), sub(2, 'all')]);
    await s.broadcaster.runPass('schedule');
    expect(api.requests.filter((r) => r.chatId === 1)).toHaveLength(5);
    const row = s.db.prepare("SELECT status, attempts, reason FROM broadcast_deliveries WHERE chat_id = 1").get();
    expect(row).toEqual({ status: 'failed', attempts: 5, reason: expect.stringMatching(/^502: /) });
  });

  it('never sends an expired policy', async () => {
    const expired = policy('old', { publishAt: new Date('2025-01-01T00:00:00Z'), expiresAt: new Date('2026-01-01T00:00:00Z') });
    const s = setup([expired]);
    await s.subscribe([sub(1, 'all')]);
    await s.broadcaster.runPass('schedule');
    expect(api.requests).toEqual([]);
    expect(await s.deliveries.broadcastIds()).toEqual(new Set());
  });

  it('stays within Telegram’s limits: no 429 from the enforced 30/s and 1/s-per-chat', async () => {
    const s = setup(['a', 'b', 'c'].map((id) => policy(id, { topics: ['energy'] })));
    await s.subscribe(Array.from({ length: 25 }, (_, i) => sub(i + 1, 'all')));
    await s.broadcaster.runPass('schedule');
    expect(api.received).toHaveLength(75);
    expect(api.answered.limit ?? 0).toBe(0);
  });
});
