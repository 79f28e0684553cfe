import type { DayParts, DeadlineText } from '../zh/deadline.js';

/** English texts of the working-day calendar and the deadline calculator; same keys (and parameters) as the Chinese module. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const shortDate = (d: DayParts): string => `${d.day} ${MONTHS[d.month - 1]}`;

export const deadline: DeadlineText = {
  dateNone: 'I could not find a date. Please give the submission date, e.g. "8 October 2026", "Oct 8", "next Monday" or "tomorrow".',
  dateInvalid: (matched) => `"${matched}" is not a real date; please check the month and the day (February has 28 or 29 days).`,
  date: (d) => `${DAYS[d.weekday]} ${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  shortDate,
  range: (from, to, days) => (days === 1 ? shortDate(from) : `${shortDate(from)} – ${shortDate(to)}, ${days} days`),
  listSep: '; ',
  partSep: ', ',
  holidayItem: (name, range) => `${name} (${range})`,
  stageOption: (name, workdays) => `${name} (${workdays} working days)`,
  stageLimit: (stage, workdays) => `${stage}: time limit ${workdays} working days.`,
  chainHeader: (name, stages, workdays) => `${name} (${stages} stages, one after another): ${workdays} working days in total.`,
  wholeChain: 'The whole process from project approval to completion acceptance',
  stageRange: (first, last) => `From ${first} to ${last}`,
  startLine: (date) => `Submitted: ${date}`,
  stageDueLine: (i, stage, workdays, due) => `${i}. ${stage} (${workdays} working days): done by ${due}`,
  chainAssumption: '(Assuming each stage is submitted on the day the previous one is done.)',
  dueLine: (date, estimated) => `${estimated ? 'Due (ESTIMATE)' : 'Due'}: ${date}`,
  holidaysLine: (list) => `Public holidays skipped: ${list}`,
  noHolidays: 'No public holidays in between; only weekends were skipped.',
  makeUpLine: (list) => `Weekend working days counted: ${list}`,
  makeUpItem: (d, holiday) => `${DAYS[d.weekday]} ${shortDate(d)} (make-up day for ${holiday})`,
  estimate: (years) =>
    `[ESTIMATE] The official public-holiday schedule for ${years.join(', ')} is not in the calendar yet (it may not be published). For that year only weekends are skipped, not holidays, so the real date may be later.`,
  officialSource: (years) => `Holidays follow the State Council's official schedule for ${years.join(', ')}.`,
  total: (name, workdays, parts) => `${name} takes ${workdays} working days in total: ${parts} (working days exclude weekends and public holidays).`,
  totalPart: (stage, workdays) => `${stage} ${workdays}`,
  offerDate: 'Tell me the submission date (e.g. "Oct 8" or "next Monday") and I will work out the due date.',
  askDate: (name, workdays) =>
    `${name} takes ${workdays} working days. Tell me the submission date (e.g. "28 Sep" or "next Monday") and I will work out the due date.`,
  askDateAgain: 'Please send the submission date again, e.g. "2026-10-08", "Oct 8" or "next Monday".',
  askStage: (date, options) => `Submission date: ${date}. Which approval stage is it? ${options}`,
  countingConvention: (workdays) =>
    `How it is counted: the day of submission is not counted; the first working day after it is day 1, and the due date is working day ${workdays}. Weekends and public holidays do not count; weekend days officially made working days do.`,
  reminder: (year) =>
    `Reminder: the calendar has no official public-holiday schedule for ${year} yet (knowledge/calendar/${year}.yaml). Once the State Council publishes it, please add the file in the same format as 2026.yaml; until then, due dates in ${year} are estimates that count weekends only.`,
};
