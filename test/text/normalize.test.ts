import { describe, expect, it } from 'vitest';
import { normalizeText, unquoteChinese } from '../../src/text/normalize.js';
import { detectLanguage, languageFromCode } from '../../src/text/language.js';

describe('normalizeText', () => {
  it('folds full-width letters and digits, case and punctuation', () => {
    expect(normalizeText('ＡＢＣ１２３，Construction Permit！')).toBe('abc123 construction permit');
  });
  it('folds compatibility forms wherever they stand, with or without full-width punctuation around them', () => {
    expect(normalizeText('施工许可，要多久？')).toBe('施工许可 要多久');
    expect(normalizeText('ＣＯＭＰＡＮＹ')).toBe('company');
    expect(normalizeText('面积㎡多大')).toBe('面积m2多大');
    expect(normalizeText('İstanbul Ⅻ')).toBe('i̇stanbul xii');
  });
  it('collapses separators the same way whether or not the text needs script or compatibility folding', () => {
    expect(normalizeText('  Construction   Permit, 要多久？ ')).toBe('construction permit 要多久');
    expect(normalizeText('  Construction   Permit, 要多久？ 許可')).toBe('construction permit 要多久 许可');
    expect(normalizeText('  Construction   Permit, 要多久？ ＡＢ')).toBe('construction permit 要多久 ab');
    expect(normalizeText('施工许可 需要什么材料')).toBe('施工许可 需要什么材料');
    expect(normalizeText('，。！')).toBe('');
  });
  it('turns traditional characters into simplified', () => {
    expect(normalizeText('施工許可要幾天？')).toBe('施工许可要几天');
    expect(normalizeText('開公司需要什麼資料')).toBe('开公司需要什么资料');
  });
  it('keeps SQL-looking and HTML-looking text as harmless words', () => {
    expect(normalizeText("'; DROP TABLE items; --")).toBe('drop table items');
    expect(normalizeText('<b>施工</b> & 许可')).toBe('b 施工 b 许可');
  });
});

describe('unquoteChinese', () => {
  it('drops quotation marks next to Chinese, so that a quoted name stays in its clause', () => {
    expect(normalizeText(unquoteChinese('结构调整“三篇大文章”具体是指哪三篇'))).toBe('结构调整三篇大文章具体是指哪三篇');
    expect(unquoteChinese('「一網通辦」是什麼')).toBe('一網通辦是什麼');
    // English quotes stay (a separator between words)
    expect(unquoteChinese('what does "one-stop" mean')).toBe('what does "one-stop" mean');
  });
});

describe('detectLanguage', () => {
  it('recognises simplified, traditional and English questions', () => {
    expect(detectLanguage('施工许可要多久')).toBe('zh');
    expect(detectLanguage('施工許可要多久')).toBe('zh-Hant');
    expect(detectLanguage('How long does it take?')).toBe('en');
  });
  it('treats a mixed question as Chinese, and says nothing for digits or emoji', () => {
    expect(detectLanguage('construction permit 要多久')).toBe('zh');
    expect(detectLanguage('12345 👍')).toBeNull();
  });
  it("maps Telegram's language codes", () => {
    expect(languageFromCode('zh-hans')).toBe('zh');
    expect(languageFromCode('zh-TW')).toBe('zh-Hant');
    expect(languageFromCode('en-US')).toBe('en');
    expect(languageFromCode('ru')).toBeNull();
  });
});
