import { describe, expect, it } from 'vitest';
import { createTypoCorrector, editDistance } from '../../src/search/typo-corrector.js';

const vocabulary = ['construction', 'registration', 'permit', 'document', 'discharge', 'environmental', 'seal'];

describe('repairing misspelt English words', () => {
  it('repairs a dropped, an added or a swapped letter to a known word of another length', () => {
    const correct = createTypoCorrector(() => vocabulary, 0.4, 4);
    expect(correct('construcion')).toBe('construction');
    expect(correct('registraton')).toBe('registration');
    expect(correct('docment')).toBe('document');
    expect(correct('disharge')).toBe('discharge');
    expect(correct('enviromental')).toBe('environmental');
    expect(correct('pemrit')).toBe('permit');
  });
  it('leaves ordinary words, short words and numbers alone', () => {
    const correct = createTypoCorrector(() => vocabulary, 0.4, 4);
    expect(correct('current')).toBeNull();
    expect(correct('sel')).toBeNull();
    expect(correct('permit2')).toBeNull();
  });
  it('repairs to the nearest known word, whatever order the vocabulary lists them in', () => {
    expect(createTypoCorrector(() => ['documents', 'document'], 0.4, 4)('documnet')).toBe('document');
    expect(createTypoCorrector(() => ['document', 'documents'], 0.4, 4)('documnets')).toBe('documents');
    expect(createTypoCorrector(() => ['permits', 'premise', 'permit'], 0.4, 4)('permti')).toBe('permit');
  });
  it('never repairs to a word farther than the edits allowed, even when it is the only one in reach of the index', () => {
    // 7 letters: one edit allowed; documents is two away.
    expect(createTypoCorrector(() => ['documents'], 0.4, 4)('documnt')).toBeNull();
    expect(createTypoCorrector(() => ['document'], 0.4, 4)('documnt')).toBe('document');
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('permit', 'permit')).toBe(0);
    expect(editDistance('pemrit', 'permit')).toBe(1);
    expect(editDistance('construcion', 'construction')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('stops past a limit without ever reporting a distance within it wrongly', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('permit', 'registration', 2)).toBe(3);
    expect(editDistance('ab', 'ba', 1)).toBe(1);
    expect(editDistance('abcdef', 'badcfe', 3)).toBe(3);
  });
});
