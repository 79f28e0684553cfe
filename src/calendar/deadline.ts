import { escapeRegExp } from '../core/escape-regexp.js';
import type { Bilingual, KnowledgeEntry, Lang } from '../knowledge/types.js';
import { addWorkdays, type WorkCalendar, type WorkdaySpan } from './calendar.js';
import { composeAskDate, composeAskStage, composeDeadlineReply, composeInvalidDate, composeTotalReply } from './deadline-reply.js';
import { foldText, parseDate } from './parse-date.js';
import type { PlainDate } from './plain-date.js';

export { composeDeadlineReply, composeTotalReply } from './deadline-reply.js';


/** One approval stage and its legal time limit, with the names people use for it. */
export interface StageLimit {
  readonly stage: string;
  readonly workdays: number;
  /** Aliases; the first of each language is the display name. */
  readonly names: Bilingual<readonly string[]>;
}

/** The four stages of the construction-project approval chain, in the order they are run. */
export const STAGE_ORDER = ['land-planning', 'construction-planning', 'construction-permit', 'completion-acceptance'] as const;

export const DEFAULT_STAGE_NAMES: Readonly<Record<string, Bilingual<readonly string[]>>> = Object.freeze({
  'land-planning': {
    zh: ['立项用地规划许可', '立项用地规划', '用地规划许可证', '用地规划许可', '立项'],
    en: ['land-use planning permit', 'land use planning', 'land planning', 'project approval'],
  },
  'construction-planning': {
    zh: ['建设工程规划许可', '建设工程规划许可证', '工程规划许可证', '工程规划许可'],
    en: ['construction planning permit', 'construction project planning permit', 'construction works planning permit', 'construction planning'],
  },
  'construction-permit': {
    zh: ['施工许可', '施工许可证', '建筑工程施工许可证', '施工证'],
    en: ['construction permit', 'building permit', 'construction licence', 'construction license'],
  },
  'completion-acceptance': {
    zh: ['竣工联合验收', '竣工验收', '联合验收'],
    en: ['completion acceptance', 'final acceptance', 'joint acceptance', 'completion inspection'],
  },
});

/**
 * The stage limits stated by knowledge entries (`stage` and `workdays` both set), one per stage,
 * in `STAGE_ORDER` (unknown stages after, in entry order). The first entry for a stage wins.
 */
export function stageLimitsFrom(entries: readonly Pick<KnowledgeEntry, 'stage' | 'workdays'>[]): StageLimit[] {
  const byStage = new Map<string, StageLimit>();
  for (const e of entries) {
    if (e.stage === undefined || e.workdays === undefined || byStage.has(e.stage)) continue;
    const names = DEFAULT_STAGE_NAMES[e.stage] ?? { zh: [e.stage], en: [e.stage] };
    byStage.set(e.stage, { stage: e.stage, workdays: e.workdays, names });
  }
  const rank = (s: string): number => {
    const i = (STAGE_ORDER as readonly string[]).indexOf(s);
    return i < 0 ? STAGE_ORDER.length : i;
  };
  return [...byStage.values()].sort((a, b) => rank(a.stage) - rank(b.stage));
}

/** One stage, or consecutive stages run one after another (`wholeChain` when all of them). */
export interface DeadlineTarget {
  readonly stages: readonly StageLimit[];
  readonly wholeChain: boolean;
}

/** What a message asks about deadlines; every outcome is a value the bot handles. */
export type DeadlineQuestion =
  | { readonly kind: 'none' }
  /** Several stages and no date: answer the total number of working days. */
  | { readonly kind: 'total'; readonly target: DeadlineTarget }
  /** Asks for a due date but gives no start date: ask for it. */
  | { readonly kind: 'date-missing'; readonly target: DeadlineTarget }
  /** A start date that does not exist (2月30日). */
  | { readonly kind: 'invalid-date'; readonly target: DeadlineTarget; readonly matched: string }
  /** A submission date and a due-date question, but no stage: ask which stage. */
  | { readonly kind: 'stage-missing'; readonly start: PlainDate; readonly matched: string }
  | { readonly kind: 'deadline'; readonly target: DeadlineTarget; readonly start: PlainDate; readonly matched: string };

/** Always the whole chain, even when one stage is also named. */
const CHAIN = /全部(?:四个)?阶段|所有阶段|四个阶段|全流程|整个流程|全过程|从立项到竣工|all (?:four |4 )?stages|(?:whole|entire|full) (?:approval )?(?:process|chain)|from start to finish|end[- ]to[- ]end/;
/** The whole chain only when no stage is named ("施工许可一共多久" is about one stage). */
const CHAIN_IF_NO_STAGE = /(?:审批|办下来|办完).{0,6}(?:一共|总共|合计|全部)|(?:一共|总共|合计|全部).{0,6}(?:审批|办下来|办完)|total approval time|approvals? (?:take )?(?:in total|altogether)/;
const WHEN = /哪天|哪一天|什么时候|啥时候|何时|几号|几月几|最晚|最迟|截止|到期|办结|办完|办好|办下来|拿证|拿到|出证|下证|\bwhen\b|what date|which date|\bdue\b|deadline|\bdone\b|\bfinish|\bcompleted?\b|\bready\b/;
const TOTAL = /多少个?工作日|几个工作日|多少天|几天|多久|多长时间|how many (?:working |business )?days|how long|in total|altogether/;
const SUBMIT = /提交|申请|申报|递交|受理|审批|\bappl(?:y|ied|ication)\b|\bsubmit/;

