/**
 * Calendar dates without a time or a time zone, as `YYYY-MM-DD` strings. All arithmetic goes through a
 * day number computed with `Date.UTC`, so the host's time zone can never shift a date by one day.
 */

/** A calendar date, `YYYY-MM-DD` (e.g. `2026-10-08`). Compare two of them with `<` and `===`. */
export type PlainDate = string;

/** 0 = Sunday … 6 = Saturday, as in `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the parts name a real day (no 2 月 30 日, no month 13). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Formats valid parts as `YYYY-MM-DD`. Callers check validity first (see `isValidDate`). */
export function plainDate(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parts of a `YYYY-MM-DD` string, or null when the text is not exactly a real date. */
export function parsePlainDate(text: string): DateParts | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** Parts of a date known to be well formed (the working-day core only handles such dates). */
export function partsOf(date: PlainDate): DateParts {
  const parts = parsePlainDate(date);
  if (!parts) throw new TypeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return parts;
}

function dayNumber(date: PlainDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): PlainDate {
  const d = new Date(n * MS_PER_DAY);
  return plainDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function weekdayOf(date: PlainDate): Weekday {
  return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay() as Weekday;
}

export function isWeekend(date: PlainDate): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

export function yearOf(date: PlainDate): number {
  return partsOf(date).year;
}

/** The last day of the date's month. */
export function endOfMonth(date: PlainDate): PlainDate {
  const { year, month } = partsOf(date);
  return plainDate(year, month, daysInMonth(year, month));
}

/**
 * The calendar date at an instant in a time zone (default Asia/Shanghai, the county's). Pure: the
 * instant comes from the injected clock, never from `Date.now()`.
 */
export function plainDateAt(instant: Date, timeZone = 'Asia/Shanghai'): PlainDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return plainDate(get('year'), get('month'), get('day'));
}
