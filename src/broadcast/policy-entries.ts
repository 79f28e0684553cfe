import type { KnowledgeEntry } from '../knowledge/types.js';
import { DEFAULT_TIME_ZONE, localIsoDate } from './compose.js';
import { isInForce, type Policy } from './policy.js';

/** The category of knowledge entries made from policies. */
export const POLICY_CATEGORY = 'policies';

/** The knowledge entry id of a policy (prefixed so it cannot collide with a hand-written entry). */
export function policyEntryId(policyId: string): string {
  return `policy-${policyId}`;
}

/**
 * The policies in force at `now` as searchable knowledge entries: the title is the question, the
 * body the answer, the publication day (in `timeZone`) the verified date. A policy before its publish_at (or after its expires_at) yields nothing, so the
 * search index must be rebuilt when `nextPolicyChange(policies, now)` passes.
 */
export function publishedPolicyEntries(
  policies: readonly Policy[],
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): KnowledgeEntry[] {
  return policies
    .filter((p) => isInForce(p, now))
    .map((p) => ({
      id: policyEntryId(p.id),
      category: POLICY_CATEGORY,
      questions: { zh: [p.title.zh], en: [p.title.en] },
      answer: { zh: p.body.zh, en: p.body.en },
      keywords: { zh: [...p.keywords.zh], en: [...p.keywords.en] },
      source: p.source,
      verified: localIsoDate(p.publishAt, timeZone),
      related: [],
      origin: p.origin,
    }));
}
