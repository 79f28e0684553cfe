import type { Lang } from '../knowledge/types.js';
import { messages } from '../i18n/index.js';
import { addDays, endOfMonth, isValidDate, partsOf, plainDate, weekdayOf, type PlainDate } from './plain-date.js';

export type DateParse =
  | { readonly ok: true; readonly date: PlainDate; readonly matched: string; readonly index: number }
  | {
      readonly ok: false;
      readonly reason: 'invalid-date';
      readonly key: 'date.invalid';
      readonly matched: string;
      /** Ready to show, in the asked language. */
      readonly message: string;
    }
  | { readonly ok: false; readonly reason: 'none'; readonly key: 'date.none'; readonly message: string };

// Traditional characters that occur in dates and permit questions, folded one-to-one so that match
// positions stay valid in the original text.
const TRADITIONAL: Record<string, string> = {
  週: '周', 後: '后', 號: '号', 這: '这', 禮: '礼', 個: '个', 許: '许', 證: '证', 規: '规', 劃: '划',
  設: '设', 項: '项', 聯: '联', 驗: '验', 總: '总', 階: '阶', 麼: '么', 時: '时', 辦: '办', 結: '结',
  幾: '几', 從: '从', 審: '审', 請: '请', 們: '们', 會: '会', 實: '实', 間: '间', 計: '计', 單: '单',
};

/**
 * Text as the date and question matchers see it: NFKC (full-width digits become ASCII), lower case,
 * traditional characters folded to simplified. Keeps one character per character where it can.
 */
export function foldText(text: string): string {
  return [...text.normalize('NFKC').toLowerCase()].map((c) => TRADITIONAL[c] ?? c).join('');
}

