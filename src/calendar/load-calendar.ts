import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../knowledge/problem.js';
import { buildWorkCalendar, type OfficialYear, type WorkCalendar } from './calendar.js';
import { parseCalendarYaml } from './parse-calendar.js';

export interface LoadedCalendar {
  /** Built from the files without problems; a broken year is left out (and so estimated). */
  readonly calendar: WorkCalendar;
  readonly problems: readonly Problem[];
}

/**
 * Reads every `*.yaml` in `dir` (e.g. `knowledge/calendar`). Problems name files as `dir/<file>`.
 * A missing folder is a problem, not an exception; other I/O failures are thrown with their cause.
 */
export async function loadCalendar(dir: string): Promise<LoadedCalendar> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      return { calendar: buildWorkCalendar([]), problems: [{ file: dir, line: 0, col: 0, message: 'calendar folder not found' }] };
    }
    throw new Error(`cannot read calendar folder ${dir}`, { cause });
  }
  const years: OfficialYear[] = [];
  const problems: Problem[] = [];
  const fileOf = new Map<number, string>();
  for (const name of names) {
    const file = join(dir, name);
    const parsed = parseCalendarYaml(await readFile(file, 'utf8'), file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const other = fileOf.get(parsed.year.year);
    if (other) {
      problems.push({ file, line: 0, col: 0, message: `year ${parsed.year.year} is already given by ${other}` });
      continue;
    }
    fileOf.set(parsed.year.year, file);
    years.push(parsed.year);
  }
  return { calendar: buildWorkCalendar(years), problems };
}
