import { describe, expect, it } from 'vitest';
import { fitRanker, probability, type RankSignals } from '../../src/search/ranker.js';

const signals = (coverage: number, relativeScore: number): RankSignals => ({
  coverage,
  phrasingCoverage: coverage,
  queryCoverage: coverage,
  aspectMismatch: 0,
  score: relativeScore * 10,
  relativeScore,
  smalltalk: 0,
  matchedWeight: coverage * 10,
  unmatchedWeight: (1 - coverage) * 10,
  unmatchedMax: (1 - coverage) * 10,
  coverageGap: 0,
  foreignPlace: 0,
  otherAction: 0,
  surfacePhrasing: coverage,
  surfaceQuery: coverage,
});

describe('the ranker', () => {
  it('learns from labelled candidates that well-covered, top-scoring ones are right', () => {
    const samples = [
      ...[0.8, 0.9, 1].map((c) => ({ signals: signals(c, 1), correct: true })),
      ...[0.1, 0.2, 0.3].map((c) => ({ signals: signals(c, 0.4), correct: false })),
    ];
    const model = fitRanker(samples, { balance: false });
    expect(probability(signals(0.95, 1), model)).toBeGreaterThan(0.8);
    expect(probability(signals(0.15, 0.4), model)).toBeLessThan(0.2);
  });

  it('gives the same model for the same samples (no randomness in training)', () => {
    const samples = [{ signals: signals(1, 1), correct: true }, { signals: signals(0, 0.2), correct: false }];
    expect(fitRanker(samples)).toEqual(fitRanker(samples));
  });
});
