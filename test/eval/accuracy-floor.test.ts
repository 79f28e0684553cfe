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

  // The in-scope floor is the target (95%), met on this held-out set when the ranker was last
  // trained (95.0%, on what the bot serves: entries and published policies). The out-of-scope ceiling
  // is the level measured then (6.3%, 3 of 48): the 5% is NOT met yet. Tighten it as the
  // engine improves, never loosen either to make a change pass.
  it('answers at least 95% of in-scope questions with the right entry', () => {
    expect(report.inScope.accuracy, formatEvalReport(report)).toBeGreaterThanOrEqual(0.95);
  });

  it('answers at most 7% of out-of-scope questions', () => {
    expect(report.outOfScope.rate, formatEvalReport(report)).toBeLessThanOrEqual(0.07);
  });
});
