import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerRecord } from '../../src/answer/answer-record.js';
import { parseEvalSet } from '../../src/eval/eval-set.js';
import { formatEvalReport, scoreEval } from '../../src/eval/score.js';
import { shippedAssistant } from '../fixtures/real-assistant.js';

describe('accuracy on the evaluation set (npm run eval)', () => {
  const cases = parseEvalSet(readFileSync('test/eval/questions.yaml', 'utf8'));
  const report = scoreEval(cases, cases.map((c) => answerRecord(shippedAssistant(), c.q)));

  it('has a real question set: at least 250 questions of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(new Set(cases.map((c) => c.kind))).toEqual(
      new Set(['zh', 'zh-Hant', 'en', 'typo', 'colloquial', 'mixed', 'out-of-scope', 'smalltalk']),
    );
  });

  // Both are the targets (95% in scope, at most 5% of out-of-scope questions answered), met on
  // this held-out set, on what the bot serves (entries and published policies): 96.4% and 4.2% (2 of
  // 48) when the ceiling was tightened from the 7% that guarded the 6.3% measured before. Never loosen
  // either to make a change pass.
  it('answers at least 95% of in-scope questions with the right entry', () => {
    expect(report.inScope.accuracy, formatEvalReport(report)).toBeGreaterThanOrEqual(0.95);
  });

  it('answers at most 5% of out-of-scope questions', () => {
    expect(report.outOfScope.rate, formatEvalReport(report)).toBeLessThanOrEqual(0.05);
  });
});
