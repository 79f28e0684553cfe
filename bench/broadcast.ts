/**
 * Broadcast benchmark: one policy to N subscribers (default 10,000) through a local Bot API sink on
 * 127.0.0.1:9309 that injects 429s (with retry_after) and 5xx answers at random and, like Telegram,
 * answers 429 to a sender breaking 30 messages/s overall or ~1/s per chat.
 *
 *   Run A — in process: the production sender (SQLite queue, telegraf client, real timers). Reports
 *           the achieved request rate against the target, with and without the retry_after pauses
 *           the sink imposed, plus duplicates and losses (targets: within 5 %, 0, 0).
 *   Run B — SIGKILL: `npm run broadcast` as a child process on a fresh database, killed with
 *           SIGKILL halfway, then started again. Reports duplicates (bound: 1, the message in
 *           flight) and losses (target 0).
 *
 * Usage: npx tsx bench/broadcast.ts [--subscribers 10000] [--rate 25] [--p429 0.001] [--p5xx 0.01]
 *        [--retry-after 1] [--seed 1] [--only a|b]
 * At the target rate of 25/s, 10,000 messages take 400 s per run; pass --rate to go faster (above
 * 28/s the sink's 30/s check is switched off, since it would only measure the sink). The figures
 * printed name the rate that was run and the target (BROADCAST_RATE default 25) separately.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Telegram } from 'telegraf';
import { createBroadcaster } from '../src/broadcast/broadcaster.js';
import { SendPacer } from '../src/broadcast/pacer.js';
import { policy as fixturePolicy } from '../test/broadcast/fixtures.js';
import { sqliteDeliveryStore } from '../src/broadcast/sqlite-delivery-store.js';
import { sqliteSubscriptionStore } from '../src/broadcast/sqlite-subscription-store.js';
import { silentLogger } from '../src/core/logger.js';
import { systemClock } from '../src/core/clock.js';
import { openDatabase } from '../src/store/database.js';
import { telegrafMessenger } from '../src/telegram/telegraf-messenger.js';
import { startFaultBotApi, type FaultBotApi } from '../test/support/fault-bot-api.js';

const TARGET_RATE = 25;
const PORT = 9309;
const TOKEN = '123456789:bench-token-not-a-real-one';
const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    rate: { type: 'string', default: String(TARGET_RATE) },
    p429: { type: 'string', default: '0.001' },
    p5xx: { type: 'string', default: '0.01' },
    'retry-after': { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const N = Number(values.subscribers);
const RATE = Number(values.rate);
const P429 = Number(values.p429);
const P5XX = Number(values.p5xx);
const RETRY_AFTER = Number(values['retry-after']);

/** mulberry32: a seeded random source, so a run's faults can be reproduced. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function sink(onReceived?: () => void): Promise<FaultBotApi> {
  const rnd = random(Number(values.seed));
  return startFaultBotApi({
    port: PORT,
    fault: () => {
      const r = rnd();
      if (r < P429) return { kind: 'throttle', retryAfter: RETRY_AFTER };
      if (r < P429 + P5XX) return { kind: 'server-error', status: 502 };
      return { kind: 'ok' };
    },
    limits: { perSecond: RATE <= 28 ? 30 : Number.MAX_SAFE_INTEGER, perChatIntervalMs: 800, retryAfter: 1 },
    ...(onReceived ? { onReceived } : {}),
  });
}

/** A database with N subscribers to 'energy' (bulk insert: seeding is not what is measured). */
function seed(file: string): void {
  const db = openDatabase(file);
  sqliteSubscriptionStore(db); // migrates
  const insert = db.prepare("INSERT INTO broadcast_subscriptions (chat_id, lang, topics) VALUES (?, ?, 'energy')");
  db.transaction(() => {
    for (let i = 0; i < N; i++) insert.run(100_000 + i, i % 3 === 0 ? 'en' : i % 3 === 1 ? 'zh' : 'zh-Hant');
  })();
  db.close();
}

function tally(api: FaultBotApi) {
  const counts = api.receiptsByChat();
  const duplicates = [...counts.values()].reduce((sum, c) => sum + Math.max(0, c - 1), 0);
  const losses = N - counts.size;
  const reqs = api.requests;
  const wall = (reqs[reqs.length - 1]!.at - reqs[0]!.at) / 1000;
  // Time the sink's 429s forced us to wait: from each 429 to the next request.
  let paused = 0;
  reqs.forEach((r, i) => {
    if ((r.answer === 'throttle' || r.answer === 'limit') && reqs[i + 1]) paused += (reqs[i + 1]!.at - r.at) / 1000;
  });
  const requestRate = (reqs.length - 1) / wall;
  const activeRate = (reqs.length - 1) / (wall - paused);
  return { requests: reqs.length, answered: { ...api.answered }, wall, paused, requestRate, activeRate, duplicates, losses, chats: counts.size };
}

