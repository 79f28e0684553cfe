import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/bounded-memo.js';

describe('a bounded memo', () => {
  it('computes each input once while it is remembered, null results included', () => {
    const calls: string[] = [];
    const repair = boundedMemo((w) => (calls.push(w), w === 'docment' ? 'document' : null), 10);
    expect([repair('docment'), repair('xyz'), repair('docment'), repair('xyz')]).toEqual(['document', null, 'document', null]);
    expect(calls).toEqual(['docment', 'xyz']);
  });
  it('starts over when full, so novel inputs cannot grow it without limit', () => {
    const calls: string[] = [];
    const length = boundedMemo((w) => (calls.push(w), w.length), 2);
    for (const w of ['a', 'bb', 'ccc', 'a']) length(w);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
