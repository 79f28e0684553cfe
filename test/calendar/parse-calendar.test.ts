import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/knowledge/problem.js';
import { loadCalendar } from '../../src/calendar/load-calendar.js';
import { parseCalendarYaml } from '../../src/calendar/parse-calendar.js';
import { tempDir } from '../support/temp-dir.js';

const KNOWLEDGE_CALENDAR = fileURLToPath(new URL('../../knowledge/calendar', import.meta.url));

const GOOD = `year: 2026
source: 国务院办公厅关于2026年部分节假日安排的通知
holidays:
  - { name: 国庆节, en: National Day, dates: [2026-10-01, 2026-10-02, 2026-10-03] }
workdays:
  - { date: 2026-10-10, for: 国庆节 }
`;

/** The problems of a broken file, as staff see them. */
function problemsOf(text: string, file = 'calendar/2026.yaml'): string[] {
  const parsed = parseCalendarYaml(text, file);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

describe('the calendar files in the knowledge folder', () => {
  it('all parse without problems, and 2025 and 2026 are there but 2027 is not', async () => {
    const { calendar, problems } = await loadCalendar(KNOWLEDGE_CALENDAR);
    expect(problems.map(formatProblem)).toEqual([]);
    expect([...calendar.years.keys()].sort()).toEqual([2025, 2026]);
  });
});

describe('reading a calendar file', () => {
  it('reads holidays (a Saturday inside a break is fine) and make-up working days', () => {
    const parsed = parseCalendarYaml(GOOD, 'calendar/2026.yaml');
    expect(parsed).toEqual({
      ok: true,
      year: {
        year: 2026,
        source: '国务院办公厅关于2026年部分节假日安排的通知',
        holidays: [{ name: '国庆节', en: 'National Day', dates: ['2026-10-01', '2026-10-02', '2026-10-03'] }],
        workdays: [{ date: '2026-10-10', for: '国庆节' }],
      },
    });
  });

  it('reports a YAML syntax error with its line and column', () => {
    const problems = problemsOf('year: 2026\nholidays:\n  - { name: 国庆节, dates: [2026-10-01\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^calendar\/2026\.yaml:\d+:\d+ YAML syntax: /);
  });

  it('reports missing fields at the mapping that lacks them', () => {
    expect(problemsOf('year: 2026\nholidays:\n  - { name: 国庆节, en: National Day }\n')).toEqual([
      'calendar/2026.yaml:1:1 missing field "source"',
      'calendar/2026.yaml:3:5 missing field "dates"',
    ]);
  });

  it('reports a date that does not exist', () => {
    const text = GOOD.replace('2026-10-02', '2026-02-30');
    expect(problemsOf(text)).toEqual(['calendar/2026.yaml:4:56 holiday date "2026-02-30" is not a real date written YYYY-MM-DD']);
  });

  it('reports a date outside the file’s year', () => {
    expect(problemsOf(GOOD.replace('2026-10-10', '2027-10-09'))).toEqual([
      'calendar/2026.yaml:6:13 make-up working day 2027-10-09 is outside 2026',
    ]);
  });

  it('reports a date that is both a holiday and a make-up working day', () => {
    expect(problemsOf(GOOD.replace('2026-10-10', '2026-10-03'))).toEqual([
      'calendar/2026.yaml:6:13 2026-10-03 is both a holiday and a make-up working day',
    ]);
  });

  it('reports a make-up working day that is not a Saturday or Sunday', () => {
    expect(problemsOf(GOOD.replace('2026-10-10', '2026-10-09'))).toEqual([
      'calendar/2026.yaml:6:13 2026-10-09 is not a Saturday or Sunday, so it cannot be a make-up working day',
    ]);
  });

  it('reports a make-up working day for a holiday the file does not name', () => {
    expect(problemsOf(GOOD.replace('for: 国庆节', 'for: 国庆'))).toEqual([
      'calendar/2026.yaml:6:30 "for: 国庆" names no holiday in this file',
    ]);
  });

  it('reports misspelt fields and a year that disagrees with the file name', () => {
    expect(problemsOf(GOOD.replace('workdays:', 'workday:'), 'calendar/2027.yaml')).toEqual([
      'calendar/2027.yaml:5:1 unknown field "workday" in the calendar file (expected year, source, holidays, workdays)',
      'calendar/2027.yaml:1:7 "year" is 2026 but the file is named 2027',
    ]);
  });

  it('lists every problem of a file at once', () => {
    const text = GOOD.replace('2026-10-02', '2026-13-01').replace('2026-10-10', '2026-10-09');
    expect(problemsOf(text)).toHaveLength(2);
  });
});

describe('loading a calendar folder', () => {
  it('leaves a broken year out, keeps the good ones and reports a year given twice', async () => {
    const dir = tempDir('calendar-');
    await writeFile(join(dir, '2026.yaml'), GOOD);
    await writeFile(join(dir, '2026-copy.yaml'), GOOD);
    await writeFile(join(dir, '2025.yaml'), 'year: 2025\nsource: x\nholidays: [}\n');
    const { calendar, problems } = await loadCalendar(dir);
    expect([...calendar.years.keys()]).toEqual([2026]);
    expect(problems.map((p) => p.file)).toContain(join(dir, '2025.yaml'));
    expect(problems.map(formatProblem)).toContain(`${join(dir, '2026.yaml')}:0:0 year 2026 is already given by ${join(dir, '2026-copy.yaml')}`);
  });

  it('reports a missing folder as a problem instead of throwing', async () => {
    const { calendar, problems } = await loadCalendar('/nonexistent/calendar');
    expect(calendar.years.size).toBe(0);
    expect(problems.map(formatProblem)).toEqual(['/nonexistent/calendar:0:0 calendar folder not found']);
  });
});
