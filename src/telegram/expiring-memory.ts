import type { Clock } from '../core/clock.js';

/**
 * Short-lived conversation state by key (e.g. "the next message in this chat is a date"): a value
 * is forgotten `ttlMs` after it was set, and past `capacity` keys the oldest goes first, so a busy
 * bot's memory stays bounded. In memory only: a restart forgets everything, which for a question
 * the bot asked a few minutes ago is acceptable (the user just asks again).
 */
export interface ExpiringMemory<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
}

export interface ExpiringMemoryOptions {
  readonly ttlMs: number;
  readonly clock: Clock;
  readonly capacity?: number;
}

export function expiringMemory<V>({ ttlMs, clock, capacity = 10_000 }: ExpiringMemoryOptions): ExpiringMemory<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (clock().getTime() >= entry.expiresAt) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value) {
      entries.delete(key); // re-inserted last: the Map's order is the age order
      entries.set(key, { value, expiresAt: clock().getTime() + ttlMs });
      if (entries.size > capacity) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
