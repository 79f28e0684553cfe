import { createTask, type ScheduledTask } from 'node-cron';
import type { Logger } from '../core/logger.js';
import type { FollowupDesk } from './desk.js';

export type FollowupJob = 'digest' | 'retention' | 'retry';

export interface FollowupScheduleOptions {
  readonly desk: FollowupDesk;
  /** DIGEST_CRON, e.g. '0 9 * * *' (09:00 every day). */
  readonly digestCron: string;
  /** RETENTION_DAYS: askers' personal fields go this many days after an item is closed. */
  readonly retentionDays: number;
  /** TZ, e.g. 'Asia/Shanghai': the cron expressions are read in it. */
  readonly timezone: string;
  readonly logger: Logger;
  /** When the delivery-retry job runs; default every minute. */
  readonly retryCron?: string;
  /** When retention runs; default 03:30 every day. */
  readonly retentionCron?: string;
  /**
   * Run the retry job right away (default true): after a restart, answers that were pending (or
   * stored by `npm run questions -- answer` without a token) go out at once. node-cron 4 has no
   * runOnInit, hence this.
   */
  readonly runOnStart?: boolean;
}

export interface FollowupSchedule {
  /** Runs one job now, as its cron tick would; errors are logged, not thrown. */
  runNow(job: FollowupJob): Promise<void>;
  /** Stops the jobs and waits for runs in progress. */
  stop(): Promise<void>;
}

/**
 * Starts the desk's three cron jobs: the daily digest to the staff group, the daily retention pass,
 * and the delivery-retry job (which also posts items the staff group missed). Each job never
 * overlaps itself; a failing run is logged and the next tick tries again.
 */
export function startFollowupSchedule(options: FollowupScheduleOptions): FollowupSchedule {
  const { desk, logger } = options;
  const running = new Set<Promise<void>>();
  let stopped = false;

  const work: Record<FollowupJob, () => Promise<unknown>> = {
    digest: () => desk.sendDigest(),
    retention: () => desk.applyRetention(options.retentionDays),
    retry: async () => {
      const results = await desk.retryDeliveries();
      if (results.length > 0) {
        const count = (o: string) => results.filter((r) => r.outcome === o).length;
        logger.info({ job: 'retry', delivered: count('delivered'), pending: count('pending'), failed: count('failed') }, 'follow-up deliveries retried');
      }
    },
  };

  const runNow = (job: FollowupJob): Promise<void> => {
    const run = work[job]()
      .then(() => undefined)
      .catch((err: unknown) => logger.error({ err, job }, 'follow-up job failed'))
      .finally(() => running.delete(run));
    running.add(run);
    return run;
  };

  const tasks: ScheduledTask[] = (
    [
      ['digest', options.digestCron],
      ['retention', options.retentionCron ?? '30 3 * * *'],
      ['retry', options.retryCron ?? '* * * * *'],
    ] as const
  ).map(([job, cron]) =>
    createTask(cron, () => (stopped ? undefined : runNow(job)), { timezone: options.timezone, name: `followup-${job}`, noOverlap: true }),
  );
  for (const task of tasks) void task.start();
  if (options.runOnStart ?? true) void runNow('retry');

  return {
    runNow,
    async stop() {
      stopped = true;
      for (const task of tasks) {
        await task.stop();
        await task.destroy();
      }
      await Promise.all([...running]);
    },
  };
}
