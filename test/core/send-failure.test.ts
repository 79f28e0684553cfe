import { describe, expect, it } from 'vitest';
import { TelegramApiError, TelegramNetworkError } from '../../src/core/messenger.js';
import { classifySendFailure } from '../../src/core/send-failure.js';

describe('what a failed send means', () => {
  it('429 is throttled, with Telegram’s retry_after in milliseconds (null when it gave none)', () => {
    expect(classifySendFailure(new TelegramApiError(429, 'Too Many Requests: retry after 7', 7))).toEqual({
      kind: 'throttled',
      retryAfterMs: 7000,
      detail: '429: Too Many Requests: retry after 7',
    });
    expect(classifySendFailure(new TelegramApiError(429, 'Too Many Requests')).retryAfterMs).toBeNull();
  });

  it('a blocked bot, a deleted account or a missing chat is gone', () => {
    expect(classifySendFailure(new TelegramApiError(403, 'Forbidden: bot was blocked by the user')).kind).toBe('gone');
    expect(classifySendFailure(new TelegramApiError(400, 'Bad Request: chat not found')).kind).toBe('gone');
    expect(classifySendFailure(new TelegramApiError(400, 'Bad Request: user is deactivated')).kind).toBe('gone');
  });

  it('5xx is a server failure; any other 4xx is rejected', () => {
    expect(classifySendFailure(new TelegramApiError(502, 'Bad Gateway')).kind).toBe('server');
    expect(classifySendFailure(new TelegramApiError(400, 'Bad Request: message is too long')).kind).toBe('rejected');
  });

  it('no answer is a network failure; anything else is unexpected (an adapter bug)', () => {
    expect(classifySendFailure(new TelegramNetworkError('ECONNRESET'))).toEqual({ kind: 'network', retryAfterMs: null, detail: 'ECONNRESET' });
    expect(classifySendFailure(new TypeError('oops'))).toMatchObject({ kind: 'unexpected', detail: 'oops' });
    expect(classifySendFailure('a string')).toMatchObject({ kind: 'unexpected', detail: 'a string' });
  });
});
