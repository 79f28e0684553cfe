import { createTask } from 'node-cron';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { Lang } from '../knowledge/types.js';
import type { Messenger } from '../core/messenger.js';
import type { WorkCalendar } from './calendar.js';
import { plainDateAt } from './plain-date.js';
import { missingScheduleReminder } from './reminder.js';

export interface ScheduleReminderOptions {
  readonly messenger: Messenger;
  /** STAFF_CHAT_ID: where the reminder is posted. */
  readonly staffChatId: number | string;
  /** The current calendar; called at each run so that a file added since start-up counts. */
  readonly calendar: () => WorkCalendar;
  readonly clock: Clock;
  readonly logger: Logger;
  /** TZ, e.g. 'Asia/Shanghai': the cron expression and "today" are read in it. */
  readonly timezone: string;
  /** When to check; default 10:00 on 1 and 15 December. */
  readonly cron?: string;
  /** The staff group's language; default Chinese. */
  readonly lang?: Lang;
}

export type ReminderOutcome = 'sent' | 'not-needed' | 'failed';

export interface ScheduleReminderJob {
  /** Checks and posts now, as a cron tick would; a failure is logged and reported, never thrown. */
  runNow(): Promise<ReminderOutcome>;
  /** Stops the job and waits for a run in progress. */
  stop(): Promise<void>;
}

export const REMINDER_CRON = '0 10 1,15 12 *';

/**
 * Reminds the staff group, in December, when next year's official holiday schedule is missing from
 * knowledge/calendar (the decision is `missingScheduleReminder`'s; this only schedules and posts).
 * A failed post is logged; the next tick (15 December) tries again.
 */
export function startScheduleReminder(options: ScheduleReminderOptions): ScheduleReminderJob {
  const { logger } = options;
  const running = new Set<Promise<ReminderOutcome>>();
  let stopped = false;

  const check = async (): Promise<ReminderOutcome> => {
    const today = plainDateAt(options.clock(), options.timezone);
    const reminder = missingScheduleReminder(options.calendar(), today);
    if (reminder === null) return 'not-needed';
    await options.messenger.send(options.staffChatId, reminder[options.lang ?? 'zh']);
    logger.info({ job: 'calendar-reminder', today, chatId: options.staffChatId }, 'holiday schedule reminder posted');
    return 'sent';
  };

  const runNow = (): Promise<ReminderOutcome> => {
    const run: Promise<ReminderOutcome> = check()
      .catch((err: unknown) => {
        logger.error({ err, job: 'calendar-reminder', chatId: options.staffChatId }, 'could not post the holiday schedule reminder');
        return 'failed' as const;
      })
      .finally(() => running.delete(run));
    running.add(run);
    return run;
  };

  const task = createTask(options.cron ?? REMINDER_CRON, () => (stopped ? undefined : runNow().then(() => undefined)), {
    timezone: options.timezone,
    name: 'calendar-reminder',
    noOverlap: true,
  });
  void task.start();

  return {
    runNow,
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      await Promise.all([...running]);
    },
  };
}
