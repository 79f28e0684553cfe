/**
 * Child process of bench/webhook.ts: the load generator. Posts Telegram updates to the webhook
 * with the secret header over keep-alive connections, in two kinds of phase:
 * - closed: `concurrency` connections each post the next update as soon as the last is answered
 *   (the most the bot can take);
 * - open: updates arrive at a fixed `rate` whatever the bot does, latency counted from when each
 *   was due (so a stalled bot cannot hide its queue).
 * Both stop at `seconds` or `max` requests, whichever comes first.
 */
import { Agent, request } from 'node:http';

export type Phase =
  | { readonly kind: 'closed'; readonly name: string; readonly concurrency: number; readonly seconds: number; readonly max: number }
  | { readonly kind: 'open'; readonly name: string; readonly rate: number; readonly seconds: number; readonly max: number };

export interface PhaseResult {
  readonly name: string;
  readonly sent: number;
  readonly ok: number;
  readonly failed: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

interface Job {
  readonly url: string;
  readonly secret: string;
  readonly phases: readonly Phase[];
}

const QUESTIONS = [
  '施工许可要多久？', '开公司需要什么材料', '竣工验收在哪里办理', '有什么招商优惠政策', '你好',
  '施工許可要多久？', '開公司需要什麼材料', 'How long does the construction permit take?',
  'What documents do I need to register a company?', 'Where do I apply for the land planning permit?',
  '火星签证怎么办理', '<b>施工许可</b> & 要多久', 'what incentives are there for investors', '材料',
];
const TAPS = ['t:z:0:permits', 's:e:construction-permit', 'v:z:construction-permit-duration', 'm:e'];

let updateId = 1;
function nextUpdate(): string {
  const id = updateId++;
  const user = 1 + (id % 2000);
  const chat = { id: user, type: 'private', first_name: 'Bench' };
  const from = { id: user, is_bot: false, first_name: 'Bench', language_code: id % 3 === 0 ? 'en' : 'zh-hans' };
  const roll = id % 20;
  if (roll < 2) {
    return JSON.stringify({
      update_id: id,
      callback_query: { id: String(id), from, chat_instance: '1', data: TAPS[id % TAPS.length], message: { message_id: id, date: 0, chat, text: 'menu' } },
    });
  }
  const text = roll === 2 ? '/start' : QUESTIONS[id % QUESTIONS.length]!;
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.length }] : undefined;
  return JSON.stringify({ update_id: id, message: { message_id: id, date: 0, chat, from, text, ...(entities ? { entities } : {}) } });
}

function post(job: Job, agent: Agent): Promise<boolean> {
  const body = nextUpdate();
  return new Promise((resolve) => {
    const req = request(
      job.url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-telegram-bot-api-secret-token': job.secret },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
      },
    );
    req.on('error', () => resolve(false));
    req.end(body);
  });
}

const now = () => performance.now();
const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function run(job: Job, phase: Phase): Promise<PhaseResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: phase.kind === 'closed' ? phase.concurrency : 256 });
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let sent = 0;
  const started = now();
  const deadline = started + phase.seconds * 1000;
  const record = (since: number, success: boolean) => {
    latencies.push(now() - since);
    if (success) ok++;
    else failed++;
  };

  if (phase.kind === 'closed') {
    const loop = async () => {
      while (now() < deadline && sent < phase.max) {
        sent++;
        const t = now();
        record(t, await post(job, agent));
      }
    };
    await Promise.all(Array.from({ length: phase.concurrency }, loop));
  } else {
    const interval = 1000 / phase.rate;
    const inFlight: Promise<void>[] = [];
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        const t = now();
        while (sent < phase.max && started + sent * interval <= Math.min(t, deadline)) {
          const due = started + sent * interval;
          sent++;
          inFlight.push(post(job, agent).then((success) => record(due, success)));
        }
        if (t >= deadline || sent >= phase.max) {
          clearInterval(tick);
          resolve();
        }
      }, 1);
    });
    await Promise.all(inFlight);
  }
  agent.destroy();
  const seconds = (now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    name: phase.name,
    sent,
    ok,
    failed,
    seconds: round(seconds),
    perSecond: round(ok / seconds),
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

if (process.send) {
  process.once('message', async (job: Job) => {
    const results: PhaseResult[] = [];
    for (const phase of job.phases) {
      results.push(await run(job, phase));
      process.send!({ type: 'phase', result: results.at(-1) });
    }
    process.send!({ type: 'done', results }, () => process.exit(0));
  });
}
