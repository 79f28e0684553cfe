import { describe, expect, it } from 'vitest';
import { answerText } from '../../src/followup/delivery.js';
import { clipQuote, QUOTE_MAX, TELEGRAM_TEXT_LIMIT } from '../../src/followup/quote.js';

describe('quoting an investor’s question', () => {
  it('keeps a question that fits, line breaks and all', () => {
    expect(clipQuote('第一行\n第二行')).toBe('第一行\n第二行');
  });

  it('clips a long one to the limit with an ellipsis, never inside an emoji', () => {
    const clipped = clipQuote('问'.repeat(5000));
    expect(clipped).toHaveLength(QUOTE_MAX);
    expect(clipped.endsWith('问…')).toBe(true);
    const emoji = clipQuote('😀'.repeat(10), 6);
    expect(emoji).toBe('😀😀…');
  });

  it('fits the answer investors receive within Telegram’s limit, in every script, even beside a long staff answer', () => {
    const question = '喀左县项目用地审批需要多久？'.repeat(400);
    for (const lang of ['zh', 'zh-Hant', 'en'] as const) {
      for (const answer of ['请咨询县自然资源局。', '请携带材料到县自然资源局咨询。'.repeat(150)]) {
        const text = answerText({ lang, text: question }, answer);
        expect(text.length, `${lang}, answer of ${answer.length}`).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
        expect(text).toContain('…');
      }
    }
  });
});
