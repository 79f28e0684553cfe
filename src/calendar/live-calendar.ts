import { watchFolder } from '../knowledge/watch-folder.js';
import type { Logger } from '../core/logger.js';
import { formatProblem } from '../knowledge/problem.js';
import type { WorkCalendar } from './calendar.js';
import { loadCalendar, type LoadedCalendar } from './load-calendar.js';

export interface LiveCalendar {
  /** The calendar from the last good read of the folder. */
  current(): WorkCalendar;
  /** Reads the folder again now; resolves to whether the new calendar was taken. */
  reload(): Promise<boolean>;
  close(): void;
}

export interface LiveCalendarOptions {
  readonly logger: Logger;
  /** Watch the folder and reload on change (off in tests that call reload() themselves). */
  readonly watch?: boolean;
  /** Quiet period after the last change before reloading (editors write files in several steps). */
  readonly debounceMs?: number;
  readonly load?: (dir: string) => Promise<LoadedCalendar>;
}

/**
 * Serves `knowledge/calendar` and follows its changes, as live-knowledge does for the entries: at
 * start every valid year is served (a broken file is logged and its year estimated); on a later
 * change, a folder with any problem is rejected and the previous calendar is kept, so a half-typed
 * 2027.yaml never turns official dates into estimates. A year file added in December is picked up
 * without a restart (the reminder job and the deadline replies read `current()` each time).
 */
export async function createLiveCalendar(dir: string, options: LiveCalendarOptions): Promise<LiveCalendar> {
  const { logger } = options;
  const load = options.load ?? loadCalendar;
  const first = await load(dir);
  for (const p of first.problems) logger.warn({ problem: formatProblem(p) }, 'calendar problem');
  let calendar = first.calendar;
  logger.info({ years: [...calendar.years.keys()].sort(), problems: first.problems.length }, 'calendar loaded');

  const reload = async (): Promise<boolean> => {
    try {
      const next = await load(dir);
      if (next.problems.length > 0) {
        for (const p of next.problems) logger.error({ problem: formatProblem(p) }, 'calendar change rejected');
        return false;
      }
      calendar = next.calendar;
      logger.info({ years: [...calendar.years.keys()].sort() }, 'calendar reloaded');
      return true;
    } catch (err) {
      logger.error({ err }, 'calendar reload failed; keeping the last good calendar');
      return false;
    }
  };

  // No folder yet (loadCalendar reported it): every year is an estimate until a restart.
  const watcher = options.watch
    ? watchFolder(dir, reload, { logger, what: 'calendar', ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}) })
    : undefined;

  return {
    current: () => calendar,
    reload,
    close() {
      watcher?.close();
    },
  };
}
