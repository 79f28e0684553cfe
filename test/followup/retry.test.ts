import { describe, expect, it } from 'vitest';
import { classifyFailure, DELIVERY_DEFAULTS, inlineWait, nextAttemptDelay } from '../../src/followup/retry.js';
import { TelegramApiError } from '../../src/core/messenger.js';
import { badGateway, blocked, offline, tooMany } from './fixtures.js';

const policy = DELIVERY_DEFAULTS;

describe('delivery retry policy', () => {
  it('gives up at once on a recipient who blocked the bot or whose chat is gone', () => {
    expect(classifyFailure(blocked(), 1, policy)).toMatchObject({ kind: 'fail', failure: 'blocked' });
    expect(classifyFailure(new TelegramApiError(400, 'Bad Request: chat not found'), 1, policy)).toMatchObject({ kind: 'fail', failure: 'blocked' });
  });

  it('gives up at once on any other refusal', () => {
    expect(classifyFailure(new TelegramApiError(400, 'Bad Request: message is too long'), 1, policy)).toMatchObject({ kind: 'fail', failure: 'rejected' });
  });

  it('retries network failures, 5xx and 429 (with retry_after) until the maximum', () => {
    expect(classifyFailure(offline(), 1, policy)).toMatchObject({ kind: 'retry', retryAfterMs: null });
    expect(classifyFailure(badGateway(), 1, policy)).toMatchObject({ kind: 'retry' });
    expect(classifyFailure(tooMany(7), 1, policy)).toEqual({ kind: 'retry', detail: '429 Too Many Requests: retry after 7', retryAfterMs: 7000 });
    expect(classifyFailure(offline(), policy.maxAttempts, policy)).toMatchObject({ kind: 'fail', failure: 'gave-up' });
  });

  it('waits in line briefly, never longer than allowed', () => {
    expect([1, 2].map((n) => inlineWait(n, null, policy))).toEqual([500, 1000]);
    expect(inlineWait(3, null, policy)).toBeNull();
    expect(inlineWait(1, 3000, policy)).toBe(3000);
    expect(inlineWait(1, 30_000, policy)).toBeNull();
  });

  it('backs off further with each run, honouring a longer retry_after', () => {
    expect([3, 6, 9, 12, 15, 30].map((a) => nextAttemptDelay(a, null, policy) / 60_000)).toEqual([1, 5, 30, 120, 360, 360]);
    expect(nextAttemptDelay(1, 600_000, policy)).toBe(600_000);
  });
});
