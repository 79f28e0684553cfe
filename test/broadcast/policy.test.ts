import { describe, expect, it } from 'vitest';
import { duePolicies, isInForce, nextPolicyChange, policyState } from '../../src/broadcast/policy.js';
import { publishedPolicyEntries } from '../../src/broadcast/policy-entries.js';
import { loadPolicies } from '../../src/broadcast/load-policies.js';
import { policy } from './fixtures.js';

const at = (iso: string) => new Date(iso);
const published = policy('published', { publishAt: at('2026-01-01T09:00:00+08:00') });
const future = policy('future', { publishAt: at('2027-01-15T09:00:00+08:00') });
const expired = policy('expired', { publishAt: at('2025-01-01T00:00:00Z'), expiresAt: at('2026-01-01T00:00:00Z') });

describe('which policies are due', () => {
  const now = at('2026-06-01T00:00:00Z');

  it('a published, unexpired policy never broadcast is due', () => {
    expect(duePolicies([published, future, expired], new Set(), now).map((p) => p.id)).toEqual(['published']);
  });

  it('a policy already broadcast is not due again, whatever its text says now', () => {
    const edited = { ...published, body: { zh: '改过的内容', en: 'edited' } };
    expect(duePolicies([edited], new Set(['published']), now)).toEqual([]);
  });

  it('a future policy becomes due exactly at publish_at, not a millisecond before', () => {
    const t = future.publishAt.getTime();
    expect(duePolicies([future], new Set(), new Date(t - 1))).toEqual([]);
    expect(duePolicies([future], new Set(), new Date(t)).map((p) => p.id)).toEqual(['future']);
  });

  it('an expired policy is never due, even if it was never sent', () => {
    expect(policyState(expired, now)).toBe('expired');
    expect(isInForce(expired, at('2025-12-31T23:59:59Z'))).toBe(true);
    expect(duePolicies([expired], new Set(), now)).toEqual([]);
  });

  it('goes oldest first', () => {
    const older = policy('older', { publishAt: at('2025-06-01T00:00:00Z') });
    expect(duePolicies([published, older], new Set(), now).map((p) => p.id)).toEqual(['older', 'published']);
  });

  it('tells when the next publication or expiry happens', () => {
    expect(nextPolicyChange([published, future, expired], now)?.toISOString()).toBe('2027-01-15T01:00:00.000Z');
    expect(nextPolicyChange([published], now)).toBeNull();
  });
});

describe('policies as searchable knowledge entries', () => {
  it('only published, unexpired policies are searchable', () => {
    const entries = publishedPolicyEntries([published, future, expired], at('2026-06-01T00:00:00Z'));
    expect(entries.map((e) => e.id)).toEqual(['policy-published']);
    expect(entries[0]).toMatchObject({
      category: 'policies',
      questions: { zh: ['政策 published'], en: ['Policy published'] },
      answer: { zh: 'published 的内容', en: 'About published' },
      verified: '2026-01-01',
    });
  });

  it('counts a policy verified on its publication day in the configured time zone', () => {
    const evening = policy('evening', { publishAt: at('2026-05-31T20:00:00Z') });
    expect(publishedPolicyEntries([evening], at('2026-06-02T00:00:00Z'))[0]!.verified).toBe('2026-06-01');
    expect(publishedPolicyEntries([evening], at('2026-06-02T00:00:00Z'), 'Europe/London')[0]!.verified).toBe('2026-05-31');
  });

  it('the shipped future policy is not searchable before 2027-01-15 09:00 (UTC+8), and is from then on', () => {
    const { policies } = loadPolicies('knowledge/policies');
    const ids = (iso: string) => publishedPolicyEntries(policies, at(iso)).map((e) => e.id);
    expect(ids('2027-01-15T08:59:59+08:00')).not.toContain('policy-project-steward-service');
    expect(ids('2027-01-15T09:00:00+08:00')).toContain('policy-project-steward-service');
    expect(ids('2026-11-27T00:00:00+08:00')).toHaveLength(policies.length - 1);
  });
});
