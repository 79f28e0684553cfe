import { describe, expect, it } from 'vitest';
import { buildLexicon, longestMatch, longestMatchAfter, longestMatchIn } from '../../src/text/lexicon.js';

const lexicon = buildLexicon(
  [
    ['施工许可', '施工证', '施工许可证', 'construction permit', 'construction permit application'],
    ['营业执照', 'business licence'],
  ],
  ['west new 3', '喀左县'],
);

describe('the lexicon tries', () => {
  it('match the longest term that starts at a place and ends before the end given', () => {
    const text = '办施工许可证';
    expect(longestMatchIn(lexicon.han, text, 1, text.length)).toMatchObject({ token: '施工许可', length: 5 });
    expect(longestMatchIn(lexicon.han, text, 1, 5)).toMatchObject({ token: '施工许可', length: 4 });
    expect(longestMatchIn(lexicon.han, text, 0, text.length)).toBeNull();
  });
  it('match English terms by word, the longest first, and only up to the end given', () => {
    const words = ['the', 'construction', 'permit', 'application', 'in', 'west', 'new', '3'];
    expect(longestMatch(lexicon.latin, words, 1)).toMatchObject({ token: '施工许可', length: 3 });
    expect(longestMatch(lexicon.latin, words, 1, 3)).toMatchObject({ token: '施工许可', length: 2 });
    expect(longestMatch(lexicon.latin, words, 1, 2)).toBeNull();
    expect(longestMatch(lexicon.latin, words, 5)).toMatchObject({ token: 'west new 3', length: 3 });
    expect(longestMatch(lexicon.latin, words, 0)).toBeNull();
  });
  it('go on from a word whose terms are already known, as longestMatch would from its start', () => {
    const words = ['business', 'licence', 'fee'];
    const facts = lexicon.latinWordFacts.get('Business licence', 0, 8);
    expect(facts.stem).toBe('business');
    expect(longestMatchAfter(facts.term, words, 1, words.length)).toEqual(longestMatch(lexicon.latin, words, 0));
    expect(longestMatchAfter(facts.term, words, 1, words.length)).toMatchObject({ token: '营业执照', length: 2 });
    expect(lexicon.latinWordFacts.get('fee', 0, 3).term).toBeUndefined();
  });
});
