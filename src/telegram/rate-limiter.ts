import type { Clock } from '../core/clock.js';

/**
 * What to do with one more message from a user:
 * - `allow`: within the limit;
 * - `warn`: the first message over the limit in this window: tell them to slow down, do not answer;
 * - `drop`: still over the limit, already warned: ignore silently (so a flood cannot make us flood back).
 */
export type RateDecision = 'allow' | 'warn' | 'drop';

export interface RateLimiter {
  hit(key: number): RateDecision;
}

const WINDOW_MS = 60_000;

/**
 * A sliding one-minute window per user, in memory. Memory stays bounded: idle users are swept
 * away every `sweepEvery` hits.
 */
export function slidingWindowLimiter(perMinute: number, clock: Clock, sweepEvery = 1000): RateLimiter {
  const users = new Map<number, { stamps: number[]; warned: boolean }>();
  let hits = 0;

  const sweep = (now: number) => {
    for (const [key, user] of users) {
      if ((user.stamps.at(-1) ?? 0) <= now - WINDOW_MS) users.delete(key);
    }
  };

  return {
    hit(key) {
      const now = clock().getTime();
      if (++hits % sweepEvery === 0) sweep(now);
      let user = users.get(key);
      if (!user) users.set(key, (user = { stamps: [], warned: false }));
      while (user.stamps.length > 0 && user.stamps[0]! <= now - WINDOW_MS) user.stamps.shift();
      if (user.stamps.length < perMinute) {
        user.stamps.push(now);
        user.warned = false;
        return 'allow';
      }
      if (user.warned) return 'drop';
      user.warned = true;
      return 'warn';
    },
  };
}
