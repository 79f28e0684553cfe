import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftEntry } from '../../src/followup/draft-entry.js';
import type { FollowupItem } from '../../src/followup/types.js';

const t0 = new Date('2026-03-01T00:00:00Z');
const item = (over: Partial<FollowupItem> = {}): FollowupItem => ({
  id: 12, text: 'Can foreign investors lease state land in Kazuo?', normalized: '', groupKey: '', reason: 'no-match',
  nearest: [], status: 'answered', askCount: 2, firstAskedAt: t0, lastAskedAt: t0,
  answer: 'Yes, through the county natural resources bureau.', closedBy: { id: 1, name: 'Li' }, closedAt: t0,
  dismissReason: null, anonymizedAt: null, ...over,
});

describe('draft knowledge entry from a staff answer', () => {
  it('puts each wording under its language, the answer under its own, and leaves the rest for review', () => {
    const draft = draftEntry({ item: item(), askers: [{ text: '外資可以租用國有土地嗎？' }, { text: item().text }], date: '2026-03-05' })!;
    expect(draft.fileName).toBe('followup-12.yaml');
    const doc = parse(draft.yaml);
    expect(doc).toEqual({
      category: 'investment',
      entries: [{
        id: 'followup-12',
        questions: { zh: ['外资可以租用国有土地吗？'], en: ['Can foreign investors lease state land in Kazuo?'] },
        answer: { zh: '', en: 'Yes, through the county natural resources bureau.' },
        source: '喀左县工作人员答复 2026-03-05（待跟进问题 #12）/ staff answer on 2026-03-05, follow-up question #12',
        verified: '2026-03-05',
      }],
    });
    expect(draft.yaml).toContain('# TODO: translate the answer into zh');
    expect(draft.yaml).toContain('# Draft from the follow-up desk (/promote): question #12');
  });

  it('is only written for answered items', () => {
    expect(draftEntry({ item: item({ status: 'open', answer: null }), askers: [], date: '2026-03-05' })).toBeNull();
  });
});
