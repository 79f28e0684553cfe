import { describe, expect, it } from 'vitest';
import { findSameQuestion, groupingKey, sameQuestion } from '../../src/followup/grouping.js';
import { normalizeText } from '../../src/text/normalize.js';

const key = (text: string) => groupingKey(normalizeText(text));
const same = (a: string, b: string) => sameQuestion(key(a), key(b));

describe('grouping repeated questions', () => {
  it('drops punctuation, politeness, final particles, 的 and English articles from the key', () => {
    expect(key('请问，施工许可要多久吗？')).toBe(key('施工许可要多久'));
    expect(key('Hello! How long does THE construction permit take?')).toBe(key('how long does construction permit take'));
    expect(key('喀左县的税收优惠')).toBe('喀 左 县 税 收 优 惠');
  });

  it('keeps numbers whole in mixed Chinese text', () => {
    expect(key('2026年的税收优惠')).toBe('2026 年 税 收 优 惠');
  });

  it.each([
    ['施工许可要多久？', '请问施工许可要多久呢'],
    ['外资企业在喀左县设立分公司需要哪些材料', '外资企业在喀左县设立分公司需要那些材料'], // 哪/那: a pinyin slip
    ['外资企业在喀左县设立分公司需要哪些材料？', '外资企业在喀左县设立分公司都需要哪些材料'], // filler 都
    ['去哪里办营业执照', '去那里办营业执照'],
    ['what is the land price per square meter in kazuo', 'what is the land price per square metre in kazuo'],
    ['how long does the construction permit take', 'how long does the constrution permit take'],
  ])('treats "%s" and "%s" as the same question', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it.each([
    ['开公司要多久', '开公司要多少钱'],
    ['外资企业在喀左县设立分公司需要哪些材料', '外资企业在喀左县设立子公司需要哪些材料'], // branch vs subsidiary
    ['喀左县土地出让金每平方米多少钱', '喀左县土地租金每平方米多少钱'],
    ['喀左县有没有针对新能源企业的税收优惠政策', '喀左县有没有针对新材料企业的税收优惠政策'],
    ['可以用个人名义租厂房吗', '不可以用个人名义租厂房吗'], // negation
    ['2025年的税收优惠政策有哪些', '2026年的税收优惠政策有哪些'], // numbers
    ['Can a foreign company own land in Kazuo county', 'Can a foreign company lease land in Kazuo county'],
    ['Do I need a permit for a warehouse in Kazuo?', "Don't I need a permit for a warehouse in Kazuo?"],
    ['施工许可要多久', '施工许可证要多久'], // short questions must match exactly
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it('never groups two empty questions', () => {
    expect(sameQuestion('', '')).toBe(false);
    expect(findSameQuestion('', [{ id: 1, groupKey: '' }])).toBeNull();
  });

  it('joins the exact match first, else the most similar near-identical item', () => {
    const open = [
      { id: 1, groupKey: key('外资企业在喀左县设立分公司都需要哪些材料') },
      { id: 2, groupKey: key('外资企业在喀左县设立分公司需要那些材料') },
      { id: 3, groupKey: key('外资企业在喀左县设立分公司需要哪些材料') },
    ];
    expect(findSameQuestion(key('外资企业在喀左县设立分公司需要哪些材料？'), open)).toBe(3);
    expect(findSameQuestion(key('外资企业在喀左县设立分公司需要那些材料'), open.slice(0, 1))).toBe(1);
    expect(findSameQuestion(key('开公司要多久'), open)).toBeNull();
  });
});
