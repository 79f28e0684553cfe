import { audience, type Recipient } from './audience.js';
import { composePolicyTexts } from './compose.js';
import type { BroadcastRecord, DeliverySummary } from './delivery-store.js';
import { duePolicies, policyState, type Policy } from './policy.js';
import { sendPending, type SendReport, type SenderDeps, type SenderOptions } from './sender.js';

export interface BroadcastObserver {
  /** Every progressEveryMs while a policy is being sent. */
  progress?(summary: DeliverySummary): void | Promise<void>;
  /** Once, when a policy has nothing pending any more. */
  finished?(summary: DeliverySummary, record: BroadcastRecord): void | Promise<void>;
}

export interface BroadcasterDeps extends SenderDeps {
  /** The policies as currently loaded (the folder may be reloaded while the bot runs). */
  readonly policies: () => readonly Policy[];
  /** This process's name for the sender lease, unique per process start. */
  readonly holder: string;
  /** True when the given lease holder is known to be dead (e.g. its pid is gone on this host). */
  readonly isHolderDead?: (holder: string) => boolean;
  readonly leaseTtlMs?: number;
  readonly progressEveryMs?: number;
  readonly sender?: Omit<SenderOptions, 'signal' | 'onResult' | 'keepAlive' | 'keepAliveMs'>;
  readonly observer?: BroadcastObserver;
  /** IANA zone the announcements' publication dates are written in (TZ); default Asia/Shanghai. */
  readonly timeZone?: string;
}

export type PolicyCheck =
  | { readonly kind: 'unknown'; readonly id: string; readonly known: readonly string[] }
  | { readonly kind: 'scheduled' | 'expired'; readonly policy: Policy }
  | { readonly kind: 'already'; readonly policy: Policy; readonly record: BroadcastRecord }
  | { readonly kind: 'ready'; readonly policy: Policy; readonly recipients: readonly Recipient[] };

export type PassResult =
  | { readonly status: 'busy'; readonly holder: string; readonly until: Date }
  | {
      readonly status: 'done' | 'stopped';
      readonly recovered: number;
      readonly queued: readonly BroadcastRecord[];
      readonly report: SendReport;
      readonly summaries: readonly DeliverySummary[];
    };

/** What the next pass would do: new broadcasts with their recipients, and interrupted ones to resume. */
export type PlannedBroadcast =
  | { readonly kind: 'new'; readonly policy: Policy; readonly recipients: readonly Recipient[] }
  | { readonly kind: 'resume'; readonly policyId: string; readonly title: string; readonly remaining: number };

export interface Broadcaster {
  /** Queues due policies and sends everything pending. Passes of one process run one after another. */
  runPass(trigger: string, options?: { signal?: AbortSignal }): Promise<PassResult>;
  plan(): Promise<PlannedBroadcast[]>;
  /** Whether staff may broadcast the policy now, and to whom. */
  check(policyId: string): Promise<PolicyCheck>;
  /** Queues one policy on staff's confirmation (re-checked); send it with runPass. */
  queue(policyId: string, trigger: string): Promise<PolicyCheck | { readonly kind: 'queued'; readonly record: BroadcastRecord }>;
}

