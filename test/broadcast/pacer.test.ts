import { describe, expect, it } from 'vitest';
import { pickNext, SendPacer } from '../../src/broadcast/pacer.js';

/** Books `n` messages to distinct chats as early as allowed; returns their times. */
function schedule(pacer: SendPacer, n: number, start = 0): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = pacer.readyAt(i, start);
    pacer.book(i, at);
    times.push(at);
  }
  return times;
}

describe('pacing messages under Telegram’s limits', () => {
  it('spaces messages at the global rate after an initial burst', () => {
    const times = schedule(new SendPacer({ ratePerSecond: 25, burst: 3 }), 103);
    expect(times.slice(0, 3)).toEqual([0, 0, 0]);
    expect(times[3]).toBeCloseTo(40);
    expect(times[102]).toBeCloseTo(100 * 40);
  });

  it('never lets more than rate + burst messages into any one-second window', () => {
    const times = schedule(new SendPacer({ ratePerSecond: 25, burst: 3 }), 500);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(28);
  });

  it('keeps one second between two messages to the same chat', () => {
    const pacer = new SendPacer({ ratePerSecond: 25 });
    pacer.book(7, 0);
    expect(pacer.readyAt(7, 10)).toBe(1000);
    expect(pacer.readyAt(8, 10)).toBe(10);
  });

  it('counts the spacing from when a late message actually left', () => {
    const pacer = new SendPacer({ ratePerSecond: 25 });
    pacer.book(7, 0);
    pacer.departed(7, 80);
    expect(pacer.readyAt(7, 100)).toBe(1080);
  });

  it('after a 429, nobody is sent anything until the pause ends', () => {
    const pacer = new SendPacer({ ratePerSecond: 25 });
    pacer.pause(3000);
    expect(pacer.readyAt(1, 100)).toBe(3000);
    expect(pacer.globalReadyAt(5000)).toBe(5000);
  });

  it('picks the first message whose chat may receive now, rather than wait for a busy chat', () => {
    const pacer = new SendPacer({ ratePerSecond: 25 });
    pacer.book(1, 0);
    const queue = [
      { chatId: 1, notBefore: new Date(0) },
      { chatId: 2, notBefore: new Date(5000) },
      { chatId: 3, notBefore: new Date(0) },
    ];
    expect(pickNext(queue, pacer, 10)).toEqual({ index: 2, at: 10 });
    expect(pickNext(queue.slice(0, 2), pacer, 10)).toEqual({ index: 0, at: 1000 });
    expect(pickNext([], pacer, 10)).toBeNull();
  });

  it('forgets chats whose spacing has passed', () => {
    const pacer = new SendPacer();
    pacer.book(1, 0);
    pacer.prune(2000);
    expect(pacer.chatReadyAt(1, 0)).toBe(0);
  });
});
