import type { UnresolvedQuestion } from '../../src/followup/unresolved.js';
import { TelegramApiError, TelegramNetworkError, type Messenger, type SendOptions } from '../../src/core/messenger.js';
import { normalizeText } from '../../src/text/normalize.js';

export const STAFF_CHAT = -100_555;
export const staff = { id: 900, name: 'Li Wei' };

/** An unresolved question as the bot hands it over. */
export function question(over: Partial<UnresolvedQuestion> = {}): UnresolvedQuestion {
  const text = over.text ?? '喀左县有没有针对新能源企业的税收优惠政策？';
  return {
    chatId: 1001,
    userId: 1001,
    displayName: 'Zhang San',
    lang: 'zh',
    text,
    normalized: normalizeText(text),
    reason: 'no-match',
    nearest: [{ entryId: 'incentives-overview', score: 2.5 }],
    askedAt: new Date('2026-03-02T01:00:00Z'),
    messageId: 10,
    ...over,
  };
}

export interface Sent {
  readonly chatId: number | string;
  readonly text: string;
  readonly options: SendOptions | undefined;
  readonly messageId: number;
}

/**
 * A Messenger that records what is sent and fails on demand: `failNext(chatId, …errors)` makes the
 * next sends to that chat throw those errors, in order.
 */
export function fakeMessenger(): Messenger & { sent: Sent[]; failNext(chatId: number | string, ...errors: Error[]): void; to(chatId: number | string): Sent[] } {
  const sent: Sent[] = [];
  const failures = new Map<string, Error[]>();
  let nextId = 500;
  return {
    sent,
    failNext(chatId, ...errors) {
      failures.set(String(chatId), [...(failures.get(String(chatId)) ?? []), ...errors]);
    },
    to(chatId) {
      return sent.filter((s) => String(s.chatId) === String(chatId));
    },
    async send(chatId, text, options) {
      const queue = failures.get(String(chatId));
      const err = queue?.shift();
      if (err) throw err;
      const messageId = nextId++;
      sent.push({ chatId, text, options, messageId });
      return { messageId };
    },
  };
}

export const blocked = () => new TelegramApiError(403, 'Forbidden: bot was blocked by the user');
export const tooMany = (seconds: number) => new TelegramApiError(429, `Too Many Requests: retry after ${seconds}`, seconds);
export const badGateway = () => new TelegramApiError(502, 'Bad Gateway');
export const offline = () => new TelegramNetworkError('connect ECONNREFUSED 127.0.0.1:443');

/** A clock the test moves by hand. */
export function manualClock(iso: string) {
  let now = new Date(iso).getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advance(ms: number) {
      now += ms;
    },
    set(when: string) {
      now = new Date(when).getTime();
    },
  });
}
