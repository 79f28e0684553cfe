import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/calendar/parse-date.js';
import { plainDateAt } from '../../src/calendar/plain-date.js';

/** Friday 27 November 2026, Asia/Shanghai. */
const TODAY = '2026-11-27';

describe('reading the dates people write (today is Friday 2026-11-27)', () => {
  const cases: [string, string][] = [
    ['2026年10月8日', '2026-10-08'],
    ['2026年10月8号', '2026-10-08'],
    ['10月8日', '2027-10-08'],
    ['9月28日', '2027-09-28'],
    ['9月28号', '2027-09-28'],
    ['12月1日', '2026-12-01'],
    ['11月27日', '2026-11-27'],
    ['十月八日', '2027-10-08'],
    ['10.8', '2027-10-08'],
    ['2026-10-08', '2026-10-08'],
    ['2026/10/8', '2026-10-08'],
    ['2026.10.8', '2026-10-08'],
    ['10-08', '2027-10-08'],
    ['10/8', '2027-10-08'],
    ['２０２６年１０月８日', '2026-10-08'],
    ['28号', '2026-11-28'],
    ['今天', '2026-11-27'],
    ['明天', '2026-11-28'],
    ['后天', '2026-11-29'],
    ['下周一', '2026-11-30'],
    ['下周日', '2026-12-06'],
    ['下星期三', '2026-12-02'],
    ['下个礼拜五', '2026-12-04'],
    ['本周五', '2026-11-27'],
    ['这周五', '2026-11-27'],
    ['这周日', '2026-11-29'],
    ['周二', '2026-12-01'],
    ['下週一', '2026-11-30'],
    ['這週五', '2026-11-27'],
    ['後天', '2026-11-29'],
    ['月底', '2026-11-30'],
    ['下个月底', '2026-12-31'],
    ['Oct 8', '2027-10-08'],
    ['October 8', '2027-10-08'],
    ['October 8th, 2026', '2026-10-08'],
    ['8 Oct', '2027-10-08'],
    ['8 October 2026', '2026-10-08'],
    ['28 Sep 2026', '2026-09-28'],
    ['Sept. 28, 2026', '2026-09-28'],
    ['the 8th of October', '2027-10-08'],
    ['today', '2026-11-27'],
    ['tomorrow', '2026-11-28'],
    ['the day after tomorrow', '2026-11-29'],
    ['next Monday', '2026-11-30'],
    ['this Friday', '2026-11-27'],
    ['on Tuesday', '2026-12-01'],
    ['end of the month', '2026-11-30'],
  ];

  it.each(cases)('reads "%s" as %s', (text, date) => {
    expect(parseDate(text, TODAY, 'zh')).toMatchObject({ ok: true, date });
  });

  it('finds the date inside a sentence and says which words it read', () => {
    expect(parseDate('我9月28日提交施工许可申请，最晚哪天办结？', TODAY, 'zh')).toEqual({
      ok: true, date: '2027-09-28', matched: '9月28日', index: 1,
    });
  });

  it('takes the whole "2026年10月8日", not just its month and day', () => {
    expect(parseDate('2026年10月8日提交', TODAY, 'zh')).toMatchObject({ date: '2026-10-08', matched: '2026年10月8日' });
  });

  it('takes 29 February without a year as the next leap day', () => {
    expect(parseDate('2月29日', TODAY, 'zh')).toMatchObject({ ok: true, date: '2028-02-29' });
  });
});

describe('dates that do not exist or are not there', () => {
  it('says clearly that 2月30日 does not exist, in the asked language', () => {
    const zh = parseDate('我2月30日提交', TODAY, 'zh');
    expect(zh).toMatchObject({ ok: false, reason: 'invalid-date', key: 'date.invalid', matched: '2月30日' });
    expect(!zh.ok && zh.message).toContain('“2月30日”不是一个存在的日期');
    const en = parseDate('2月30日', TODAY, 'en');
    expect(!en.ok && en.message).toContain('"2月30日" is not a real date');
  });

  it.each(['2026-02-29', '13月5日', '2026年4月31日', 'Feb 30', '31 April 2026'])('rejects "%s" as an invalid date', (text) => {
    expect(parseDate(text, TODAY, 'en')).toMatchObject({ ok: false, reason: 'invalid-date' });
  });

  it.each(['施工许可要多久', '12个工作日', '1.5个工作日', '一月一次', 'how long does it take', '周末'])(
    'finds no date in "%s"',
    (text) => {
      expect(parseDate(text, TODAY, 'zh')).toMatchObject({ ok: false, reason: 'none', key: 'date.none' });
    },
  );
});

describe('today in Asia/Shanghai', () => {
  it('turns to the next day at 16:00 UTC, midnight in Shanghai', () => {
    expect(plainDateAt(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
    expect(plainDateAt(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
  });
});
