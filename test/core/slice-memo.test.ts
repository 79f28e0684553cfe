import { describe, expect, it } from 'vitest';
import { SliceMemo } from '../../src/core/slice-memo.js';

describe('a slice memo', () => {
  it('computes each word once, found by its place in any text and read lower-cased', () => {
    const calls: string[] = [];
    const memo = new SliceMemo((w) => (calls.push(w), `${w}!`), 10);
    const text = 'Permit permit, PERMITS for the permit';
    expect([memo.get(text, 0, 6), memo.get(text, 7, 13), memo.get(text, 15, 22), memo.get('a permit', 2, 8)]).toEqual([
      'permit!',
      'permit!',
      'permits!',
      'permit!',
    ]);
    expect(calls).toEqual(['permit', 'permits']);
  });
  it('tells apart words that share a start or differ in one letter', () => {
    const memo = new SliceMemo((w) => w.length, 10);
    const text = 'tax taxes tan';
    expect([memo.get(text, 0, 3), memo.get(text, 4, 9), memo.get(text, 4, 7), memo.get(text, 10, 13)]).toEqual([3, 5, 3, 3]);
    expect(memo.get(text, 10, 13)).toBe(3);
  });
  it('starts over when full, and still answers every word right', () => {
    const calls: string[] = [];
    const memo = new SliceMemo((w) => (calls.push(w), w.toUpperCase()), 2);
    const text = 'a bb ccc a';
    expect([memo.get(text, 0, 1), memo.get(text, 2, 4), memo.get(text, 5, 8), memo.get(text, 9, 10), memo.get(text, 5, 8)]).toEqual([
      'A',
      'BB',
      'CCC',
      'A',
      'CCC',
    ]);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