/** Indexes (into `stages`) of the stages named in folded text; longer names claim text first. */
function stagesNamed(folded: string, stages: readonly StageLimit[]): Set<number> {
  const hits: { i: number; at: number; len: number }[] = [];
  stages.forEach((s, i) => {
    for (const alias of [...s.names.zh, ...s.names.en]) {
      const latin = /^[\x00-\x7f]+$/.test(alias);
      const body = escapeRegExp(foldText(alias)).replace(/[\s-]+/g, '[\\s-]+');
      const re = new RegExp(latin ? `\\b${body}s?\\b` : body, 'g');
      for (const m of folded.matchAll(re)) hits.push({ i, at: m.index, len: m[0].length });
    }
  });
  hits.sort((a, b) => b.len - a.len);
  const taken: boolean[] = [];
  const found = new Set<number>();
  for (const h of hits) {
    if (taken.slice(h.at, h.at + h.len).some(Boolean)) continue;
    for (let k = h.at; k < h.at + h.len; k++) taken[k] = true;
    found.add(h.i);
  }
  return found;
}

/**
 * Reads a deadline question: a stage (or consecutive stages, or the whole chain) and a start date,
 * in Chinese or English. `stages` must be in process order (as `stageLimitsFrom` returns them);
 * naming two stages ("从立项到竣工验收") means every stage from the first to the last.
 */
export function parseDeadlineQuestion(text: string, today: PlainDate, stages: readonly StageLimit[]): DeadlineQuestion {
  const folded = foldText(text);
  const named = [...stagesNamed(folded, stages)].sort((a, b) => a - b);
  const chain = stages.length > 0 && (CHAIN.test(folded) || (named.length === 0 && CHAIN_IF_NO_STAGE.test(folded)));
  const first = chain ? 0 : named[0];
  const last = chain ? stages.length - 1 : named[named.length - 1];
  const target: DeadlineTarget | null =
    first === undefined || last === undefined
      ? null
      : { stages: stages.slice(first, last + 1), wholeChain: first === 0 && last === stages.length - 1 && stages.length > 1 };
  const date = parseDate(text, today);
  const asksWhen = WHEN.test(folded);
  // A date next to a stage name is a start date only in a question about submitting or finishing.
  const aboutDeadline = asksWhen || SUBMIT.test(folded);

  if (!target) {
    if (date.ok && asksWhen && SUBMIT.test(folded)) return { kind: 'stage-missing', start: date.date, matched: date.matched };
    return { kind: 'none' };
  }
  if (date.ok && aboutDeadline) return { kind: 'deadline', target, start: date.date, matched: date.matched };
  if (!date.ok && date.reason === 'invalid-date' && aboutDeadline) return { kind: 'invalid-date', target, matched: date.matched };
  if (asksWhen) return { kind: 'date-missing', target };
  if (target.stages.length > 1 && (chain || TOTAL.test(folded))) return { kind: 'total', target };
  // One stage and no date: "施工许可要多久" is the knowledge base's to answer.
  return { kind: 'none' };
}

export interface StageDue {
  readonly stage: StageLimit;
  readonly start: PlainDate;
  readonly due: PlainDate;
}

export interface DeadlineResult {
  readonly target: DeadlineTarget;
  readonly start: PlainDate;
  readonly due: PlainDate;
  /** Sum of the stages' limits. */
  readonly workdays: number;
  /** Each stage's own due date; a stage starts on the day the previous one is due. */
  readonly stages: readonly StageDue[];
  /** The whole span: skipped holidays, counted make-up days, estimate marking. */
  readonly span: WorkdaySpan;
}

function asTarget(t: StageLimit | DeadlineTarget): DeadlineTarget {
  return 'stages' in t ? t : { stages: [t], wholeChain: false };
}

/** Due dates for a stage or a run of stages submitted on `start`, by the counting convention (src/calendar/calendar.ts). */
export function computeDeadline(calendar: WorkCalendar, stageOrChain: StageLimit | DeadlineTarget, start: PlainDate): DeadlineResult {
  const target = asTarget(stageOrChain);
  const dues: StageDue[] = [];
  let from = start;
  for (const stage of target.stages) {
    const due = addWorkdays(calendar, from, stage.workdays).due;
    dues.push({ stage, start: from, due });
    from = due;
  }
  const workdays = target.stages.reduce((n, s) => n + s.workdays, 0);
  const span = addWorkdays(calendar, start, workdays);
  return { target, start, due: span.due, workdays, stages: dues, span };
}

/**
 * The whole answer to a parsed deadline question, or null when the message is not one (`none`):
 * the bot then answers from the knowledge base as usual. `stages` lists the options when the
 * question names no stage.
 */
export function composeDeadlineAnswer(
  question: DeadlineQuestion,
  calendar: WorkCalendar,
  stages: readonly StageLimit[],
  lang: Lang,
): string | null {
  switch (question.kind) {
    case 'none':
      return null;
    case 'total':
      return composeTotalReply(question.target, lang);
    case 'date-missing':
      return composeAskDate(question.target, lang);
    case 'invalid-date':
      return composeInvalidDate(question.matched, lang);
    case 'stage-missing':
      return composeAskStage(question.start, stages, lang);
    case 'deadline':
      return composeDeadlineReply(computeDeadline(calendar, question.target, question.start), lang);
  }
}
