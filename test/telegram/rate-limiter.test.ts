import { describe, expect, it } from 'vitest';
import { slidingWindowLimiter } from '../../src/telegram/rate-limiter.js';

function clockAt(start: number) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

describe('the per-user rate limiter', () => {
  it('allows up to the limit in a minute, warns once, then drops', () => {
    const t = clockAt(0);
    const limiter = slidingWindowLimiter(3, t.clock);
    expect([1, 2, 3, 4, 5, 6].map(() => limiter.hit(1))).toEqual(['allow', 'allow', 'allow', 'warn', 'drop', 'drop']);
  });

  it('counts each user separately', () => {
    const limiter = slidingWindowLimiter(1, clockAt(0).clock);
    expect([limiter.hit(1), limiter.hit(2), limiter.hit(1)]).toEqual(['allow', 'allow', 'warn']);
  });

  it('allows again once the oldest message is a minute old, and warns again on the next flood', () => {
    const t = clockAt(0);
    const limiter = slidingWindowLimiter(2, t.clock);
    limiter.hit(1);
    t.advance(30_000);
    limiter.hit(1);
    expect(limiter.hit(1)).toBe('warn');
    t.advance(30_000);
    expect(limiter.hit(1)).toBe('allow');
    expect(limiter.hit(1)).toBe('warn');
  });

  it('forgets idle users (memory stays bounded)', () => {
    const t = clockAt(0);
    const limiter = slidingWindowLimiter(1, t.clock, 10);
    for (let user = 0; user < 9; user++) limiter.hit(user);
    t.advance(61_000);
    limiter.hit(100); // the 10th hit sweeps
    expect(limiter.hit(0)).toBe('allow');
  });
});
