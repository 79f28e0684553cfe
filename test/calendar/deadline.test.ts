import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../src/calendar/calendar.js';
import {
  composeDeadlineAnswer,
  composeDeadlineReply,
  computeDeadline,
  parseDeadlineQuestion,
  stageLimitsFrom,
  type DeadlineQuestion,
  type StageLimit,
} from '../../src/calendar/deadline.js';
import { loadCalendar } from '../../src/calendar/load-calendar.js';

const KNOWLEDGE_CALENDAR = fileURLToPath(new URL('../../knowledge/calendar', import.meta.url));
const TODAY = '2026-11-27';
/** As the knowledge entries state them, deliberately out of order. */
const STAGES: StageLimit[] = stageLimitsFrom([
  { stage: 'construction-permit', workdays: 12 },
  { stage: 'land-planning', workdays: 8 },
  { stage: 'completion-acceptance', workdays: 8 },
  { stage: 'construction-planning', workdays: 12 },
  { stage: 'construction-permit', workdays: 99 },
  {},
]);

let calendar: WorkCalendar;
beforeAll(async () => {
  ({ calendar } = await loadCalendar(KNOWLEDGE_CALENDAR));
});

const ask = (text: string): DeadlineQuestion => parseDeadlineQuestion(text, TODAY, STAGES);
const stageIds = (q: DeadlineQuestion): string[] => ('target' in q && q.target ? q.target.stages.map((s) => s.stage) : []);

describe('stage limits from the knowledge entries', () => {
  it('keeps one limit per stage, in the order the stages are run, with their names', () => {
    expect(STAGES.map((s) => [s.stage, s.workdays])).toEqual([
      ['land-planning', 8],
      ['construction-planning', 12],
      ['construction-permit', 12],
      ['completion-acceptance', 8],
    ]);
    expect(STAGES[2]?.names.zh).toContain('施工证');
  });
});

describe('the four example questions of the issue', () => {
  it('我9月28日提交施工许可申请，最晚哪天办结？ → the next 28 September, 2027, as a marked estimate', () => {
    const q = ask('我9月28日提交施工许可申请，最晚哪天办结？');
    expect(q).toMatchObject({ kind: 'deadline', start: '2027-09-28', matched: '9月28日' });
    expect(stageIds(q)).toEqual(['construction-permit']);
    const reply = composeDeadlineAnswer(q, calendar, STAGES, 'zh') ?? '';
    expect(reply.startsWith('【估算】2027年')).toBe(true);
    expect(reply).toContain('办结期限（估算）：2027年10月14日（周四）');
    expect(reply).not.toContain('期间没有法定节假日');
  });

  it('如果下周一申请建设工程规划许可，什么时候能拿证 → 12 working days after Monday 30 November', () => {
    const q = ask('如果下周一申请建设工程规划许可，什么时候能拿证');
    expect(q).toMatchObject({ kind: 'deadline', start: '2026-11-30' });
    expect(stageIds(q)).toEqual(['construction-planning']);
    const reply = composeDeadlineAnswer(q, calendar, STAGES, 'zh');
    expect(reply).toBe(
      [
        '建设工程规划许可：审批时限12个工作日。',
        '提交日：2026年11月30日（周一）',
        '办结期限：2026年12月16日（周三）',
        '期间没有法定节假日，只跳过了周末。',
        '计算方法：提交（受理）当日不计入，自次日起的第一个工作日算第1天，第12个工作日即为办结期限；周末和法定节假日不计，调休上班的周末计入。',
        '节假日依据国务院办公厅公布的2026年放假安排。',
      ].join('\n'),
    );
  });

  it('If I apply for the construction permit on 28 Sep 2026… → Tue 20 Oct 2026, naming National Day', () => {
    const q = ask('If I apply for the construction permit on 28 Sep 2026, when will it be done?');
    expect(q).toMatchObject({ kind: 'deadline', start: '2026-09-28' });
    expect(stageIds(q)).toEqual(['construction-permit']);
    const reply = composeDeadlineAnswer(q, calendar, STAGES, 'en') ?? '';
    expect(reply).toContain('Construction permit: time limit 12 working days.');
    expect(reply).toContain('Submitted: Mon 28 Sep 2026');
    expect(reply).toContain('Due: Tue 20 Oct 2026');
    expect(reply).toContain('Public holidays skipped: National Day (1 Oct – 7 Oct, 7 days)');
    expect(reply).toContain('Sat 10 Oct (make-up day for National Day)');
    expect(reply).toContain('the day of submission is not counted');
    expect(reply).not.toContain('ESTIMATE');
  });

  it('从立项到竣工验收审批一共要多少个工作日 → 40 working days in total, without a due date', () => {
    const q = ask('从立项到竣工验收审批一共要多少个工作日');
    expect(q).toMatchObject({ kind: 'total', target: { wholeChain: true } });
    expect(stageIds(q)).toHaveLength(4);
    const reply = composeDeadlineAnswer(q, calendar, STAGES, 'zh') ?? '';
    expect(reply).toContain('从立项到竣工验收全流程合计40个工作日');
    expect(reply).toContain('立项用地规划许可8个、建设工程规划许可12个、施工许可12个、竣工联合验收8个');
    expect(reply).not.toContain('办结期限');
  });
});

