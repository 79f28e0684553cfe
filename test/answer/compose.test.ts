import { describe, expect, it } from 'vitest';
import { composeEntryReply, composeReply } from '../../src/answer/compose.js';
import type { AnswerDecision, Candidate } from '../../src/answer/types.js';
import type { KnowledgeEntry } from '../../src/knowledge/types.js';

const entry = (id: string, extra: Partial<KnowledgeEntry> = {}): KnowledgeEntry => ({
  id,
  category: 'permits',
  questions: { zh: [`${id} 要多久？`], en: [`How long does ${id} take?`] },
  answer: { zh: '审批时限为12个工作日，<b>不含</b>公示期 & 补正时间。', en: 'It takes 12 working days <b>excluding</b> notices & corrections.' },
  keywords: { zh: [], en: [] },
  source: '辽宁日报 2023-12-06',
  verified: '2026-11-27',
  related: [],
  origin: { file: 'permits.yaml', line: 1 },
  ...extra,
});

const decision = (status: AnswerDecision['status'], candidates: KnowledgeEntry[], lang: AnswerDecision['lang'] = 'zh'): AnswerDecision => ({
  status,
  question: 'q',
  normalized: 'q',
  lang,
  entry: status === 'answered' || status === 'smalltalk' ? (candidates[0] ?? null) : null,
  candidates: candidates.map((e): Candidate => ({ entry: e, score: 1, confidence: 0.9 })),
  confidence: 0.9,
});

describe('composing an answer', () => {
  it('escapes the answer for Telegram HTML and keeps the plain text intact', () => {
    const reply = composeEntryReply(entry('a'), 'zh');
    expect(reply.html).toContain('&lt;b&gt;不含&lt;/b&gt;公示期 &amp; 补正时间');
    expect(reply.html).not.toContain('<b>不含');
    expect(reply.text).toContain('<b>不含</b>公示期 & 补正时间');
  });

  it('states the source and when it was verified, in the reader’s language', () => {
    expect(composeEntryReply(entry('a'), 'zh').text).toContain('来源: 辽宁日报 2023-12-06 (核实于 2026-11-27)');
    expect(composeEntryReply(entry('a'), 'en').text).toContain('Source: 辽宁日报 2023-12-06 (verified 2026-11-27)');
  });

  it('cautions the reader when the answer is general national practice', () => {
    const general = entry('m', { source: '一般性国家规定（非喀左县发布，需工作人员核实）' });
    expect(composeEntryReply(general, 'en').text).toContain('general national practice');
  });

  it('offers related questions, the deadline calculator for a time limit, and 👍 / 👎', () => {
    const related = entry('r');
    const timed = entry('t', { related: ['r', 'missing'], stage: 'construction-permit', workdays: 12 });
    const reply = composeEntryReply(timed, 'zh', (id) => (id === 'r' ? related : undefined));
    const actions = reply.buttons.flat().map((b) => b.action);
    expect(actions).toEqual([
      { kind: 'entry', entryId: 'r' },
      { kind: 'deadline', stage: 'construction-permit' },
      { kind: 'feedback', helpful: true, entryId: 't' },
      { kind: 'feedback', helpful: false, entryId: 't' },
    ]);
  });

  it('writes traditional characters for a traditional-script reader, but quotes the source as written', () => {
    const reply = composeEntryReply(entry('a', { source: '辽宁日报 2023-12-06《喀左县：项目为王 大干快干》' }), 'zh-Hant');
    expect(reply.text).toContain('審批時限');
    expect(reply.text).toContain('來源: 辽宁日报 2023-12-06《喀左县：项目为王 大干快干》');
    expect(reply.buttons.flat().map((b) => b.text)).toEqual(expect.arrayContaining(['👍 有幫助', '👎 沒幫助']));
  });
});

describe('composing the other outcomes', () => {
  it('offers each candidate of a clarify as a button, and "none of these" last', () => {
    const reply = composeReply(decision('clarify', [entry('a'), entry('b')]));
    expect(reply.text).toContain('您想问的是哪一个？');
    expect(reply.buttons.map((row) => row[0]!.action)).toEqual([
      { kind: 'entry', entryId: 'a' },
      { kind: 'entry', entryId: 'b' },
      { kind: 'none-fits' },
    ]);
  });

  it('tells the user staff will reply to an unresolved question, with the closest topics', () => {
    const reply = composeReply(decision('unresolved', [entry('a')], 'en'));
    expect(reply.text).toContain('they will reply in this chat');
    expect(reply.buttons.flat().map((b) => b.action)).toEqual([{ kind: 'entry', entryId: 'a' }]);
  });

  it('answers small talk without a source line or rating buttons', () => {
    const hello = entry('hi', { category: 'smalltalk', answer: { zh: '您好！', en: 'Hello!' } });
    const reply = composeReply(decision('smalltalk', [hello]));
    expect(reply.text).toBe('您好！');
    expect(reply.buttons).toEqual([]);
  });
});