export function createBroadcaster(deps: BroadcasterDeps): Broadcaster {
  const leaseTtlMs = deps.leaseTtlMs ?? 60_000;
  let chain: Promise<unknown> = Promise.resolve();

  async function enqueue(policy: Policy, trigger: string): Promise<BroadcastRecord | null> {
    const recipients = audience(await deps.subscriptions.all(), policy);
    const record = { policyId: policy.id, title: policy.title.zh, texts: composePolicyTexts(policy, deps.timeZone), trigger, queuedAt: deps.clock() };
    const queued = await deps.deliveries.enqueue(record, recipients);
    if (queued) deps.logger.info({ policyId: policy.id, recipients: queued.recipients, trigger }, 'broadcast queued');
    return queued;
  }

  async function check(policyId: string): Promise<PolicyCheck> {
    const policy = deps.policies().find((p) => p.id === policyId);
    if (!policy) return { kind: 'unknown', id: policyId, known: deps.policies().map((p) => p.id) };
    const record = await deps.deliveries.getBroadcast(policyId);
    if (record) return { kind: 'already', policy, record };
    const state = policyState(policy, deps.clock());
    if (state !== 'in-force') return { kind: state, policy };
    return { kind: 'ready', policy, recipients: audience(await deps.subscriptions.all(), policy) };
  }

  async function pass(trigger: string, signal?: AbortSignal): Promise<PassResult> {
    const lease = () => deps.deliveries.acquireLease(deps.holder, deps.clock(), leaseTtlMs, deps.isHolderDead);
    const got = await lease();
    if (!got.acquired) {
      deps.logger.info({ holder: got.holder, until: got.until }, 'another broadcast sender holds the lease; skipping this pass');
      return { status: 'busy', holder: got.holder, until: got.until };
    }
    try {
      // Holding the lease, nobody else is sending: a 'sending' row was in flight when a sender died.
      const recovered = await deps.deliveries.recoverInFlight();
      if (recovered > 0) deps.logger.warn({ recovered }, 'resending deliveries interrupted in flight (each may arrive twice)');
      const done = await deps.deliveries.broadcastIds();
      const queued: BroadcastRecord[] = [];
      for (const policy of duePolicies(deps.policies(), done, deps.clock())) {
        const record = await enqueue(policy, trigger);
        if (record) queued.push(record);
      }
      const touched = new Set([...queued.map((r) => r.policyId), ...(await deps.deliveries.unfinishedPolicyIds())]);
      let lastProgress = deps.clock().getTime();
      const report = await sendPending(deps, {
        ...deps.sender,
        ...(signal ? { signal } : {}),
        keepAliveMs: leaseTtlMs / 4,
        keepAlive: async () => (await lease()).acquired,
        onResult: ({ delivery }) => {
          touched.add(delivery.policyId);
          const now = deps.clock().getTime();
          if (!deps.observer?.progress || now - lastProgress < (deps.progressEveryMs ?? 30_000)) return;
          lastProgress = now;
          void reportProgress([...touched]).catch((err) => deps.logger.error({ err }, 'broadcast progress report failed'));
        },
      });
      const summaries = await Promise.all([...touched].map((id) => deps.deliveries.summary(id)));
      for (const s of summaries) {
        if (s.pending > 0 || s.sending > 0) continue;
        const record = await deps.deliveries.getBroadcast(s.policyId);
        deps.logger.info({ ...s }, 'broadcast finished');
        if (record) await notify(() => deps.observer?.finished?.(s, record));
      }
      return { status: report.stopped ? 'stopped' : 'done', recovered, queued, report, summaries };
    } finally {
      await deps.deliveries.releaseLease(deps.holder);
    }
  }

  async function reportProgress(policyIds: string[]): Promise<void> {
    for (const id of policyIds) {
      const s = await deps.deliveries.summary(id);
      if (s.pending > 0 || s.sending > 0) await deps.observer?.progress?.(s);
    }
  }

  async function notify(call: () => void | Promise<void>): Promise<void> {
    try {
      await call();
    } catch (err) {
      deps.logger.error({ err }, 'broadcast observer failed');
    }
  }

  return {
    runPass(trigger, options = {}) {
      const run = chain.then(() => pass(trigger, options.signal));
      chain = run.catch(() => undefined);
      return run;
    },
    async plan() {
      const planned: PlannedBroadcast[] = [];
      for (const id of await deps.deliveries.unfinishedPolicyIds()) {
        const [s, record] = [await deps.deliveries.summary(id), await deps.deliveries.getBroadcast(id)];
        planned.push({ kind: 'resume', policyId: id, title: record?.title ?? id, remaining: s.pending + s.sending });
      }
      const subscriptions = await deps.subscriptions.all();
      for (const policy of duePolicies(deps.policies(), await deps.deliveries.broadcastIds(), deps.clock())) {
        planned.push({ kind: 'new', policy, recipients: audience(subscriptions, policy) });
      }
      return planned;
    },
    check,
    async queue(policyId, trigger) {
      const checked = await check(policyId);
      if (checked.kind !== 'ready') return checked;
      const record = await enqueue(checked.policy, trigger);
      if (record) return { kind: 'queued', record };
      return check(policyId); // queued by someone else in between: report that
    },
  };
}
