import { describe, expect, it } from 'vitest';
import { buildWorkCalendar, type OfficialYear } from '../../src/calendar/calendar.js';
import { missingScheduleReminder } from '../../src/calendar/reminder.js';

const year = (y: number): OfficialYear => ({ year: y, source: 'test', holidays: [], workdays: [] });

describe('the December reminder about next year’s holiday schedule', () => {
  const calendar = buildWorkCalendar([year(2025), year(2026)]);

  it('reminds staff in December when next year has no calendar file', () => {
    const reminder = missingScheduleReminder(calendar, '2026-12-01');
    expect(reminder?.zh).toContain('2027年');
    expect(reminder?.zh).toContain('knowledge/calendar/2027.yaml');
    expect(reminder?.en).toContain('2027');
  });

  it('stays silent before December', () => {
    expect(missingScheduleReminder(calendar, '2026-11-27')).toBeNull();
  });

  it('stays silent once next year’s file is there', () => {
    expect(missingScheduleReminder(buildWorkCalendar([year(2026), year(2027)]), '2026-12-15')).toBeNull();
  });
});
