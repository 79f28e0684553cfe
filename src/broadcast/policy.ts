import type { Bilingual } from '../knowledge/types.js';
import type { TopicId } from './topics.js';

/** A county policy as staff wrote it in `knowledge/policies/<id>.yaml`, already validated. */
export interface Policy {
  readonly id: string;
  readonly title: Bilingual<string>;
  readonly body: Bilingual<string>;
  readonly topics: readonly TopicId[];
  /** From this instant the policy is announced to subscribers and searchable; never before. */
  readonly publishAt: Date;
  /** From this instant the policy is neither sent nor searchable any more. */
  readonly expiresAt?: Date;
  readonly source: string;
  readonly keywords: Bilingual<readonly string[]>;
  readonly origin: { readonly file: string; readonly line: number };
}

/** Published and not yet expired at `now`: the only state in which a policy is sent or searchable. */
export function isInForce(policy: Policy, now: Date): boolean {
  const t = now.getTime();
  return policy.publishAt.getTime() <= t && (policy.expiresAt === undefined || t < policy.expiresAt.getTime());
}

export type PolicyState = 'scheduled' | 'in-force' | 'expired';

export function policyState(policy: Policy, now: Date): PolicyState {
  if (now.getTime() < policy.publishAt.getTime()) return 'scheduled';
  return isInForce(policy, now) ? 'in-force' : 'expired';
}

/**
 * The policies a broadcast run must queue now: in force and never broadcast before. A policy is
 * broadcast once per id, so editing its text after it went out does not send it again. Ordered by
 * publication time (then id), so that older news goes first.
 */
export function duePolicies(
  policies: readonly Policy[],
  alreadyBroadcastIds: ReadonlySet<string>,
  now: Date,
): Policy[] {
  return policies
    .filter((p) => isInForce(p, now) && !alreadyBroadcastIds.has(p.id))
    .sort((a, b) => a.publishAt.getTime() - b.publishAt.getTime() || a.id.localeCompare(b.id));
}

/**
 * The next instant after `now` at which some policy is published or expires, so the search index
 * can be rebuilt exactly then; null when nothing is scheduled.
 */
export function nextPolicyChange(policies: readonly Policy[], now: Date): Date | null {
  let next: number | null = null;
  for (const p of policies) {
    for (const at of [p.publishAt, p.expiresAt]) {
      if (at && at.getTime() > now.getTime() && (next === null || at.getTime() < next)) next = at.getTime();
    }
  }
  return next === null ? null : new Date(next);
}
