import type { FollowupItem } from './types.js';

/** The desk at a glance, for /stats. */
export interface DeskStats {
  readonly open: number;
  readonly answered: number;
  readonly dismissed: number;
  readonly total: number;
  /** answered / total (0–1); null when there are no items. Dismissed items count as not answered. */
  readonly answerRate: number | null;
  /** Median of (answered at − first asked at) over answered items, in milliseconds; null when none. */
  readonly medianAnswerMs: number | null;
  /** Open items grouped by their nearest knowledge entry (null: none was near), most asked first. */
  readonly topUnanswered: readonly TopicCount[];
}

export interface TopicCount {
  readonly entryId: string | null;
  readonly items: number;
  readonly asks: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Computes the statistics of a set of items (normally all of them). `top` limits the topic list. */
export function deskStats(items: readonly FollowupItem[], top = 5): DeskStats {
  const count = (s: FollowupItem['status']) => items.filter((i) => i.status === s).length;
  const answeredItems = items.filter((i) => i.status === 'answered' && i.closedAt);
  const topics = new Map<string | null, { items: number; asks: number }>();
  for (const item of items) {
    if (item.status !== 'open') continue;
    const key = item.nearest[0]?.entryId ?? null;
    const t = topics.get(key) ?? { items: 0, asks: 0 };
    topics.set(key, { items: t.items + 1, asks: t.asks + item.askCount });
  }
  return {
    open: count('open'),
    answered: answeredItems.length,
    dismissed: count('dismissed'),
    total: items.length,
    answerRate: items.length === 0 ? null : answeredItems.length / items.length,
    medianAnswerMs: median(answeredItems.map((i) => i.closedAt!.getTime() - i.firstAskedAt.getTime())),
    topUnanswered: [...topics]
      .map(([entryId, t]) => ({ entryId, ...t }))
      .sort((a, b) => b.asks - a.asks || b.items - a.items || String(a.entryId).localeCompare(String(b.entryId)))
      .slice(0, top),
  };
}
