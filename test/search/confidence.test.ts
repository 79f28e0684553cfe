import { describe, expect, it } from 'vitest';
import { entryProfile, queryProfile, tokenWeight } from '../../src/search/confidence.js';
import { entry } from '../telegram/support/entries.js';
import { searchConfig } from '../../src/search/config.js';

const weight = (token: string) => tokenWeight(token, () => false, searchConfig());

describe('how much a word of a question weighs', () => {
  it('weighs a noun that names a subject above a rare verb or adverb that only frames the question', () => {
    for (const frame of ['冒出来', '挨个', '好几趟']) {
      for (const subject of ['护照', '商标', '酒店']) expect(weight(frame), `${frame} < ${subject}`).toBeLessThan(weight(subject));
    }
  });
  it('weighs generic procedural verbs and question forms least', () => {
    expect(weight('办理')).toBeLessThan(weight('护照') / 5);
    expect(weight('apply')).toBeLessThan(weight('passport') / 5);
    expect(weight('aspect:duration')).toBe(0);
    expect(weight('action:replace')).toBe(0);
  });
});

describe('the aspects a question asks', () => {
  const aspectsOf = (tokens: string[]) => [...queryProfile(tokens, () => 1, ['quantity']).aspects];
  it('reads 多少 as "how many" only when the question asks nothing else', () => {
    expect(aspectsOf(['产业集群', 'aspect:quantity'])).toEqual(['quantity']);
    expect(aspectsOf(['蒸汽', 'aspect:cost', 'aspect:quantity'])).toEqual(['cost']);
    expect(aspectsOf(['施工许可', 'aspect:duration', 'aspect:quantity'])).toEqual(['duration']);
  });
  it('reads an entry\'s phrasings the same way: 电话是多少 asks a phone number, 有几个园区 a count', () => {
    const profile = entryProfile(entry('contact'), [['aspect:contact', 'aspect:quantity'], ['园区', 'aspect:quantity']], ['quantity']);
    expect([...profile.aspects].sort()).toEqual(['contact', 'quantity']);
    expect(entryProfile(entry('contact'), [['aspect:contact', 'aspect:quantity']], ['quantity']).aspects).toEqual(new Set(['contact']));
  });
});

describe('an entry\'s profile', () => {
  it('keeps each subject list once and every aspect its phrasings ask, whatever their order', () => {
    const profile = entryProfile(entry('permit-time'), [
      ['施工许可', 'aspect:duration'],
      ['施工许可', 'aspect:materials'],
      ['施工许可', '办理'],
      ['aspect:contact'],
    ]);
    expect(profile.phrasings).toEqual([['施工许可'], ['施工许可', '办理']]);
    expect(profile.subjectFree).toEqual([['contact']]);
    expect([...profile.aspects].sort()).toEqual(['contact', 'duration', 'materials']);
    const reordered = entryProfile(entry('other'), [['aspect:materials'], ['aspect:contact', 'aspect:duration']]);
    expect([...reordered.aspects].sort()).toEqual(['contact', 'duration', 'materials']);
    expect(entryProfile(entry('other'), [['aspect:materials']]).aspects).toEqual(new Set(['materials']));
  });
  it('answers the aspect an entry declares, not the ones its phrasings ask', () => {
    const declared = entryProfile(entry('permit-time', { aspect: 'duration' }), [['施工许可', 'aspect:materials']]);
    expect(declared.aspects).toEqual(new Set(['duration']));
  });
});
