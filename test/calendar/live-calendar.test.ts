import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOfficialYear } from '../../src/calendar/calendar.js';
import { createLiveCalendar } from '../../src/calendar/live-calendar.js';
import { silentLogger } from '../../src/core/logger.js';
import { tempDir } from '../support/temp-dir.js';

const YEAR_2027 = `year: 2027
source: test
holidays:
  - { name: 元旦, en: New Year's Day, dates: [2027-01-01] }
workdays: []
`;

function copyOfCalendar(): string {
  const dir = tempDir('calendar-');
  cpSync('knowledge/calendar', dir, { recursive: true });
  return dir;
}

describe('the live calendar', () => {
  it('takes a year file added later, and keeps the last good calendar while a file is broken', async () => {
    const dir = copyOfCalendar();
    const live = await createLiveCalendar(dir, { logger: silentLogger });
    expect(hasOfficialYear(live.current(), 2026)).toBe(true);
    expect(hasOfficialYear(live.current(), 2027)).toBe(false);

    writeFileSync(join(dir, '2027.yaml'), 'year: [broken\n');
    await expect(live.reload()).resolves.toBe(false);
    expect(hasOfficialYear(live.current(), 2026)).toBe(true);

    writeFileSync(join(dir, '2027.yaml'), YEAR_2027);
    const reloaded = await live.reload();
    live.close();
    expect(reloaded).toBe(true);
    expect(hasOfficialYear(live.current(), 2027)).toBe(true);
  });
});