describe('the whole chain with a date', () => {
  it('runs the stages one after another and shows each stage’s due date', () => {
    const q = ask('all four stages, starting 28 Sep 2026 — when is everything done?');
    expect(q).toMatchObject({ kind: 'deadline', target: { wholeChain: true } });
    if (q.kind !== 'deadline') return;
    const result = computeDeadline(calendar, q.target, q.start);
    expect(result.workdays).toBe(40);
    expect(result.stages.map((s) => [s.stage.stage, s.start, s.due])).toEqual([
      ['land-planning', '2026-09-28', '2026-10-14'],
      ['construction-planning', '2026-10-14', '2026-10-30'],
      ['construction-permit', '2026-10-30', '2026-11-17'],
      ['completion-acceptance', '2026-11-17', '2026-11-27'],
    ]);
    expect(result.due).toBe('2026-11-27');
    const reply = composeDeadlineReply(result, 'zh');
    expect(reply).toContain('3. 施工许可（12个工作日）：2026年11月17日（周二）办结');
    expect(reply).toContain('第40个工作日');
  });

  it('reads "审批一共…" without a stage as the whole chain', () => {
    expect(ask('审批一共要多少个工作日？')).toMatchObject({ kind: 'total', target: { wholeChain: true } });
  });

  it('takes two named stages as the run of stages between them', () => {
    expect(stageIds(ask('从施工许可到竣工验收，下周一提交，什么时候办完'))).toEqual(['construction-permit', 'completion-acceptance']);
  });
});

describe('questions the bot answers by asking back', () => {
  it('asks for the date when a stage is named but no date is given', () => {
    const q = ask('施工许可什么时候能办完？');
    expect(q).toMatchObject({ kind: 'date-missing' });
    expect(composeDeadlineAnswer(q, calendar, STAGES, 'zh')).toContain('请告诉我提交日期');
  });

  it('asks for the stage when a submission date is given but no stage', () => {
    const q = ask('我明天提交申请，什么时候办结？');
    expect(q).toEqual({ kind: 'stage-missing', start: '2026-11-28', matched: '明天' });
    expect(composeDeadlineAnswer(q, calendar, STAGES, 'en')).toContain('Which approval stage is it?');
  });

  it('says clearly that 2月30日 is not a date', () => {
    const q = ask('施工许可2月30日提交，哪天办结');
    expect(q).toMatchObject({ kind: 'invalid-date', matched: '2月30日' });
    expect(composeDeadlineAnswer(q, calendar, STAGES, 'zh')).toContain('“2月30日”不是一个存在的日期');
  });

  it('recognises a traditional-Chinese question', () => {
    expect(ask('下週一申請施工許可證，什麼時候能辦結')).toMatchObject({ kind: 'deadline', start: '2026-11-30' });
  });
});

describe('messages that are not deadline questions', () => {
  it.each(['施工许可要多久', '施工许可审批一共要多少天', '施工许可需要什么材料', '明天办事大厅几点开门', '施工许可证新规2026年1月1日起实行', 'hello'])('leaves "%s" to the knowledge base', (text) => {
    const q = ask(text);
    expect(q).toEqual({ kind: 'none' });
    expect(composeDeadlineAnswer(q, calendar, STAGES, 'zh')).toBeNull();
  });
});
