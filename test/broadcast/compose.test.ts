import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/answer/html.js';
import { composePolicyMessage, composePolicyTexts, formatLocalDateTime, localIsoDate } from '../../src/broadcast/compose.js';
import { refusalText } from '../../src/broadcast/staff-report.js';
import { policy } from './fixtures.js';

const p = policy('tags', {
  title: { zh: '新<规定>', en: 'New <rules> & more' },
  body: { zh: '投资 <b>不是</b> 标签', en: 'a < b && c > d' },
  source: '辽宁日报 2023-12-06《喀左县：项目为王 大干快干》',
  topics: ['energy', 'land'],
  publishAt: new Date('2023-12-06T10:20:32+08:00'),
});

describe('composing the policy announcement', () => {
  it('escapes every piece of content for Telegram HTML', () => {
    const html = composePolicyMessage(p, 'en');
    expect(html).toContain('<b>New &lt;rules&gt; &amp; more</b>');
    expect(html).toContain('a &lt; b &amp;&amp; c &gt; d');
    expect(html.replace(/<\/?[bi]>/g, '')).not.toMatch(/<|>/);
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('writes each reader’s language: title, body, topics, date and footer', () => {
    const en = composePolicyMessage(p, 'en');
    expect(en).toContain('Clean energy, Land for projects');
    expect(en).toContain('Published: 6 Dec 2023');
    expect(en).toContain('/unsubscribe');
    const zh = composePolicyMessage(p, 'zh');
    expect(zh).toContain('<b>新&lt;规定&gt;</b>');
    expect(zh).toContain('清洁能源、项目用地');
    expect(zh).toContain('发布日期：2023年12月6日');
  });

  it('gives traditional-script readers traditional characters, but quotes the source verbatim', () => {
    const hant = composePolicyTexts(p)['zh-Hant'];
    expect(hant).toContain('清潔能源');
    expect(hant).toContain('發佈日期');
    expect(hant).toContain('《喀左县：项目为王 大干快干》');
  });

  it('dates the policy in China time even when the instant is still the previous day in UTC', () => {
    const early = policy('early', { publishAt: new Date('2026-03-01T07:00:00+08:00') });
    expect(composePolicyMessage(early, 'zh')).toContain('2026年3月1日');
  });

  it('dates the policy in the configured time zone (TZ), not always UTC+8', () => {
    const early = policy('early', { publishAt: new Date('2026-03-01T07:00:00+08:00') });
    expect(composePolicyMessage(early, 'zh', 'UTC')).toContain('2026年2月28日');
    expect(composePolicyMessage(early, 'en', 'America/New_York')).toContain('Published: 28 Feb 2026');
    expect(composePolicyTexts(early, 'Asia/Tokyo').zh).toContain('2026年3月1日');
  });
});

describe('dates for staff', () => {
  const instant = new Date('2027-01-15T01:00:00Z');

  it('are China time by default, with the offset spelled out', () => {
    expect(formatLocalDateTime(instant)).toBe('2027-01-15 09:00 (UTC+8)');
    expect(localIsoDate(new Date('2026-02-28T16:30:00Z'))).toBe('2026-03-01');
  });

  it('follow the configured zone, daylight saving included', () => {
    expect(formatLocalDateTime(instant, 'America/St_Johns')).toBe('2027-01-14 21:30 (UTC-3:30)');
    expect(formatLocalDateTime(new Date('2026-07-01T00:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01 02:00 (UTC+2)');
    expect(formatLocalDateTime(new Date('2026-01-01T00:00:00Z'), 'Europe/Berlin')).toBe('2026-01-01 01:00 (UTC+1)');
    expect(formatLocalDateTime(new Date('2026-07-01T16:00:00Z'), 'UTC')).toBe('2026-07-01 16:00 (UTC+0)');
    expect(localIsoDate(new Date('2026-02-28T16:30:00Z'), 'UTC')).toBe('2026-02-28');
  });

  it('refusing a policy that is not published yet, give its time in the configured zone', () => {
    const later = policy('later', { publishAt: instant });
    expect(refusalText({ kind: 'scheduled', policy: later }, 'en')).toContain('2027-01-15 09:00 (UTC+8)');
    expect(refusalText({ kind: 'scheduled', policy: later }, 'en', 'Europe/London')).toContain('2027-01-15 01:00 (UTC+0)');
  });
});
