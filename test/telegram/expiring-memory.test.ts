import { describe, expect, it } from 'vitest';
import { expiringMemory } from '../../src/telegram/expiring-memory.js';

function clockAt(start: number) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

describe('short-lived conversation state', () => {
  it('remembers a value until its time is up, then forgets it', () => {
    const { clock, advance } = clockAt(0);
    const memory = expiringMemory<string>({ ttlMs: 600_000, clock });
    memory.set('chat', 'date for construction-permit');
    advance(599_999);
    expect(memory.get('chat')).toBe('date for construction-permit');
    advance(1);
    expect(memory.get('chat')).toBeUndefined();
  });

  it('starts the time again when a value is set again', () => {
    const { clock, advance } = clockAt(0);
    const memory = expiringMemory<number>({ ttlMs: 1000, clock });
    memory.set('chat', 1);
    advance(900);
    memory.set('chat', 2);
    advance(900);
    expect(memory.get('chat')).toBe(2);
  });

  it('forgets the oldest key past its capacity, and a deleted key at once', () => {
    const { clock } = clockAt(0);
    const memory = expiringMemory<number>({ ttlMs: 1000, clock, capacity: 2 });
    memory.set('a', 1);
    memory.set('b', 2);
    memory.set('c', 3);
    expect([memory.get('a'), memory.get('b'), memory.get('c')]).toEqual([undefined, 2, 3]);
    memory.delete('b');
    expect(memory.get('b')).toBeUndefined();
  });
});
