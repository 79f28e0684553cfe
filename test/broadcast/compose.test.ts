import { describe, expect, it } from 'vitest';
import { composePolicyMessage, composePolicyTexts, escapeHtml } from '../../src/broadcast/compose.js';
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
});
