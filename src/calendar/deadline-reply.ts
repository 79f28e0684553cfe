import { messages } from '../i18n/index.js';
import type { DayParts, DeadlineText } from '../i18n/zh/deadline.js';
import type { Lang } from '../knowledge/types.js';
import { skippedHolidays } from './calendar.js';
// Types only: deadline.ts imports this module, so a value import back would be a cycle.
import type { DeadlineResult, DeadlineTarget, StageLimit } from './deadline.js';
import { partsOf, weekdayOf, yearOf, type PlainDate } from './plain-date.js';

/** The texts live in src/i18n/{zh,en}/deadline.ts; this module only puts them together. */
const calendarText = (lang: Lang): DeadlineText => messages(lang).deadline;
const day = (d: PlainDate): DayParts => ({ ...partsOf(d), weekday: weekdayOf(d) });

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function stageName(stage: StageLimit, lang: Lang): string {
  const name = stage.names[lang][0] ?? stage.stage;
  return lang === 'en' ? capitalise(name) : name;
}

function targetName(target: DeadlineTarget, lang: Lang, t: DeadlineText): string {
  const { stages } = target;
  if (target.wholeChain) return t.wholeChain;
  const first = stages[0];
  const last = stages[stages.length - 1];
  if (!first || !last) return '';
  if (first === last) return stageName(first, lang);
  return t.stageRange(stageName(first, lang), stageName(last, lang));
}

const total = (target: DeadlineTarget): number => target.stages.reduce((n, s) => n + s.workdays, 0);

/**
 * The reply to a computed deadline, as plain text: the time limit, the submission and due dates
 * (each stage's for a chain), the holidays skipped by name, make-up working days counted, the
 * counting convention, and, first of all when it applies, the estimate warning.
 */
export function composeDeadlineReply(result: DeadlineResult, lang: Lang): string {
  const t = calendarText(lang);
  const { span, target } = result;
  const lines: string[] = [];
  if (span.estimated) lines.push(t.estimate(span.missingYears));
  const single = target.stages.length === 1 ? target.stages[0] : undefined;
  lines.push(single
    ? t.stageLimit(stageName(single, lang), single.workdays)
    : t.chainHeader(targetName(target, lang, t), target.stages.length, result.workdays));
  lines.push(t.startLine(t.date(day(result.start))));
  if (!single) {
    result.stages.forEach((s, i) => lines.push(t.stageDueLine(i + 1, stageName(s.stage, lang), s.stage.workdays, t.date(day(s.due)))));
  }
  lines.push(t.dueLine(t.date(day(result.due)), span.estimated));
  if (!single) lines.push(t.chainAssumption);

  const runs = skippedHolidays(span.skipped);
  // In an estimate, "no holidays" would be a claim we cannot make: the estimate line says why.
  if (runs.length > 0) lines.push(t.holidaysLine(runs.map((r) => t.holidayItem(r.name[lang], t.range(day(r.from), day(r.to), r.days))).join(t.listSep)));
  else if (!span.estimated) lines.push(t.noHolidays);
  if (span.makeUpWorkdays.length > 0) {
    lines.push(t.makeUpLine(span.makeUpWorkdays.map((m) => t.makeUpItem(day(m.date), m.name[lang])).join(t.listSep)));
  }
  lines.push(t.countingConvention(result.workdays));
  const years = [...new Set([yearOf(result.start), yearOf(result.due)])].filter((y) => !span.missingYears.includes(y));
  if (years.length > 0) lines.push(t.officialSource(years));
  return lines.join('\n');
}

/** "从立项到竣工验收一共多少个工作日": the total, stage by stage, and an offer to compute a date. */
export function composeTotalReply(target: DeadlineTarget, lang: Lang): string {
  const t = calendarText(lang);
  const parts = target.stages.map((s) => t.totalPart(stageName(s, lang), s.workdays)).join(t.partSep);
  return `${t.total(targetName(target, lang, t), total(target), parts)}\n${t.offerDate}`;
}

/** Asks for the submission date, stating the time limit. */
export function composeAskDate(target: DeadlineTarget, lang: Lang): string {
  const t = calendarText(lang);
  return t.askDate(targetName(target, lang, t), total(target));
}

/** Asks which stage a submission date is for, listing the stages and their limits. */
export function composeAskStage(start: PlainDate, stages: readonly StageLimit[], lang: Lang): string {
  const t = calendarText(lang);
  return t.askStage(t.date(day(start)), stages.map((s) => composeStageOption(s, lang)).join(t.listSep));
}

/** A stage with its limit, as offered in a list or on a button: 施工许可（12个工作日）. */
export function composeStageOption(stage: StageLimit, lang: Lang): string {
  return calendarText(lang).stageOption(stageName(stage, lang), stage.workdays);
}

/** "2月30日" is not a date. */
export function composeInvalidDate(matched: string, lang: Lang): string {
  return calendarText(lang).dateInvalid(matched);
}

/** Asks again for the submission date, after one that could not be used. */
export function composeAskDateAgain(lang: Lang): string {
  return calendarText(lang).askDateAgain;
}
