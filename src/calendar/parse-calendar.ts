import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Problem } from '../knowledge/problem.js';
import type { HolidayPeriod, MakeUpWorkday, OfficialYear } from './calendar.js';
import { isWeekend, parsePlainDate, plainDate, type PlainDate } from './plain-date.js';

export type CalendarParse =
  | { readonly ok: true; readonly year: OfficialYear }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const TOP_KEYS = ['year', 'source', 'holidays', 'workdays'];
const HOLIDAY_KEYS = ['name', 'en', 'dates'];
const WORKDAY_KEYS = ['date', 'for'];

/**
 * Reads one `knowledge/calendar/<year>.yaml` file (text and name given; no I/O here). Either the
 * official year, or every problem found, each located as `file:line:col`. A holiday may fall on a
 * weekend (breaks include weekends); a make-up working day must be a Saturday or Sunday.
 */
export function parseCalendarYaml(text: string, file: string): CalendarParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  const report = (offset: number | undefined, message: string): void => {
    if (offset === undefined) problems.push({ file, line: 0, col: 0, message });
    else problems.push({ file, ...lineCounter.linePos(offset), message });
  };
  const at = (node: Node | null | undefined, message: string): void => report(node?.range?.[0], message);

  for (const e of doc.errors) report(e.pos[0], `YAML syntax: ${e.message}`);
  if (problems.length > 0) return { ok: false, problems };
  const root = doc.contents;
  if (!isMap(root)) {
    at(root, 'expected a mapping with year, source, holidays and workdays');
    return { ok: false, problems };
  }

  const fields = fieldsOf(root, TOP_KEYS, 'the calendar file', at);
  const yearNode = fields.get('year');
  let year: number | undefined;
  if (!yearNode) at(root, 'missing field "year"');
  else if (!isScalar(yearNode) || !Number.isInteger(yearNode.value) || (yearNode.value as number) < 1900 || (yearNode.value as number) > 2200) {
    at(yearNode, '"year" must be a four-digit year, e.g. 2026');
  } else {
    year = yearNode.value as number;
    const named = /(?:^|[\\/])(\d{4})\.ya?ml$/.exec(file)?.[1];
    if (named && Number(named) !== year) at(yearNode, `"year" is ${year} but the file is named ${named}`);
  }
  const source = text_(fields.get('source'), 'source', root, at);

  // A date field: well formed, real, and inside the file's year.
  const dateOf = (node: Node | null | undefined, what: string): PlainDate | undefined => {
    const raw = isScalar(node) ? node.value : undefined;
    const parts = typeof raw === 'string' ? parsePlainDate(raw) : null;
    if (!parts) {
      const shown = isScalar(node) ? ` "${String(node.value)}"` : '';
      at(node, `${what}${shown} is not a real date written YYYY-MM-DD`);
      return undefined;
    }
    if (year !== undefined && parts.year !== year) at(node, `${what} ${String(raw)} is outside ${year}`);
    return plainDate(parts.year, parts.month, parts.day);
  };

  const holidays: HolidayPeriod[] = [];
  const offAt = new Map<PlainDate, Node>();
  const holidaysNode = fields.get('holidays');
  if (!holidaysNode) at(root, 'missing field "holidays" (a list; [] when none)');
  else if (!isSeq(holidaysNode)) at(holidaysNode, '"holidays" must be a list');
  else {
    for (const item of holidaysNode.items as Node[]) {
      if (!isMap(item)) { at(item, 'each holiday is { name, en, dates }'); continue; }
      const f = fieldsOf(item, HOLIDAY_KEYS, 'a holiday', at);
      const name = text_(f.get('name'), 'name', item, at);
      const en = text_(f.get('en'), 'en', item, at);
      if (name && holidays.some((h) => h.name === name)) at(f.get('name'), `holiday "${name}" appears twice`);
      const datesNode = f.get('dates');
      const dates: PlainDate[] = [];
      if (!datesNode) at(item, 'missing field "dates"');
      else if (!isSeq(datesNode) || datesNode.items.length === 0) at(datesNode, '"dates" must be a non-empty list of dates');
      else {
        for (const d of datesNode.items as Node[]) {
          const date = dateOf(d, 'holiday date');
          if (!date) continue;
          if (offAt.has(date)) at(d, `${date} is listed as a holiday twice`);
          offAt.set(date, d);
          dates.push(date);
        }
      }
      if (name && en) holidays.push({ name, en, dates });
    }
  }

  const workdays: MakeUpWorkday[] = [];
  const workdaysNode = fields.get('workdays');
  if (workdaysNode && !(isScalar(workdaysNode) && workdaysNode.value === null)) {
    if (!isSeq(workdaysNode)) at(workdaysNode, '"workdays" must be a list');
    else {
      for (const item of workdaysNode.items as Node[]) {
        if (!isMap(item)) { at(item, 'each make-up working day is { date, for }'); continue; }
        const f = fieldsOf(item, WORKDAY_KEYS, 'a make-up working day', at);
        const dateNode = f.get('date');
        const date = dateNode ? dateOf(dateNode, 'make-up working day') : (at(item, 'missing field "date"'), undefined);
        const forName = text_(f.get('for'), 'for', item, at);
        if (date) {
          if (offAt.has(date)) at(dateNode, `${date} is both a holiday and a make-up working day`);
          else if (!isWeekend(date)) at(dateNode, `${date} is not a Saturday or Sunday, so it cannot be a make-up working day`);
          if (workdays.some((w) => w.date === date)) at(dateNode, `${date} is listed as a make-up working day twice`);
        }
        if (forName && holidays.length > 0 && !holidays.some((h) => h.name === forName)) {
          at(f.get('for'), `"for: ${forName}" names no holiday in this file`);
        }
        if (date && forName) workdays.push({ date, for: forName });
      }
    }
  }

  if (problems.length > 0 || year === undefined || !source) return { ok: false, problems };
  return { ok: true, year: { year, source, holidays, workdays } };
}

/** The map's values by key; unknown keys are reported (they are usually typos). */
function fieldsOf(
  map: YAMLMap,
  allowed: readonly string[],
  what: string,
  at: (node: Node | null | undefined, message: string) => void,
): Map<string, Node | null> {
  const out = new Map<string, Node | null>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !allowed.includes(key)) {
      at(pair.key as Node, `unknown field ${JSON.stringify(key ?? '?')} in ${what} (expected ${allowed.join(', ')})`);
      continue;
    }
    out.set(key, (pair.value as Node | null) ?? null);
  }
  return out;
}

/** A required non-empty text field. */
function text_(
  node: Node | null | undefined,
  key: string,
  parent: Node,
  at: (node: Node | null | undefined, message: string) => void,
): string | undefined {
  if (node === undefined) { at(parent, `missing field "${key}"`); return undefined; }
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    at(node ?? parent, `"${key}" must be non-empty text`);
    return undefined;
  }
  return node.value.trim();
}
