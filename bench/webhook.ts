/**
 * Webhook throughput benchmark: the real bot (shipped knowledge, real search, SQLite preferences,
 * pino logging at info to /dev/null) behind the real webhook server, all on 127.0.0.1:
 *
 *   load generator (child process) ──POST update──▶ webhook server + bot (this process)
 *                                                      └──sendMessage──▶ Bot API sink (child process)
 *
 * The webhook answers once the update is handled (its reply sent to the sink), so the latency
 * measured is the whole handling. Prints updates/s and p50/p90/p99/max per phase.
 * Target on a 2-core machine: ≥ 500 updates/s with p99 ≤ 50 ms.
 *
 * Env: BENCH_SECONDS (per phase, default 10), BENCH_RATE (open-loop rate, default 500),
 *      BENCH_CONCURRENCY (closed-loop connections, default 32).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createAssistant } from '../src/answer/assistant.js';
import { logRecorder } from '../src/followup/log-recorder.js';
import { loadKnowledgeDir } from '../src/knowledge/load.js';
import { createLogger } from '../src/logging.js';
import { openDatabase } from '../src/store/database.js';
import { sqlitePreferences } from '../src/store/preferences.js';
import { createBot } from '../src/telegram/create-bot.js';
import { createWebhookServer } from '../src/telegram/webhook-server.js';
import type { Phase, PhaseResult } from './webhook-load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TOKEN = '123456789:bench-token-not-a-real-one';
const SECRET = 'bench_secret';
const PATH = '/telegram/webhook';

const PHASES: Phase[] = [
  { kind: 'closed', name: 'warm-up (excluded)', concurrency: 8, seconds: 2, max: 3000 },
  { kind: 'closed', name: `saturation, ${CONCURRENCY} connections`, concurrency: CONCURRENCY, seconds: SECONDS, max: 50_000 },
  { kind: 'open', name: `steady ${RATE} updates/s`, rate: RATE, seconds: SECONDS, max: RATE * SECONDS },
];

function child(file: string): ChildProcess {
  return fork(fileURLToPath(new URL(file, import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
}

function next<T>(proc: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type: string }) => {
      if (m.type !== type) return;
      proc.off('message', onMessage);
      resolve(m as T);
    };
    proc.on('message', onMessage);
    proc.once('exit', (code) => reject(new Error(`child exited (${code}) before "${type}"`)));
  });
}

async function main(): Promise<void> {
  const sink = child('./webhook-sink.ts');
  const { url: apiRoot } = await next<{ url: string }>(sink, 'ready');

  const dir = mkdtempSync(join(tmpdir(), 'bizbot-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  const logger = createLogger('info', [TOKEN, SECRET], pino.destination('/dev/null'));
  const assistant = createAssistant(loadKnowledgeDir('knowledge').kb);
  const bot = createBot(
    TOKEN,
    { assistant: () => assistant, preferences: sqlitePreferences(db), unresolved: logRecorder(logger), logger },
    {
      apiRoot,
      botInfo: { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false },
      // 2,000 simulated users at up to ~1,000 updates/s would trip the production limit of 20/min.
      rateLimitPerMinute: 1_000_000,
    },
  );
  const webhook = createWebhookServer({ path: PATH, secret: SECRET, handleUpdate: (u) => bot.handleUpdate(u), logger });
  const port = await webhook.listen(0, '127.0.0.1');

  const load = child('./webhook-load.ts');
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  console.log(`webhook benchmark (node ${process.version}, ${assistant.entries().length} entries; ${SECONDS} s per phase)`);
  load.on('message', (m: { type: string; result?: PhaseResult }) => {
    if (m.type === 'phase' && m.result) print(m.result);
  });
  load.send({ url: `http://127.0.0.1:${port}${PATH}`, secret: SECRET, phases: PHASES });
  const { results } = await next<{ results: PhaseResult[] }>(load, 'done');
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const wall = (performance.now() - wallBefore) / 1000;

  sink.send({ type: 'counts' });
  const { counts } = await next<{ counts: Record<string, number> }>(sink, 'counts');
  const handled = results.reduce((n, r) => n + r.ok, 0);
  console.log(
    `bot process: ${(((cpu.user + cpu.system) / 1e6 / wall) * 100).toFixed(0)}% of one core; ` +
      `event-loop delay p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms; ` +
      `sink saw ${counts.sendMessage ?? 0} sendMessage + ${counts.editMessageText ?? 0} editMessageText for ${handled} updates`,
  );
  const measured = results.filter((r) => !r.name.includes('excluded'));
  console.log(JSON.stringify({ bench: 'webhook', results: measured }));

  sink.send({ type: 'stop' });
  await webhook.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

function print(r: PhaseResult): void {
  console.log(
    `${r.name.padEnd(30)} ${String(r.ok).padStart(6)} ok ${String(r.failed).padStart(4)} failed  ` +
      `${r.perSecond.toFixed(0).padStart(5)} updates/s   p50 ${r.p50.toFixed(1)} ms  p90 ${r.p90.toFixed(1)} ms  ` +
      `p99 ${r.p99.toFixed(1)} ms  max ${r.max.toFixed(1)} ms`,
  );
}

await main();
