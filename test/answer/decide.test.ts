import { describe, expect, it } from 'vitest';
import { decide } from '../../src/answer/decide.js';
import { searchConfig } from '../../src/search/config.js';
import type { SearchHit } from '../../src/search/engine.js';
import type { RankSignals } from '../../src/search/ranker.js';
import { entry } from '../telegram/support/entries.js';

const signals: RankSignals = {
  coverage: 1, phrasingCoverage: 1, queryCoverage: 1, aspectMismatch: 0, score: 10, relativeScore: 1, smalltalk: 0,
  matchedWeight: 10, unmatchedWeight: 0, unmatchedMax: 0, coverageGap: 0, foreignPlace: 0, unspokenAsk: 0,
  surfacePhrasing: 1, surfaceQuery: 1,
};
const hit = (id: string, confidence: number, extra: Partial<RankSignals> = {}): SearchHit => ({
  entry: entry(id), score: 10, confidence, signals: { ...signals, ...extra },
});
const config = searchConfig({ answerThreshold: 0.5, clarifyThreshold: 0.5, ambiguityMargin: 0.5 });
const smalltalk = (id: string, confidence: number): SearchHit => ({
  entry: entry(id, { category: 'smalltalk' }), score: 10, confidence, signals: { ...signals, smalltalk: 1 },
});

describe('deciding between close candidates', () => {
  it('answers when the best is far more certain in log-odds, though both are near 1', () => {
    const d = decide([hit('a', 0.999), hit('b', 0.976)], config);
    expect(d.status).toBe('answered');
    expect(d.candidates.map((c) => c.entry.id)).toEqual(['a']);
  });
  it('offers both when they are about equally uncertain', () => {
    const d = decide([hit('a', 0.62), hit('b', 0.58)], config);
    expect(d.status).toBe('clarify');
    expect(d.candidates.map((c) => c.entry.id)).toEqual(['a', 'b']);
  });
  it('never answers or offers an entry that does not speak of the procedure asked', () => {
    expect(decide([hit('getting-a-licence', 0.99, { unspokenAsk: 1 })], config).status).toBe('unresolved');
    const d = decide([hit('getting-a-licence', 0.99, { unspokenAsk: 1 }), hit('replacing-a-licence', 0.8)], config);
    expect(d.status).toBe('answered');
    expect(d.candidates[0]?.entry.id).toBe('replacing-a-licence');
  });
  it('answers the best of close pleasantries instead of asking which was meant (thanks and goodbye)', () => {
    const d = decide([smalltalk('smalltalk-thanks', 0.77), smalltalk('smalltalk-goodbye', 0.76)], config);
    expect(d.status).toBe('smalltalk');
    expect(d.candidates.map((c) => c.entry.id)).toEqual(['smalltalk-thanks']);
  });
});
