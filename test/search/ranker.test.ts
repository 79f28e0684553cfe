import { describe, expect, it } from 'vitest';
import { searchConfig } from '../../src/search/config.js';
import { rankCandidates } from '../../src/search/engine.js';
import { fitRanker, FEATURE_NAMES, probability, type RankSignals } from '../../src/search/ranker.js';
import { entry } from '../telegram/support/entries.js';

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
  unspokenAsk: 0,
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

describe('ordering the candidates', () => {
  it('puts first the candidate the answer model trusts most, even when the ranker prefers another', () => {
    const only = (feature: string, weight: number) => ({
      weights: FEATURE_NAMES.map((f) => (f === feature ? weight : 0)),
      bias: 0,
    });
    // The ranker likes a high BM25 score, the answer model likes coverage.
    const config = searchConfig({ ranker: only('relativeScore', 5), answerModel: only('coverage', 5) });
    const overview = { entry: entry('overview'), score: 10, signals: signals(0.3, 1) };
    const stage = { entry: entry('stage-duration'), score: 6, signals: signals(0.9, 0.6) };
    const ranked = rankCandidates([overview, stage], config);
    expect(ranked.map((h) => h.entry.id)).toEqual(['stage-duration', 'overview']);
    expect(ranked[0]!.confidence).toBeGreaterThan(ranked[1]!.confidence);
  });
});