type Resolved = { date: PlainDate } | { invalid: true } | null;
type Matcher = { re: RegExp; resolve: (m: RegExpExecArray, today: PlainDate) => Resolved };

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** '28', '二十八', '十' → number; undefined when not a number. */
function num(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGIT[s] : undefined;
  const tens = ten === 0 ? 1 : CN_DIGIT[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : CN_DIGIT[s.slice(ten + 1)];
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

function exact(year: number, month: number, day: number): Resolved {
  return isValidDate(year, month, day) ? { date: plainDate(year, month, day) } : { invalid: true };
}

/** A month and day without a year: the next occurrence on or after today (29 Feb: next leap year). */
function upcoming(month: number, day: number, today: PlainDate): Resolved {
  if (!isValidDate(2000, month, day)) return { invalid: true };
  const { year } = partsOf(today);
  for (let y = year; y <= year + 8; y++) {
    if (isValidDate(y, month, day) && plainDate(y, month, day) >= today) return { date: plainDate(y, month, day) };
  }
  return { invalid: true };
}

/** Numeric short forms (10.8, 10/8, 10-08) are dates only when the numbers can be a month and a day. */
function numericMonthDay(month: number, day: number, today: PlainDate): Resolved {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? upcoming(month, day, today) : null;
}

/** Weeks start on Monday. `weekday`: 0 = Sunday … 6 = Saturday. */
function inWeek(today: PlainDate, weeksAhead: number, weekday: number): PlainDate {
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
  return addDays(monday, weeksAhead * 7 + ((weekday + 6) % 7));
}

function onOrAfter(today: PlainDate, weekday: number): PlainDate {
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

const CN_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 0 };
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const CN_NUM = '[〇零一二两三四五六七八九十]{1,3}';
const M = `(\\d{1,2}|${CN_NUM})`;

const enMonth = (s: string): number => EN_MONTHS.indexOf(s.slice(0, 3)) + 1;
const enWeekday = (s: string): number => EN_WEEKDAYS.findIndex((w) => w.startsWith(s.slice(0, 3)));
const yearOr = (y: string | undefined, month: number, day: number, today: PlainDate): Resolved =>
  y ? exact(Number(y), month, day) : upcoming(month, day, today);

function monthDay(mo: string, d: string, suffix: string, today: PlainDate, year?: string): Resolved {
  const [month, day] = [num(mo), num(d)];
  if (month === undefined || day === undefined) return null;
  if (!suffix && !/^\d+$/.test(mo + d)) return null;
  return yearOr(year, month, day, today);
}

const MATCHERS: readonly Matcher[] = [
  // 2026年10月8日, 2026年10月8号, 2026年十月八日 (the year in digits)
  { re: new RegExp(`(?<!\\d)(\\d{4})\\s*年\\s*${M}\\s*月\\s*${M}\\s*([日号]?)`, 'g'),
    resolve: (m, t) => monthDay(m[2]!, m[3]!, m[4]!, t, m[1]) },
  // 10月8日, 9月28号, 10月8, 十月八日 (Chinese numerals need 日/号: 一月一次 is not a date)
  { re: new RegExp(`(?<!\\d)${M}\\s*月\\s*${M}\\s*([日号]?)`, 'g'),
    resolve: (m, t) => monthDay(m[1]!, m[2]!, m[3]!, t) },
  // 28号 (a day of the current or next month)
  { re: /(?<![\d月.\-/])(\d{1,2})\s*号/g,
    resolve: (m, t) => { const { year, month } = partsOf(t); const d = Number(m[1]);
      if (d < 1 || d > 31) return { invalid: true };
      for (let i = 0; i < 12; i++) { const y = year + Math.floor((month - 1 + i) / 12); const mo = ((month - 1 + i) % 12) + 1;
        if (isValidDate(y, mo, d) && plainDate(y, mo, d) >= t) return { date: plainDate(y, mo, d) }; }
      return { invalid: true }; } },
  // 2026-10-08, 2026/10/8, 2026.10.8
  { re: /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/g,
    resolve: (m) => exact(Number(m[1]), Number(m[3]), Number(m[4])) },
  // 10.8, 10/8, 10-08 (month first, as written in China)
  { re: /(?<![\d.\-/])(\d{1,2})[-/.](\d{1,2})(?![\d.\-/]|\s*[个天倍%万亿元小年月日号])/g,
    resolve: (m, t) => numericMonthDay(Number(m[1]), Number(m[2]), t) },
  { re: /今天|今日/g, resolve: (_m, t) => ({ date: t }) },
  { re: /大后天/g, resolve: (_m, t) => ({ date: addDays(t, 3) }) },
  { re: /明天|明日/g, resolve: (_m, t) => ({ date: addDays(t, 1) }) },
  { re: /后天/g, resolve: (_m, t) => ({ date: addDays(t, 2) }) },
  // 下周一, 下下周三, 本周五, 这周五, 这个星期天, 下礼拜二, 周五
  { re: /(下下|下个?|本|这个?)?\s*(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    resolve: (m, t) => {
      const wd = CN_WEEKDAY[m[2]!]!;
      const p = m[1];
      if (!p) return { date: onOrAfter(t, wd) };
      return { date: inWeek(t, p === '下下' ? 2 : p.startsWith('下') ? 1 : 0, wd) };
    } },
  // 月底, 本月底, 下个月底, 月末, 年底
  { re: /(下个?月|本月|这个月)?\s*月?[底末]/g,
    resolve: (m, t) => {
      if (!m[0].includes('月')) return null;
      const { year, month } = partsOf(t);
      return { date: m[1]?.startsWith('下') ? endOfMonth(addDays(plainDate(year, month, 1), 31)) : endOfMonth(t) };
    } },
  { re: /年底|年末/g, resolve: (_m, t) => ({ date: plainDate(partsOf(t).year, 12, 31) }) },
  // Oct 8, October 8th, 2026, Sept. 28 2026
  { re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    resolve: (m, t) => yearOr(m[3], enMonth(m[1]!), Number(m[2]), t) },
  // 8 Oct, 8 October 2026, 28th of September
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?![a-z])(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    resolve: (m, t) => yearOr(m[3], enMonth(m[2]!), Number(m[1]), t) },
  { re: /\btoday\b/g, resolve: (_m, t) => ({ date: t }) },
  { re: /\b(?:the\s+)?day\s+after\s+tomorrow\b/g, resolve: (_m, t) => ({ date: addDays(t, 2) }) },
  { re: /\btomorrow\b/g, resolve: (_m, t) => ({ date: addDays(t, 1) }) },
  // next Monday, this Friday, coming Tue, Monday (full name when bare)
  { re: /\b(?:(next|this|coming)\s+(mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?|(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/g,
    resolve: (m, t) => {
      if (m[3]) return { date: onOrAfter(t, enWeekday(m[3])) };
      const wd = enWeekday(m[2]!);
      return { date: m[1] === 'next' ? inWeek(t, 1, wd) : m[1] === 'this' ? inWeek(t, 0, wd) : onOrAfter(t, wd) };
    } },
  { re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?month|month[-\s]end)\b/g,
    resolve: (m, t) => ({ date: m[1] ? endOfMonth(addDays(endOfMonth(t), 1)) : endOfMonth(t) }) },
];

/**
 * Finds the first date in `text` (leftmost; the longest form when two start at the same place).
 * Dates without a year mean their next occurrence on or after `today` (said on 2026-11-27,
 * "9月28日" is 2027-09-28). Numeric short forms are month first ("10.8" = 8 October). Weeks start on
 * Monday: 下周一 / next Monday is the Monday of next week. A named day that does not exist (2月30日,
 * 2026-02-29) is `invalid-date`, not a guess.
 */
export function parseDate(text: string, today: PlainDate, lang: Lang = 'zh'): DateParse {
  const folded = foldText(text);
  const source = folded.length === text.length ? text : folded;
  let best: { index: number; length: number; resolved: Exclude<Resolved, null> } | undefined;
  for (const { re, resolve } of MATCHERS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const resolved = resolve(m, today);
      if (!resolved) continue;
      const better = !best || m.index < best.index || (m.index === best.index && m[0].length > best.length);
      if (better) best = { index: m.index, length: m[0].length, resolved };
    }
  }
  const t = messages(lang).deadline;
  if (!best) return { ok: false, reason: 'none', key: 'date.none', message: t.dateNone };
  const matched = source.slice(best.index, best.index + best.length).trim();
  if ('invalid' in best.resolved) {
    return { ok: false, reason: 'invalid-date', key: 'date.invalid', matched, message: t.dateInvalid(matched) };
  }
  return { ok: true, date: best.resolved.date, matched, index: best.index };
}
