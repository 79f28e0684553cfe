/**
 * `npm run broadcast -- --dry-run [--at <ISO time>] [--limit N]`: lists, per policy, the recipients
 * the next broadcast pass would send to (and interrupted broadcasts it would resume). Sends nothing.
 * `npm run broadcast [-- --rate N --concurrency N --lease-seconds N]`: runs one pass now — queues
 * due policies and sends everything pending — then exits (0 done, 75 another sender is running,
 * 1 stopped or misconfigured). Needs BOT_TOKEN; TELEGRAM_API_ROOT, DB_PATH, KNOWLEDGE_DIR,
 * STAFF_CHAT_ID, BROADCAST_RATE as for the bot. SIGINT/SIGTERM stop after the message in flight.
 */
import { loadDotEnv } from '../app/dotenv.js';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { Telegram } from 'telegraf';
import { createBroadcaster, type PlannedBroadcast } from '../broadcast/broadcaster.js';
import { formatLocalDateTime } from '../broadcast/compose.js';
import { isLeaseHolderDead, processLeaseHolder } from '../broadcast/lease-holder.js';
import { loadPolicies } from '../broadcast/load-policies.js';
import { SendPacer } from '../broadcast/pacer.js';
import { policyState } from '../broadcast/policy.js';
import { sqliteDeliveryStore } from '../broadcast/sqlite-delivery-store.js';
import { sqliteSubscriptionStore } from '../broadcast/sqlite-subscription-store.js';
import { staffGroupObserver } from '../broadcast/staff-observer.js';
import { parseConfig } from '../config.js';
import { systemClock, type Clock } from '../core/clock.js';
import { formatProblem } from '../knowledge/problem.js';
import { createLogger } from '../logging.js';
import { openDatabase } from '../store/database.js';
import { telegrafMessenger } from '../telegram/telegraf-messenger.js';

const EX_TEMPFAIL = 75;
const out = (line = '') => process.stdout.write(`${line}\n`);
const fail = (message: string, code = 1): never => {
  process.stderr.write(`broadcast: ${message}\n`);
  process.exit(code);
};

const { values: args } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    at: { type: 'string' },
    limit: { type: 'string' },
    rate: { type: 'string' },
    concurrency: { type: 'string' },
    'lease-seconds': { type: 'string' },
  },
});
const positive = (name: string, raw: string | undefined, integer: boolean): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 && (!integer || Number.isInteger(n)) ? n : fail(`--${name} must be a positive ${integer ? 'whole ' : ''}number`);
};

loadDotEnv();
const parsed = parseConfig(process.env);
if (!parsed.ok) fail(parsed.errors.join('\n'));
const config = parsed.ok ? parsed.config : fail('unreachable');
const clock: Clock = args.at ? fixedAt(args.at) : systemClock;
const logger = createLogger(config.logLevel, [config.botToken], pino.destination(2));

const loaded = loadPolicies(join(config.knowledgeDir, 'policies'));
for (const p of loaded.problems) process.stderr.write(`${formatProblem(p)}\n`);
if (loaded.problems.length > 0) process.stderr.write(`(${loaded.problems.length} problem(s); those policy files are skipped)\n`);

if (!args['dry-run'] && config.botToken === null) {
  fail('BOT_TOKEN is not set, so nothing can be sent. Set it, or preview with `npm run broadcast -- --dry-run`.', 2);
}

const db = openDatabase(config.dbPath);
const telegram = new Telegram(config.botToken ?? 'dry-run', { apiRoot: config.telegramApiRoot });
const messenger = telegrafMessenger(telegram);
const leaseSeconds = positive('lease-seconds', args['lease-seconds'], false);
const broadcaster = createBroadcaster({
  deliveries: sqliteDeliveryStore(db),
  subscriptions: sqliteSubscriptionStore(db),
  messenger,
  pacer: new SendPacer({ ratePerSecond: positive('rate', args.rate, false) ?? config.broadcastRate }),
  clock,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  logger,
  policies: () => loaded.policies,
  holder: processLeaseHolder(),
  isHolderDead: isLeaseHolderDead,
  ...(leaseSeconds ? { leaseTtlMs: leaseSeconds * 1000 } : {}),
  sender: { concurrency: positive('concurrency', args.concurrency, true) ?? 1 },
  ...(config.staffChatId !== null ? { observer: staffGroupObserver(messenger, config.staffChatId, 'zh', logger) } : {}),
});

if (args['dry-run']) {
  printPlan(await broadcaster.plan(), positive('limit', args.limit, true));
  db.close();
} else {
  const abort = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abort.abort());
  const result = await broadcaster.runPass('cli', { signal: abort.signal });
  db.close();
  if (result.status === 'busy') {
    fail(`another sender (${result.holder}) holds the lease until ${result.until.toISOString()}; try again later`, EX_TEMPFAIL);
  } else {
    const r = result.report;
    out(`${result.status}: queued ${result.queued.length} policy(ies); sent ${r.sent}, failed ${r.failed}, blocked ${r.blocked}, ` +
      `retried ${r.retries}, throttled ${r.throttled}, resent after interruption ${result.recovered}`);
    for (const s of result.summaries) {
      out(`  ${s.policyId}: ${s.sent} sent, ${s.failed} failed, ${s.blocked} blocked, ${s.cancelled} cancelled, ${s.pending + s.sending} left`);
    }
    process.exitCode = result.status === 'done' ? 0 : 1;
  }
}

function printPlan(plan: PlannedBroadcast[], limit: number | undefined): void {
  out(`Next broadcast pass as of ${formatLocalDateTime(clock(), config.timeZone)} (dry run: nothing is sent):`);
  if (plan.length === 0) out('  nothing to send');
  for (const item of plan) {
    if (item.kind === 'resume') {
      out(`  resume ${item.policyId} "${item.title}": ${item.remaining} delivery(ies) still pending`);
      continue;
    }
    const { policy, recipients } = item;
    out(`  new    ${policy.id} "${policy.title.zh}" [${policy.topics.join(', ')}]: ${recipients.length} recipient(s)`);
    for (const r of recipients.slice(0, limit ?? recipients.length)) out(`         ${r.chatId} ${r.lang}`);
    if (limit !== undefined && recipients.length > limit) out(`         … and ${recipients.length - limit} more`);
  }
  const later = loaded.policies.filter((p) => policyState(p, clock()) === 'scheduled');
  for (const p of later) out(`  later  ${p.id}: scheduled for ${formatLocalDateTime(p.publishAt, config.timeZone)}`);
}

function fixedAt(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) fail(`--at must be an ISO date and time, e.g. 2027-01-15T09:00:00+08:00`);
  return () => new Date(at.getTime());
}
