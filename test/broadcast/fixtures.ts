import type { Logger } from '../../src/core/logger.js';
import type { Policy } from '../../src/broadcast/policy.js';
import type { TopicId } from '../../src/broadcast/topics.js';
import type { Messenger, SendOptions } from '../../src/core/messenger.js';

/** A valid policy; override what the test is about. */
export function policy(id: string, overrides: Partial<Policy> & { topics?: readonly TopicId[] } = {}): Policy {
  return {
    id,
    title: { zh: `政策 ${id}`, en: `Policy ${id}` },
    body: { zh: `${id} 的内容`, en: `About ${id}` },
    topics: ['energy'],
    publishAt: new Date('2026-01-01T00:00:00+08:00'),
    source: '辽宁日报 2023-12-06',
    keywords: { zh: [], en: [] },
    origin: { file: `${id}.yaml`, line: 1 },
    ...overrides,
  };
}

/**
 * Time that only moves when the code under test sleeps (or the test advances it): the sender runs
 * its whole schedule in microseconds, and rates are measured exactly.
 */
export function fakeTime(startIso = '2026-06-01T10:00:00+08:00') {
  let now = Date.parse(startIso);
  return {
    clock: () => new Date(now),
    sleep: async (ms: number) => {
      now += Math.max(0, ms);
    },
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

export interface SentRecord {
  readonly chatId: number;
  readonly text: string;
  readonly options: SendOptions | undefined;
  /** Epoch ms on the injected clock when the call was made. */
  readonly at: number;
}

/**
 * A Messenger that records each call and answers from a script: `respond(chatId, callIndex)`
 * returns nothing (success) or the error to throw. Failed calls are recorded in `attempts` only.
 */
export function scriptedMessenger(
  now: () => number,
  respond: (chatId: number, nthCallForChat: number) => Error | undefined = () => undefined,
): Messenger & { sent: SentRecord[]; attempts: SentRecord[] } {
  const sent: SentRecord[] = [];
  const attempts: SentRecord[] = [];
  const calls = new Map<number, number>();
  return {
    sent,
    attempts,
    async send(chatId, text, options) {
      const id = Number(chatId);
      const n = (calls.get(id) ?? 0) + 1;
      calls.set(id, n);
      const record = { chatId: id, text, options, at: now() };
      attempts.push(record);
      const err = respond(id, n);
      if (err) throw err;
      sent.push(record);
      return { messageId: sent.length };
    },
  };
}

export function recordingLogger(): Logger & { warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return {
    warnings,
    errors,
    debug() {},
    info() {},
    warn: (_obj, msg) => void warnings.push(msg ?? ''),
    error: (_obj, msg) => void errors.push(msg ?? ''),
  };
}

/** How many times each chat appears in a list of sends. */
export function countByChat(records: readonly { chatId: number }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.chatId, (counts.get(r.chatId) ?? 0) + 1);
  return counts;
}
