import { createTask } from 'node-cron';
import type { Logger } from '../core/logger.js';
import type { Broadcaster } from './broadcaster.js';

export interface BroadcastSchedule {
  /** Runs one pass now (as the cron job would), resolving when it ends; errors are logged, not thrown. */
  runNow(): Promise<void>;
  /** Stops the job: the pass in progress stops taking deliveries, finishes the one in flight and returns. */
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  readonly broadcaster: Broadcaster;
  /** BROADCAST_CRON, e.g. every 10 minutes: '*\/10 * * * *'. */
  readonly cron: string;
  /** TZ, e.g. 'Asia/Shanghai'. */
  readonly timezone: string;
  readonly logger: Logger;
  /**
   * Also run a pass right away (default true): after a restart, an interrupted broadcast resumes
   * at once instead of at the next tick. node-cron 4 has no runOnInit, hence this.
   */
  readonly runOnStart?: boolean;
}

/** Starts the cron job that queues due policies and sends pending deliveries. */
export function startBroadcastSchedule(options: ScheduleOptions): BroadcastSchedule {
  const { broadcaster, logger } = options;
  const abort = new AbortController();
  const running = new Set<Promise<void>>();

  const runOnce = (trigger: string): Promise<void> => {
    const run = broadcaster
      .runPass(trigger, { signal: abort.signal })
      .then((result) => {
        if (result.status !== 'busy') {
          logger.info({ trigger, status: result.status, queued: result.queued.length, ...result.report }, 'broadcast pass ended');
        }
      })
      .catch((err: unknown) => logger.error({ err, trigger }, 'broadcast pass failed'))
      .finally(() => running.delete(run));
    running.add(run);
    return run;
  };

  const task = createTask(options.cron, () => (abort.signal.aborted ? undefined : runOnce('schedule')), {
    timezone: options.timezone,
    name: 'policy-broadcast',
    noOverlap: true,
  });
  task.start();
  if (options.runOnStart ?? true) void runOnce('startup');

  return {
    runNow: () => runOnce('manual'),
    async stop() {
      abort.abort();
      await task.stop();
      await task.destroy();
      await Promise.all([...running]);
    },
  };
}
