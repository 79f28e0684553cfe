import { describe, expect, it } from 'vitest';
import { deskStats, median } from '../../src/followup/stats.js';
import type { FollowupItem } from '../../src/followup/types.js';

const HOUR = 3_600_000;
const t0 = new Date('2026-03-01T00:00:00Z');

function item(id: number, over: Partial<FollowupItem> = {}): FollowupItem {
  return {
    id, text: `q${id}`, normalized: `q${id}`, groupKey: `q ${id}`, reason: 'no-match', nearest: [], status: 'open',
    askCount: 1, firstAskedAt: t0, lastAskedAt: t0, answer: null, closedBy: null, closedAt: null, dismissReason: null,
    anonymizedAt: null, ...over,
  };
}
const answeredAfter = (id: number, hours: number) =>
  item(id, { status: 'answered', answer: 'a', closedAt: new Date(t0.getTime() + hours * HOUR) });

describe('desk statistics', () => {
  it('takes the median of odd and even counts, and nothing of none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts statuses, the answer rate and the median time to answer', () => {
    const s = deskStats([answeredAfter(1, 2), answeredAfter(2, 10), answeredAfter(3, 4), item(4), item(5, { status: 'dismissed' })]);
    expect(s).toMatchObject({ open: 1, answered: 3, dismissed: 1, total: 5, answerRate: 0.6, medianAnswerMs: 4 * HOUR });
  });

  it('has no rate or median when nothing was asked or answered', () => {
    expect(deskStats([])).toMatchObject({ total: 0, answerRate: null, medianAnswerMs: null, topUnanswered: [] });
    expect(deskStats([item(1)]).medianAnswerMs).toBeNull();
  });

  it('ranks unanswered topics by how often they were asked, grouped by nearest entry', () => {
    const near = (entryId: string) => [{ entryId, score: 1 }];
    const s = deskStats([
      item(1, { nearest: near('land-price'), askCount: 2 }),
      item(2, { nearest: near('land-price'), askCount: 1 }),
      item(3, { nearest: near('tax-incentives'), askCount: 4 }),
      item(4, { askCount: 1 }),
      answeredAfter(5, 1),
    ]);
    expect(s.topUnanswered).toEqual([
      { entryId: 'tax-incentives', items: 1, asks: 4 },
      { entryId: 'land-price', items: 2, asks: 3 },
      { entryId: null, items: 1, asks: 1 },
    ]);
    expect(deskStats([item(1, { nearest: near('a') }), item(2, { nearest: near('b') })], 1).topUnanswered).toHaveLength(1);
  });
});
