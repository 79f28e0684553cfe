import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText, splitHtml } from '../../src/telegram/html.js';
import { telegramHtmlProblems } from './support/telegram-html.js';

/** Every part fits, parses on its own, and together the parts say what the whole said. */
function expectCleanSplit(html: string, limit: number): string[] {
  const parts = splitHtml(html, limit);
  for (const part of parts) {
    expect(part.length).toBeLessThanOrEqual(limit);
    expect(telegramHtmlProblems(part), part).toEqual([]);
  }
  const squash = (s: string) => s.replace(/\s+/g, '');
  expect(squash(parts.map(htmlToText).join(''))).toBe(squash(htmlToText(html)));
  return parts;
}

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML reserves', () => {
    expect(escapeHtml('<b>1 & 2</b> "q"')).toBe('&lt;b&gt;1 &amp; 2&lt;/b&gt; &quot;q&quot;');
  });

  it('leaves Chinese and emoji alone', () => {
    expect(escapeHtml('施工许可 👍')).toBe('施工许可 👍');
  });
});

describe('htmlToText', () => {
  it('drops tags and decodes entities', () => {
    expect(htmlToText('<b>a &lt;b&gt; &amp; &quot;c&quot; &#20320;</b>')).toBe('a <b> & "c" 你');
  });
});

describe('splitHtml', () => {
  it('returns a message within the limit unchanged', () => {
    expect(splitHtml('<b>短</b>消息', 4096)).toEqual(['<b>短</b>消息']);
  });

  it('returns nothing for a message with no visible text', () => {
    expect(splitHtml('  <b> </b> ', 4096)).toEqual([]);
  });

  it('splits at paragraph breaks first', () => {
    const html = `${'a'.repeat(60)}\n\n${'b'.repeat(60)}`;
    expect(expectCleanSplit(html, 100)).toEqual([`${'a'.repeat(60)}\n\n`, 'b'.repeat(60)]);
  });

  it('prefers the end of a sentence to the middle of one', () => {
    const html = `${'施工许可'.repeat(10)}。${'审批时限'.repeat(10)}，${'材料'.repeat(10)}`;
    const parts = expectCleanSplit(html, 60);
    expect(parts[0]!.endsWith('。')).toBe(true);
  });

  it('splits text with no break points at the limit', () => {
    const parts = expectCleanSplit('x'.repeat(250), 100);
    expect(parts.map((p) => p.length)).toEqual([100, 100, 50]);
  });

  it('closes open tags at the cut and reopens them, attributes included, in the next part', () => {
    const html = `<a href="https://example.com/?a=1&amp;b=2"><b>${'word '.repeat(40)}</b></a>`;
    const parts = expectCleanSplit(html, 80);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.startsWith('<a href="https://example.com/?a=1&amp;b=2"><b>')).toBe(true);
      expect(part.endsWith('</b></a>')).toBe(true);
    }
  });

  it('never cuts inside an entity', () => {
    const html = '&amp;&lt;&gt;&quot;'.repeat(50);
    for (const part of expectCleanSplit(html, 33)) expect(part).toMatch(/^(&(amp|lt|gt|quot);)+$/);
  });

  it('never cuts a surrogate pair (emoji) in half', () => {
    const parts = expectCleanSplit('👍'.repeat(100), 51);
    for (const part of parts) expect([...part].every((c) => c === '👍')).toBe(true);
  });

  it('keeps every part valid for random nested HTML at many limits', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const words = ['施工许可', 'permit', '&amp;', '&lt;', '👍', '。', '. ', '\n', '\n\n', ' ', '材料，', 'x'];
    const build = (depth: number): string => {
      let out = '';
      for (let i = 0; i < 3 + rnd(12); i++) {
        if (depth < 3 && rnd(5) === 0) {
          const tag = ['b', 'i', 'u', 'code'][rnd(4)]!;
          out += `<${tag}>${build(depth + 1)}</${tag}>`;
        } else {
          out += words[rnd(words.length)];
        }
      }
      return out;
    };
    for (let round = 0; round < 200; round++) {
      const html = Array.from({ length: 4 }, () => build(0)).join('');
      expectCleanSplit(html, 30 + rnd(120));
    }
  });

  it('splits a 10,000-character answer into Telegram-sized parts', () => {
    const html = `<i>${escapeHtml('来源: 辽宁日报 & <报道>')}</i>\n\n${'喀左县施工许可阶段审批时限为12个工作日。'.repeat(500)}`;
    const parts = expectCleanSplit(html, 4096);
    expect(parts.length).toBe(3);
  });
});
