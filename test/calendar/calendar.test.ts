import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkdays, buildWorkCalendar, dayInfo, isWorkday, skippedHolidays, type WorkCalendar } from '../../src/calendar/calendar.js';
import { loadCalendar } from '../../src/calendar/load-calendar.js';

const KNOWLEDGE_CALENDAR = fileURLToPath(new URL('../../knowledge/calendar', import.meta.url));
let calendar: WorkCalendar;

beforeAll(async () => {
  ({ calendar } = await loadCalendar(KNOWLEDGE_CALENDAR));
});

describe('working days in an officially scheduled year', () => {
  it('12 working days after 2026-09-28 fall on 2026-10-20, across National Day and its make-up Saturday', () => {
    const span = addWorkdays(calendar, '2026-09-28', 12);
    expect(span.due).toBe('2026-10-20');
    expect(span.estimated).toBe(false);
    expect(span.missingYears).toEqual([]);
    expect(skippedHolidays(span.skipped)).toEqual([
      { name: { zh: '国庆节', en: 'National Day' }, from: '2026-10-01', to: '2026-10-07', days: 7 },
    ]);
    expect(span.makeUpWorkdays.map((d) => d.date)).toEqual(['2026-10-10']);
  });

  it('skips the nine days of the 2026 Spring Festival and counts its make-up Saturdays', () => {
    expect(addWorkdays(calendar, '2026-02-13', 1).due).toBe('2026-02-14');
    const span = addWorkdays(calendar, '2026-02-14', 5);
    expect(span.due).toBe('2026-02-28');
    expect(skippedHolidays(span.skipped)).toEqual([
      { name: { zh: '春节', en: 'Spring Festival' }, from: '2026-02-15', to: '2026-02-23', days: 9 },
    ]);
  });

  it('does not count the day of submission, even when it is a working day', () => {
    expect(addWorkdays(calendar, '2026-11-30', 1).due).toBe('2026-12-01');
    expect(addWorkdays(calendar, '2026-11-27', 1).due).toBe('2026-11-30');
  });

  it('starts counting on the next working day when submitted on a holiday', () => {
    expect(addWorkdays(calendar, '2026-10-03', 1).due).toBe('2026-10-08');
  });

  it('gives the start date itself for zero working days and refuses negative counts', () => {
    expect(addWorkdays(calendar, '2026-10-03', 0).due).toBe('2026-10-03');
    expect(() => addWorkdays(calendar, '2026-10-03', -1)).toThrow(RangeError);
  });

  it('knows make-up working days, holidays on weekends and ordinary weekends', () => {
    expect(isWorkday(calendar, '2026-10-10')).toBe(true);
    expect(isWorkday(calendar, '2026-10-05')).toBe(false);
    expect(dayInfo(calendar, '2026-10-03')).toMatchObject({ kind: 'holiday', name: { zh: '国庆节' } });
    expect(dayInfo(calendar, '2026-10-11')).toMatchObject({ kind: 'weekend', official: true });
    expect(dayInfo(calendar, '2025-10-06')).toMatchObject({ kind: 'holiday', name: { zh: '国庆节、中秋节' } });
  });
});

describe('working days in a year without an official schedule', () => {
  it('counts weekends only for 2027 and marks the result as an estimate', () => {
    const span = addWorkdays(calendar, '2027-09-28', 12);
    expect(span.due).toBe('2027-10-14');
    expect(span.estimated).toBe(true);
    expect(span.missingYears).toEqual([2027]);
  });

  it('marks a span that runs from 2026 into 2027 as an estimate for 2027 only', () => {
    const span = addWorkdays(calendar, '2026-12-28', 5);
    expect(span.due).toBe('2027-01-04');
    expect(span.missingYears).toEqual([2027]);
  });

  it('treats every year as weekends-only in an empty calendar', () => {
    const empty = buildWorkCalendar([]);
    expect(addWorkdays(empty, '2026-09-28', 12)).toMatchObject({ due: '2026-10-14', missingYears: [2026] });
  });
});
