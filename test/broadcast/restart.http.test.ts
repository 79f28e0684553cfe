import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sqliteSubscriptionStore } from '../../src/broadcast/sqlite-subscription-store.js';
import { openDatabase } from '../../src/store/database.js';
import { startFaultBotApi, type Fault, type FaultBotApi, type SendRequest } from '../support/fault-bot-api.js';
import { policy } from './fixtures.js';
import { sub } from './harness.js';
import { realBroadcaster, TOKEN } from './http-support.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * A broadcast interrupted in the middle and resumed by a new sender on the same database file: the
 * local Bot API (127.0.0.1:9302) counts what each chat received.
 */
const PORT = 9302;
let api: FaultBotApi;
let script: (req: SendRequest) => Fault = () => ({ kind: 'ok' });
let onReceived: () => void = () => {};
const root = tempDir('broadcast-restart-');
const energy = policy('green', { topics: ['energy'] });
const everyone = (n: number) => Array.from({ length: n }, (_, i) => sub(1000 + i, 'all'));

beforeAll(async () => {
  api = await startFaultBotApi({ port: PORT, fault: (req) => script(req), onReceived: () => onReceived() });
});
afterEach(() => {
  api.reset();
  script = () => ({ kind: 'ok' });
  onReceived = () => {};
});
afterAll(async () => {
  await api.close();
});

function expectEachOnce(n: number, allowedDuplicates = 0) {
  const counts = [...api.receiptsByChat().values()];
  expect(counts).toHaveLength(n); // nobody lost
  expect(counts.filter((c) => c > 1).length).toBeLessThanOrEqual(allowedDuplicates);
  expect(Math.max(...counts)).toBeLessThanOrEqual(allowedDuplicates > 0 ? 2 : 1);
}

describe('restarting in the middle of a broadcast', () => {
  it('a sender stopped after N deliveries, then a new one on the same file: everyone exactly once', async () => {
    const file = join(root, 'graceful.db');
    const first = realBroadcaster({ dbFile: file, apiRoot: api.url, policies: [energy], holder: 'first' });
    await first.subscribe(everyone(40));
    const stop = new AbortController();
    onReceived = () => api.received.length === 15 && stop.abort();
    expect((await first.broadcaster.runPass('schedule', { signal: stop.signal })).status).toBe('stopped');
    first.db.close();
    expect(api.received).toHaveLength(15);

    const second = realBroadcaster({ dbFile: file, apiRoot: api.url, policies: [energy], holder: 'second' });
    const result = await second.broadcaster.runPass('schedule');
    expect(result.status === 'done' && result.recovered).toBe(0);
    expectEachOnce(40);
    expect(await second.deliveries.summary('green')).toMatchObject({ sent: 40, pending: 0, sending: 0, resent: 0 });
  });

  it('a sender that dies with a message in flight: the new one resends that one only', async () => {
    const file = join(root, 'killed.db');
    const first = realBroadcaster({ dbFile: file, apiRoot: api.url, policies: [energy], holder: 'dead' });
    await first.subscribe(everyone(30));
    script = (req) => (req.seq === 12 ? { kind: 'hang' } : { kind: 'ok' }); // delivered, never answered
    const dead = new AbortController();
    void first.broadcaster.runPass('schedule', { signal: dead.signal });
    while (api.received.length < 12) await new Promise((r) => setTimeout(r, 10));
    dead.abort(); // the "process" is gone: it will never record the outcome

    const second = realBroadcaster({
      dbFile: file, apiRoot: api.url, policies: [energy], holder: 'second', deps: { isHolderDead: (h) => h === 'dead' },
    });
    const result = await second.broadcaster.runPass('schedule');
    expect(result.status === 'done' && result.recovered).toBe(1);
    expectEachOnce(30, 1);
    expect(await second.deliveries.summary('green')).toMatchObject({ sent: 30, resent: 1 });
  });

  it('the command-line sender killed with SIGKILL and started again: nobody lost, at most one duplicate', async () => {
    const dir = join(root, 'cli');
    mkdirSync(join(dir, 'knowledge', 'policies'), { recursive: true });
    writeFileSync(join(dir, 'knowledge', 'policies', 'green.yaml'), [
      'id: green', 'title: { zh: 绿电, en: Green power }', 'body: { zh: 内容, en: Body }', 'topics: [energy]',
      'publish_at: 2026-01-01T09:00:00+08:00', 'source: 辽宁日报 2023-12-06', '',
    ].join('\n'));
    const db = openDatabase(join(dir, 'bot.db'));
    const subs = sqliteSubscriptionStore(db);
    for (const s of everyone(50)) await subs.save(s);
    db.close();
    const env = { ...process.env, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url,
      DB_PATH: join(dir, 'bot.db'), KNOWLEDGE_DIR: join(dir, 'knowledge'), LOG_LEVEL: 'silent', STAFF_CHAT_ID: '' };
    const run = () => spawn(process.execPath, ['--import', 'tsx', 'src/cli/broadcast.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });

    const child = run();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    onReceived = () => api.received.length === 20 && child.kill('SIGKILL');
    expect(await exited).toBe(null); // killed, no exit code
    expect(api.received.length).toBeLessThan(50);

    const again = run();
    let output = '';
    again.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await new Promise((resolve) => again.once('exit', resolve))).toBe(0);
    expect(output).toMatch(/^done: queued 0 policy\(ies\); sent \d+/);
    expectEachOnce(50, 1);
  }, 30_000);
});
