import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/answer/answer-record.js';
import type { EvalCase } from '../../src/eval/eval-set.js';
import { scoreEval } from '../../src/eval/score.js';

const kase = (q: string, expect: string[]): EvalCase => ({ q, expect, ambiguous: false, kind: expect.length ? 'zh' : 'out-of-scope' });
const record = (question: string, status: string, entry: string | null): AnswerRecord => ({
  question,
  status,
  entry,
  score: 1,
  confidence: 0.9,
  lang: 'zh',
  candidates: entry ? [{ entry, score: 1, confidence: 0.9 }] : [],
  reply: '',
  buttons: [],
});

describe('scoring answers against the evaluation set', () => {
  it('tells right answers from wrong ones and from questions left to staff', () => {
    const cases = [kase('a', ['x']), kase('b', ['x']), kase('c', ['x']), kase('d', []), kase('e', [])];
    const report = scoreEval(cases, [
      record('a', 'answered', 'x'),
      record('b', 'answered', 'y'),
      record('c', 'unresolved', null),
      record('d', 'answered', 'x'),
      record('e', 'unresolved', null),
    ]);
    expect(report.inScope).toEqual({ total: 3, correct: 1, accuracy: 1 / 3, wrong: 1 });
    expect(report.outOfScope).toEqual({ total: 2, answered: 1, rate: 0.5 });
    expect(report.misses.map((m) => m.case.q)).toEqual(['b', 'c', 'd']);
  });
});
