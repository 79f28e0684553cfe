import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../src/calendar/calendar.js';
import { deadlineTap, deadlineTurn, type Awaiting, type DeadlineContext } from '../../src/calendar/deadline-dialog.js';
import { stageLimitsFrom, type StageLimit } from '../../src/calendar/deadline.js';
import { loadCalendar } from '../../src/calendar/load-calendar.js';

const KNOWLEDGE_CALENDAR = fileURLToPath(new URL('../../knowledge/calendar', import.meta.url));
const TODAY = '2026-11-27';
const STAGES: StageLimit[] = stageLimitsFrom([
  { stage: 'land-planning', workdays: 8 },
  { stage: 'construction-planning', workdays: 12 },
  { stage: 'construction-permit', workdays: 12 },
  { stage: 'completion-acceptance', workdays: 8 },
]);
const PERMIT: Awaiting = { kind: 'date', stages: ['construction-permit'] };

let calendar: WorkCalendar;
beforeAll(async () => {
  ({ calendar } = await loadCalendar(KNOWLEDGE_CALENDAR));
});

const ctx = (awaiting: Awaiting | null = null, lang: 'zh' | 'en' = 'zh'): DeadlineContext => ({ today: TODAY, calendar, stages: STAGES, lang, awaiting });

describe('a message when the bot is waiting for nothing', () => {
  it('answers a deadline question with the due date and waits for nothing more', () => {
    const turn = deadlineTurn('If I apply for the construction permit on 28 Sep 2026, when will it be done?', ctx(null, 'en'));
    expect(turn.reply).toContain('Due: Tue 20 Oct 2026');
    expect(turn.awaiting).toBeNull();
  });

  it('asks for the date when a stage is named without one, and then waits for it', () => {
    const turn = deadlineTurn('我下周提交施工许可，哪天办结', ctx());
    expect(turn.reply).toContain('请告诉我提交日期');
    expect(turn.awaiting).toEqual(PERMIT);
  });

  it('answers the total of the whole chain and waits for a date for all four stages', () => {
    const turn = deadlineTurn('从立项到竣工验收审批一共要多少个工作日', ctx());
    expect(turn.reply).toContain('合计40个工作日');
    expect(turn.awaiting).toEqual({ kind: 'date', stages: ['land-planning', 'construction-planning', 'construction-permit', 'completion-acceptance'] });
  });

  it('refuses 2月30日 and asks again, still waiting for that stage', () => {
    const turn = deadlineTurn('施工许可2月30日提交，哪天办结', ctx());
    expect(turn.reply).toContain('“2月30日”不是一个存在的日期');
    expect(turn.reply).toContain('请重新发送提交日期');
    expect(turn.awaiting).toEqual(PERMIT);
  });

  it('asks which stage a date is for, with one button per stage', () => {
    const turn = deadlineTurn('我明天提交申请，什么时候办结？', ctx());
    expect(turn.reply).toContain('请问是哪个审批阶段');
    expect(turn.choices.map((c) => c.stage)).toEqual(STAGES.map((s) => s.stage));
    expect(turn.choices[2]?.label).toBe('施工许可（12个工作日）');
    expect(turn.awaiting).toEqual({ kind: 'stage', start: '2026-11-28' });
  });

  it.each(['施工许可要多久', '施工许可需要什么材料', '2026-12-01', 'hello'])('leaves "%s" to the knowledge base', (text) => {
    expect(deadlineTurn(text, ctx())).toEqual({ reply: null, choices: [], awaiting: null });
  });

  it('leaves everything to the knowledge base when no stage has a time limit', () => {
    expect(deadlineTurn('我9月28日提交施工许可申请，最晚哪天办结？', { ...ctx(), stages: [] }).reply).toBeNull();
  });
});

describe('a message when the bot asked for a submission date', () => {
  it('takes a date as the submission date for the stage asked about', () => {
    const turn = deadlineTurn('2026-12-01', ctx(PERMIT));
    expect(turn.reply).toContain('施工许可：审批时限12个工作日。');
    expect(turn.reply).toContain('办结期限：2026年12月17日（周四）');
    expect(turn.awaiting).toBeNull();
  });

  it('reads relative dates from today: 下周一 is Monday 30 November', () => {
    expect(deadlineTurn('下周一', ctx(PERMIT)).reply).toContain('提交日：2026年11月30日（周一）');
  });

  it('takes "明天提交，什么时候办结" as the date for the stage asked about, not as a new question', () => {
    expect(deadlineTurn('明天提交，什么时候办结？', ctx(PERMIT)).reply).toContain('提交日：2026年11月28日（周六）');
  });

  it('marks a date in a year without an official schedule as an estimate', () => {
    const reply = deadlineTurn('2027-03-01', ctx(PERMIT)).reply ?? '';
    expect(reply.startsWith('【估算】2027年')).toBe(true);
    expect(reply).toContain('办结期限（估算）');
  });

  it('refuses an impossible date and keeps waiting', () => {
    const turn = deadlineTurn('2月30日', ctx(PERMIT));
    expect(turn.reply).toContain('“2月30日”不是一个存在的日期');
    expect(turn.awaiting).toBe(PERMIT);
  });

  it('stops waiting on a message that is not a date, and leaves it to the knowledge base', () => {
    expect(deadlineTurn('施工许可需要什么材料', ctx(PERMIT))).toEqual({ reply: null, choices: [], awaiting: null });
  });

  it('answers a new deadline question about another stage as that stage', () => {
    const turn = deadlineTurn('竣工验收下周一申请，什么时候办完', ctx(PERMIT));
    expect(turn.reply).toContain('竣工联合验收：审批时限8个工作日。');
    expect(turn.awaiting).toBeNull();
  });

  it('stops waiting when the stage asked about no longer has a time limit', () => {
    const stages = STAGES.filter((s) => s.stage !== 'construction-permit');
    expect(deadlineTurn('2026-12-01', { ...ctx(PERMIT), stages })).toEqual({ reply: null, choices: [], awaiting: null });
  });
});

describe('a tap on 📅', () => {
  it('asks for the submission date of that stage, stating its limit', () => {
    const turn = deadlineTap('construction-permit', ctx(null, 'en'));
    expect(turn.reply).toContain('Construction permit takes 12 working days');
    expect(turn.awaiting).toEqual(PERMIT);
  });

  it('computes at once when the submission date was already given (the stage buttons)', () => {
    const turn = deadlineTap('construction-permit', ctx({ kind: 'stage', start: '2026-11-28' }));
    expect(turn.reply).toContain('办结期限：2026年12月15日（周二）');
    expect(turn.awaiting).toBeNull();
  });

  it('has no reply for a stage without a time limit (an old button)', () => {
    expect(deadlineTap('no-such-stage', ctx()).reply).toBeNull();
  });

  it('keeps waiting for a stage across messages that are not deadline questions', () => {
    const waiting: Awaiting = { kind: 'stage', start: '2026-11-28' };
    expect(deadlineTurn('施工许可需要什么材料', ctx(waiting))).toEqual({ reply: null, choices: [], awaiting: waiting });
  });
});
