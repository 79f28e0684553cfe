import type { Lang } from '../knowledge/types.js';
import { partsOf, weekdayOf, type PlainDate } from './plain-date.js';

/** Every user- and staff-facing text of the working-day calendar, one object per language. */
export interface CalendarText {
  readonly dateNone: string;
  dateInvalid(matched: string): string;
  /** Full date with weekday: 2026年10月20日（周二） / Tue 20 Oct 2026. */
  date(d: PlainDate): string;
  /** Short date for holiday runs: 10月1日 / 1 Oct. */
  shortDate(d: PlainDate): string;
  range(from: PlainDate, to: PlainDate, days: number): string;
  readonly listSep: string;
  /** Between the stages of a total: 、 / , */
  readonly partSep: string;
  holidayItem(name: string, range: string): string;
  stageOption(name: string, workdays: number): string;
  stageLimit(stage: string, workdays: number): string;
  chainHeader(name: string, stages: number, workdays: number): string;
  readonly wholeChain: string;
  stageRange(first: string, last: string): string;
  startLine(d: string): string;
  stageDueLine(i: number, stage: string, workdays: number, due: string): string;
  readonly chainAssumption: string;
  dueLine(d: string, estimated: boolean): string;
  holidaysLine(list: string): string;
  readonly noHolidays: string;
  makeUpLine(list: string): string;
  makeUpItem(d: PlainDate, holiday: string): string;
  estimate(years: readonly number[]): string;
  officialSource(years: readonly number[]): string;
  total(name: string, workdays: number, parts: string): string;
  totalPart(stage: string, workdays: number): string;
  readonly offerDate: string;
  askDate(name: string, workdays: number): string;
  askStage(d: string, options: string): string;
  reminder(year: number): string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ZH_DAYS = ['日', '一', '二', '三', '四', '五', '六'];
const years = (ys: readonly number[], sep: string): string => ys.join(sep);

const zh: CalendarText = {
  dateNone: '没有找到日期。请写明提交日期，例如“2026年10月8日”“10月8日”“下周一”或“明天”。',
  dateInvalid: (m) => `“${m}”不是一个存在的日期，请检查月份和日期（例如2月只有28或29天）。`,
  date: (d) => { const p = partsOf(d); return `${p.year}年${p.month}月${p.day}日（周${ZH_DAYS[weekdayOf(d)]}）`; },
  shortDate: (d) => { const p = partsOf(d); return `${p.month}月${p.day}日`; },
  range: (from, to, days) => (from === to ? zh.shortDate(from) : `${zh.shortDate(from)}至${zh.shortDate(to)}，共${days}天`),
  listSep: '；',
  partSep: '、',
  holidayItem: (n, r) => `${n}（${r}）`,
  stageOption: (n, w) => `${n}（${w}个工作日）`,
  stageLimit: (s, n) => `${s}：审批时限${n}个工作日。`,
  chainHeader: (name, k, n) => `${name}（${k}个阶段依次办理）：合计${n}个工作日。`,
  wholeChain: '从立项到竣工验收全流程',
  stageRange: (a, b) => `从${a}到${b}`,
  startLine: (d) => `提交日：${d}`,
  stageDueLine: (i, s, n, d) => `${i}. ${s}（${n}个工作日）：${d}办结`,
  chainAssumption: '（假设每个阶段都在上一阶段办结当天提交。）',
  dueLine: (d, est) => `${est ? '办结期限（估算）' : '办结期限'}：${d}`,
  holidaysLine: (l) => `期间跳过的法定节假日：${l}`,
  noHolidays: '期间没有法定节假日，只跳过了周末。',
  makeUpLine: (l) => `调休上班日计入工作日：${l}`,
  makeUpItem: (d, h) => `${zh.shortDate(d)}（周${ZH_DAYS[weekdayOf(d)]}，${h}调休）`,
  estimate: (ys) => `【估算】${years(ys, '、')}年的国家法定节假日安排尚未录入（国务院办公厅可能尚未公布），该年只扣除了周末、未扣除节假日，实际办结日可能更晚。`,
  officialSource: (ys) => `节假日依据国务院办公厅公布的${years(ys, '、')}年放假安排。`,
  total: (name, n, parts) => `${name}合计${n}个工作日：${parts}（工作日不含周末和法定节假日）。`,
  totalPart: (s, n) => `${s}${n}个`,
  offerDate: '告诉我提交日期（如“10月8日”或“下周一”），我可以算出具体的办结日期。',
  askDate: (name, n) => `${name}的时限是${n}个工作日。请告诉我提交日期（如“9月28日”“下周一”），我来算出办结日期。`,
  askStage: (d, opts) => `提交日为${d}。请问是哪个审批阶段？${opts}`,
  reminder: (y) => `提醒：知识库中还没有${y}年的法定节假日安排（knowledge/calendar/${y}.yaml）。国务院办公厅公布${y}年放假安排后，请按2026.yaml的格式补充该文件；在此之前，${y}年的办结日期只能按周末估算。`,
};

const en: CalendarText = {
  dateNone: 'I could not find a date. Please give the submission date, e.g. "8 October 2026", "Oct 8", "next Monday" or "tomorrow".',
  dateInvalid: (m) => `"${m}" is not a real date; please check the month and the day (February has 28 or 29 days).`,
  date: (d) => { const p = partsOf(d); return `${EN_DAYS[weekdayOf(d)]} ${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`; },
  shortDate: (d) => { const p = partsOf(d); return `${p.day} ${EN_MONTHS[p.month - 1]}`; },
  range: (from, to, days) => (from === to ? en.shortDate(from) : `${en.shortDate(from)} – ${en.shortDate(to)}, ${days} days`),
  listSep: '; ',
  partSep: ', ',
  holidayItem: (n, r) => `${n} (${r})`,
  stageOption: (n, w) => `${n} (${w} working days)`,
  stageLimit: (s, n) => `${s}: time limit ${n} working days.`,
  chainHeader: (name, k, n) => `${name} (${k} stages, one after another): ${n} working days in total.`,
  wholeChain: 'The whole process from project approval to completion acceptance',
  stageRange: (a, b) => `From ${a} to ${b}`,
  startLine: (d) => `Submitted: ${d}`,
  stageDueLine: (i, s, n, d) => `${i}. ${s} (${n} working days): done by ${d}`,
  chainAssumption: '(Assuming each stage is submitted on the day the previous one is done.)',
  dueLine: (d, est) => `${est ? 'Due (ESTIMATE)' : 'Due'}: ${d}`,
  holidaysLine: (l) => `Public holidays skipped: ${l}`,
  noHolidays: 'No public holidays in between; only weekends were skipped.',
  makeUpLine: (l) => `Weekend working days counted: ${l}`,
  makeUpItem: (d, h) => `${EN_DAYS[weekdayOf(d)]} ${en.shortDate(d)} (make-up day for ${h})`,
  estimate: (ys) => `[ESTIMATE] The official public-holiday schedule for ${years(ys, ', ')} is not in the calendar yet (it may not be published). For that year only weekends are skipped, not holidays, so the real date may be later.`,
  officialSource: (ys) => `Holidays follow the State Council's official schedule for ${years(ys, ', ')}.`,
  total: (name, n, parts) => `${name} takes ${n} working days in total: ${parts} (working days exclude weekends and public holidays).`,
  totalPart: (s, n) => `${s} ${n}`,
  offerDate: 'Tell me the submission date (e.g. "Oct 8" or "next Monday") and I will work out the due date.',
  askDate: (name, n) => `${name} takes ${n} working days. Tell me the submission date (e.g. "28 Sep" or "next Monday") and I will work out the due date.`,
  askStage: (d, opts) => `Submission date: ${d}. Which approval stage is it? ${opts}`,
  reminder: (y) => `Reminder: the calendar has no official public-holiday schedule for ${y} yet (knowledge/calendar/${y}.yaml). Once the State Council publishes it, please add the file in the same format as 2026.yaml; until then, due dates in ${y} are estimates that count weekends only.`,
};

const TEXT: Readonly<Record<Lang, CalendarText>> = Object.freeze({ zh, en });

export function calendarText(lang: Lang): CalendarText {
  return TEXT[lang];
}
