import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { isTraditional, toSimplified, toTraditional } from '../../src/text/chinese-script.js';

const wholeText = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('traditional to simplified', () => {
  it('converts traditional text and leaves simplified text as it is', () => {
    expect(toSimplified('營業執照需要什麼材料')).toBe('营业执照需要什么材料');
    expect(toSimplified('开公司要什么，请问我要带什么')).toBe('开公司要什么，请问我要带什么');
    expect(isTraditional('公司注册要什么，请问要带什么')).toBe(false);
  });
  it('keeps 么, the simplified form of 麼, even where OpenCC would read it as 幺', () => {
    expect(toSimplified('在么')).toBe('在么');
    expect(toSimplified('什麼')).toBe('什么');
    expect(isTraditional('在么')).toBe(false);
    expect(toTraditional('需要什么材料')).toBe('需要什麼材料');
  });
  it('gives what converting the whole text gives, however the context-sensitive characters fall', () => {
    // 么 alone converts to 幺 but not in 什么 / 怎么; 著, 乾, 後 … change with their neighbours.
    const pieces = ['什么', '怎么', '要带', '请问', '，', '公司', '注册', '營業', '執照', '乾淨', '著作', '之後', '台灣', 'a1 '];
    const random = seededRandom(20261128);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 2 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(toSimplified(text), text).toBe(wholeText(text));
    }
  });
});
