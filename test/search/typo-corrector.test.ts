import { describe, expect, it } from 'vitest';
import { createTypoCorrector } from '../../src/search/typo-corrector.js';

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
});
