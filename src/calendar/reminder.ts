import { messages } from '../i18n/index.js';
import type { Bilingual } from '../knowledge/types.js';
import { hasOfficialYear, type WorkCalendar } from './calendar.js';
import { partsOf, type PlainDate } from './plain-date.js';

/**
 * The reminder for the staff group, in both languages, when `today` is in December and the calendar
 * has no official schedule for next year; otherwise null. The State Council usually publishes the
 * next year's schedule between late October and December, so December is when a gap matters.
 */
export function missingScheduleReminder(calendar: WorkCalendar, today: PlainDate): Bilingual<string> | null {
  const { year, month } = partsOf(today);
  if (month !== 12 || hasOfficialYear(calendar, year + 1)) return null;
  return { zh: messages('zh').deadline.reminder(year + 1), en: messages('en').deadline.reminder(year + 1) };
}
