/**
 * The topics investors subscribe to: the county's four industrial clusters and the subjects its
 * policies are about. Ids are stable (they live in callback data and in the database); labels are
 * in the i18n modules.
 */
export const TOPIC_IDS = [
  'equipment',
  'semiconductor',
  'printing',
  'agrifood',
  'land',
  'startup',
  'energy',
  'incentives',
  'services',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/** What one subscriber wants: every topic (including topics added later), or a list of them. */
export type TopicSelection = 'all' | readonly TopicId[];

const KNOWN: ReadonlySet<string> = new Set(TOPIC_IDS);

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && KNOWN.has(value);
}

/** True when the selection takes nothing: the subscriber is not subscribed at all. */
export function isEmptySelection(selection: TopicSelection): boolean {
  return selection !== 'all' && selection.length === 0;
}

export function selectionIncludes(selection: TopicSelection, topic: TopicId): boolean {
  return selection === 'all' || selection.includes(topic);
}

/**
 * The selection after tapping a toggle button. Tapping "all" switches between everything and
 * nothing; tapping a topic while "all" is on keeps every other topic. Topics stay in TOPIC_IDS order.
 */
export function toggleTopic(selection: TopicSelection, tap: TopicId | 'all'): TopicSelection {
  if (tap === 'all') return selection === 'all' ? [] : 'all';
  const current = new Set<TopicId>(selection === 'all' ? TOPIC_IDS : selection);
  if (current.has(tap)) current.delete(tap);
  else current.add(tap);
  if (current.size === TOPIC_IDS.length) return 'all';
  return TOPIC_IDS.filter((t) => current.has(t));
}

/** The selection in catalogue order, without repeats (how every store gives it back). */
export function normalizeSelection(selection: TopicSelection): TopicSelection {
  return selection === 'all' ? 'all' : TOPIC_IDS.filter((t) => selection.includes(t));
}

/** Serialises a selection for storage ('all' or a comma-separated list); the inverse is parseSelection. */
export function formatSelection(selection: TopicSelection): string {
  return selection === 'all' ? 'all' : selection.join(',');
}

/** Reads a stored selection; unknown ids (a topic since retired) are dropped, not errors. */
export function parseSelection(text: string): TopicSelection {
  if (text === 'all') return 'all';
  return TOPIC_IDS.filter((t) => text.split(',').includes(t));
}