const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

async function runA(dir: string) {
  const file = join(dir, 'a.db');
  seed(file);
  const api = await sink();
  const db = openDatabase(file);
  const broadcaster = createBroadcaster({
    deliveries: sqliteDeliveryStore(db),
    subscriptions: sqliteSubscriptionStore(db),
    messenger: telegrafMessenger(new Telegram(TOKEN, { apiRoot: api.url })),
    pacer: new SendPacer({ ratePerSecond: RATE }),
    clock: systemClock,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    logger: silentLogger,
    policies: () => [fixturePolicy('bench', { topics: ['energy'] })],
    holder: 'bench-a',
  });
  const started = performance.now();
  const result = await broadcaster.runPass('bench');
  const seconds = (performance.now() - started) / 1000;
  const t = tally(api);
  await api.close();
  db.close();
  console.log(`\nRun A — in process, ${N} subscribers, ran at ${RATE}/s (target BROADCAST_RATE ${TARGET_RATE}/s)`);
  console.log(`  pass: ${seconds.toFixed(1)} s, status ${result.status}; sink answers ${JSON.stringify(t.answered)}`);
  console.log(`  request rate over the whole run:   ${t.requestRate.toFixed(2)}/s (${pct(t.requestRate / RATE - 1)} vs ${RATE})`);
  console.log(`  request rate outside 429 pauses:   ${t.activeRate.toFixed(2)}/s (${pct(t.activeRate / RATE - 1)} vs ${RATE}); paused ${t.paused.toFixed(1)} s`);
  console.log(`  delivered: ${t.chats}/${N}; duplicates ${t.duplicates} (target 0); losses ${t.losses} (target 0)`);
  return { run: 'A', subscribers: N, rate: RATE, targetRate: TARGET_RATE, seconds, ...t };
}

async function runB(dir: string) {
  const file = join(dir, 'b.db');
  seed(file);
  mkdirSync(join(dir, 'knowledge', 'policies'), { recursive: true });
  writeFileSync(join(dir, 'knowledge', 'policies', 'bench.yaml'), [
    'id: bench', 'title: { zh: 基准, en: Benchmark }', 'body: { zh: 内容, en: Body }', 'topics: [energy]',
    'publish_at: 2026-01-01T09:00:00+08:00', 'source: benchmark', '',
  ].join('\n'));
  let child: ReturnType<typeof spawn> | null = null;
  let killedAt = 0;
  const api = await sink(() => {
    if (child && !killedAt && api.received.length >= N / 2) {
      killedAt = api.received.length;
      child.kill('SIGKILL');
    }
  });
  const env = { ...process.env, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DB_PATH: file,
    KNOWLEDGE_DIR: join(dir, 'knowledge'), LOG_LEVEL: 'silent', STAFF_CHAT_ID: '' };
  const run = () => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/broadcast.ts', '--rate', String(RATE)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    return { p, exit: new Promise<{ code: number | null; signal: string | null; out: () => string }>((resolve) =>
      p.once('exit', (code, signal) => resolve({ code, signal, out: () => out }))) };
  };
  const started = performance.now();
  const first = run();
  child = first.p;
  const firstExit = await first.exit;
  const second = run();
  const secondExit = await second.exit;
  const seconds = (performance.now() - started) / 1000;
  const t = tally(api);
  await api.close();
  console.log(`\nRun B — SIGKILL halfway, ${N} subscribers, ran at ${RATE}/s`);
  console.log(`  first process: ${firstExit.signal ?? firstExit.code} after ${killedAt} messages; second: exit ${secondExit.code}: ${secondExit.out().trim()}`);
  console.log(`  delivered: ${t.chats}/${N}; duplicates ${t.duplicates} (bound 1: the message in flight); losses ${t.losses} (target 0)`);
  console.log(`  total ${seconds.toFixed(1)} s (two process starts included); sink answers ${JSON.stringify(t.answered)}`);
  return { run: 'B', subscribers: N, rate: RATE, seconds, killedAt, firstSignal: firstExit.signal, secondCode: secondExit.code, ...t };
}

const dir = mkdtempSync(join(tmpdir(), 'bench-broadcast-'));
try {
  console.log(`broadcast bench: ${N} subscribers, rate ${RATE}/s, p429 ${P429} (retry_after ${RETRY_AFTER} s), p5xx ${P5XX}, seed ${values.seed}`);
  const results = [];
  if (values.only !== 'b') results.push(await runA(dir));
  if (values.only !== 'a') results.push(await runB(dir));
  mkdirSync('bench/results', { recursive: true });
  const out = join('bench/results', `broadcast-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nfigures written to ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
