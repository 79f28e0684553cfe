import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';
import { isQuestionForm } from '../../src/text/question-form.js';

const asks = (text: string) => isQuestionForm(text, normalizeText(text));

describe('a message put as a question', () => {
  it('reads a question mark, a clause-final particle, 请问 or an English question opening', () => {
    expect(asks('材料交到哪？')).toBe(true);
    expect(asks('材料交到哪里呢')).toBe(true);
    expect(asks('请问企业开办专区在哪')).toBe(true);
    expect(asks('Thanks, can I submit the rest of the documents and come back later')).toBe(true);
  });
  it('reads a remark that names a place, a time or documents as no question', () => {
    expect(asks('谢谢，我知道去哪办了')).toBe(false);
    expect(asks('好的，明白了，多久能办好我再联系你')).toBe(false);
    expect(asks('谢谢你，资料很清楚')).toBe(false);
    // 么 inside a word (什么) does not end a clause
    expect(asks('我回头再看看需要什么材料')).toBe(false);
  });
});
