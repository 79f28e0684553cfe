import type { Bilingual } from '../knowledge/types.js';
import { addDays, isWeekend, yearOf, type PlainDate } from './plain-date.js';

/** One official break, as staff write it in `knowledge/calendar/<year>.yaml`. */
export interface HolidayPeriod {
  /** Chinese name, e.g. 国庆节. */
  readonly name: string;
  /** English name, e.g. National Day. */
  readonly en: string;
  /** Every day off of the break, weekend days inside it included. */
  readonly dates: readonly PlainDate[];
}

/** A weekend day that is a working day (调休上班), and the break it pays for. */
export interface MakeUpWorkday {
  readonly date: PlainDate;
  /** The `name` of the holiday period it belongs to. */
  readonly for: string;
}

/** The State Council's schedule for one year, validated (see parse-calendar.ts). */
export interface OfficialYear {
  readonly year: number;
  readonly source: string;
  readonly holidays: readonly HolidayPeriod[];
  readonly workdays: readonly MakeUpWorkday[];
}

/** Every official year the bot knows, indexed by date. Years not in `years` are estimated. */
export interface WorkCalendar {
  readonly years: ReadonlyMap<number, OfficialYear>;
  readonly daysOff: ReadonlyMap<PlainDate, Bilingual<string>>;
  readonly makeUpDays: ReadonlyMap<PlainDate, Bilingual<string>>;
}

/*
 * THE counting convention, the one place it is defined (addWorkdays below and every reply follow
 * it). It follows 《行政许可法》art. 82 (time limits in working days, statutory holidays excluded) and
 * 《民法典》art. 201 (the starting day is not counted):
 * - the day of submission (受理日) is not counted, even when it is itself a working day;
 * - counting starts on the next working day, which is day 1;
 * - the due date is the n-th working day after the submission day;
 * - weekends and official holidays are not working days; weekend days declared working days (调休) are.
 * The wording shown to readers is `countingConvention` in src/i18n/{zh,en}/deadline.ts.
 */

export type DayKind = 'workday' | 'make-up-workday' | 'holiday' | 'weekend';

export interface DayInfo {
  readonly date: PlainDate;
  readonly kind: DayKind;
  /** The holiday's name, for `holiday` and `make-up-workday`. */
  readonly name?: Bilingual<string>;
  /** False when the year has no official schedule and the answer counts weekends only. */
  readonly official: boolean;
}

export interface SkippedDay {
  readonly date: PlainDate;
  readonly kind: 'holiday' | 'weekend';
  readonly name?: Bilingual<string>;
}

export interface MakeUpDay {
  readonly date: PlainDate;
  readonly name: Bilingual<string>;
}

/** The result of counting working days; see the counting convention above. */
export interface WorkdaySpan {
  readonly start: PlainDate;
  readonly workdays: number;
  readonly due: PlainDate;
  /** Days between start (exclusive) and due (inclusive) that were not counted, in date order. */
  readonly skipped: readonly SkippedDay[];
  /** Weekend days inside the span that were counted because they are official working days. */
  readonly makeUpWorkdays: readonly MakeUpDay[];
  /** True when some counted day lies in a year without an official schedule. */
  readonly estimated: boolean;
  /** Those years, ascending. */
  readonly missingYears: readonly number[];
}

/** Indexes official years by date. A later year with the same number replaces an earlier one. */
export function buildWorkCalendar(years: readonly OfficialYear[]): WorkCalendar {
  const byYear = new Map<number, OfficialYear>();
  for (const y of years) byYear.set(y.year, y);
  const daysOff = new Map<PlainDate, Bilingual<string>>();
  const makeUpDays = new Map<PlainDate, Bilingual<string>>();
  for (const y of byYear.values()) {
    for (const h of y.holidays) for (const d of h.dates) daysOff.set(d, { zh: h.name, en: h.en });
    for (const w of y.workdays) {
      const period = y.holidays.find((h) => h.name === w.for);
      makeUpDays.set(w.date, { zh: w.for, en: period?.en ?? w.for });
    }
  }
  return { years: byYear, daysOff, makeUpDays };
}

export function hasOfficialYear(calendar: WorkCalendar, year: number): boolean {
  return calendar.years.has(year);
}

/** What kind of day `date` is; in a year without a schedule, only weekends are days off. */
export function dayInfo(calendar: WorkCalendar, date: PlainDate): DayInfo {
  const official = hasOfficialYear(calendar, yearOf(date));
  const off = calendar.daysOff.get(date);
  if (off) return { date, kind: 'holiday', name: off, official };
  const makeUp = calendar.makeUpDays.get(date);
  if (makeUp) return { date, kind: 'make-up-workday', name: makeUp, official };
  return { date, kind: isWeekend(date) ? 'weekend' : 'workday', official };
}

export function isWorkday(calendar: WorkCalendar, date: PlainDate): boolean {
  const { kind } = dayInfo(calendar, date);
  return kind === 'workday' || kind === 'make-up-workday';
}

/**
 * The due date `n` working days after `start`, by the counting convention above. `n = 0` gives `start`
 * itself. Never throws for well-formed input; a year without a schedule makes the result an estimate.
 */
export function addWorkdays(calendar: WorkCalendar, start: PlainDate, n: number): WorkdaySpan {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  const skipped: SkippedDay[] = [];
  const makeUpWorkdays: MakeUpDay[] = [];
  const missing = new Set<number>();
  let date = start;
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    const info = dayInfo(calendar, date);
    if (!info.official) missing.add(yearOf(date));
    if (info.kind === 'workday' || info.kind === 'make-up-workday') {
      counted += 1;
      if (info.kind === 'make-up-workday' && info.name) makeUpWorkdays.push({ date, name: info.name });
    } else {
      skipped.push(info.name ? { date, kind: info.kind, name: info.name } : { date, kind: info.kind });
    }
  }
  const missingYears = [...missing].sort((a, b) => a - b);
  return { start, workdays: n, due: date, skipped, makeUpWorkdays, estimated: missingYears.length > 0, missingYears };
}

export interface HolidayRun {
  readonly name: Bilingual<string>;
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly days: number;
}

/** Skipped holidays grouped by name (first to last skipped day), for replies; weekends left out. */
export function skippedHolidays(skipped: readonly SkippedDay[]): HolidayRun[] {
  const runs = new Map<string, { name: Bilingual<string>; from: PlainDate; to: PlainDate; days: number }>();
  for (const s of skipped) {
    if (s.kind !== 'holiday' || !s.name) continue;
    const key = `${s.date.slice(0, 4)} ${s.name.zh}`;
    const run = runs.get(key);
    if (run) {
      run.to = s.date;
      run.days += 1;
    } else runs.set(key, { name: s.name, from: s.date, to: s.date, days: 1 });
  }
  return [...runs.values()];
}
