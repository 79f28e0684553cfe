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

  // Floors at the level measured on this held-out set when the ranker was last trained (94.7% and
  // 8.3%, on what the bot serves: entries and published policies), so that any regression fails.
  // The targets (95% and 5%) are NOT met; tighten these as the engine improves, never
  // loosen them to make a change pass.
  it('answers at least 94.5% of in-scope questions with the right entry', () => {
    expect(report.inScope.accuracy, formatEvalReport(report)).toBeGreaterThanOrEqual(0.945);
  });

  it('answers at most 9% of out-of-scope questions', () => {
    expect(report.outOfScope.rate, formatEvalReport(report)).toBeLessThanOrEqual(0.09);
  });
});
