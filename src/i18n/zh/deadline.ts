/**
 * Chinese texts of the working-day calendar and the deadline calculator: replies to deadline
 * questions, date problems, and the staff reminder about next year's holiday schedule. Keys (and
 * parameters) must match ../en/deadline.ts. Plain text: the Telegram feature escapes it.
 * Dates come in as parts (see `DayParts`), so this module needs no date arithmetic of its own.
 */

/** A calendar date as the texts need it; `weekday` 0 = Sunday … 6 = Saturday. */
export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
}

const DAYS = ['日', '一', '二', '三', '四', '五', '六'];
const shortDate = (d: DayParts): string => `${d.month}月${d.day}日`;

export const deadline = {
  dateNone: '没有找到日期。请写明提交日期，例如“2026年10月8日”“10月8日”“下周一”或“明天”。',
  dateInvalid: (matched: string): string => `“${matched}”不是一个存在的日期，请检查月份和日期（例如2月只有28或29天）。`,
  /** Full date with weekday: 2026年10月20日（周二）. */
  date: (d: DayParts): string => `${d.year}年${d.month}月${d.day}日（周${DAYS[d.weekday]}）`,
  /** Short date for holiday runs: 10月1日. */
  shortDate,
  range: (from: DayParts, to: DayParts, days: number): string =>
    days === 1 ? shortDate(from) : `${shortDate(from)}至${shortDate(to)}，共${days}天`,
  listSep: '；',
  /** Between the stages of a total. */
  partSep: '、',
  holidayItem: (name: string, range: string): string => `${name}（${range}）`,
  stageOption: (name: string, workdays: number): string => `${name}（${workdays}个工作日）`,
  stageLimit: (stage: string, workdays: number): string => `${stage}：审批时限${workdays}个工作日。`,
  chainHeader: (name: string, stages: number, workdays: number): string => `${name}（${stages}个阶段依次办理）：合计${workdays}个工作日。`,
  wholeChain: '从立项到竣工验收全流程',
  stageRange: (first: string, last: string): string => `从${first}到${last}`,
  startLine: (date: string): string => `提交日：${date}`,
  stageDueLine: (i: number, stage: string, workdays: number, due: string): string => `${i}. ${stage}（${workdays}个工作日）：${due}办结`,
  chainAssumption: '（假设每个阶段都在上一阶段办结当天提交。）',
  dueLine: (date: string, estimated: boolean): string => `${estimated ? '办结期限（估算）' : '办结期限'}：${date}`,
  holidaysLine: (list: string): string => `期间跳过的法定节假日：${list}`,
  noHolidays: '期间没有法定节假日，只跳过了周末。',
  makeUpLine: (list: string): string => `调休上班日计入工作日：${list}`,
  makeUpItem: (d: DayParts, holiday: string): string => `${shortDate(d)}（周${DAYS[d.weekday]}，${holiday}调休）`,
  estimate: (years: readonly number[]): string =>
    `【估算】${years.join('、')}年的国家法定节假日安排尚未录入（国务院办公厅可能尚未公布），该年只扣除了周末、未扣除节假日，实际办结日可能更晚。`,
  officialSource: (years: readonly number[]): string => `节假日依据国务院办公厅公布的${years.join('、')}年放假安排。`,
  total: (name: string, workdays: number, parts: string): string => `${name}合计${workdays}个工作日：${parts}（工作日不含周末和法定节假日）。`,
  totalPart: (stage: string, workdays: number): string => `${stage}${workdays}个`,
  offerDate: '告诉我提交日期（如“10月8日”或“下周一”），我可以算出具体的办结日期。',
  askDate: (name: string, workdays: number): string =>
    `${name}的时限是${workdays}个工作日。请告诉我提交日期（如“9月28日”“下周一”），我来算出办结日期。`,
  /** After an invalid date, when the bot is still waiting for one. */
  askDateAgain: '请重新发送提交日期，例如“2026-10-08”“10月8日”或“下周一”。',
  askStage: (date: string, options: string): string => `提交日为${date}。请问是哪个审批阶段？${options}`,
  /** The counting convention as the reader sees it (defined in src/calendar/calendar.ts). */
  countingConvention: (workdays: number): string =>
    `计算方法：提交（受理）当日不计入，自次日起的第一个工作日算第1天，第${workdays}个工作日即为办结期限；周末和法定节假日不计，调休上班的周末计入。`,
  /** For the staff group, in December when next year's file is missing. */
  reminder: (year: number): string =>
    `提醒：知识库中还没有${year}年的法定节假日安排（knowledge/calendar/${year}.yaml）。国务院办公厅公布${year}年放假安排后，请按2026.yaml的格式补充该文件；在此之前，${year}年的办结日期只能按周末估算。`,
};

export type DeadlineText = typeof deadline;
