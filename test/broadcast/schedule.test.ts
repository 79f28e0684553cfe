import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { Broadcaster, PassResult } from '../../src/broadcast/broadcaster.js';
import { isLeaseHolderDead, processLeaseHolder } from '../../src/broadcast/lease-holder.js';
import { startBroadcastSchedule } from '../../src/broadcast/schedule.js';
import { recordingLogger } from './fixtures.js';

function recordingBroadcaster() {
  const calls: { trigger: string; signal: AbortSignal | undefined }[] = [];
  const done: PassResult = { status: 'done', recovered: 0, queued: [], summaries: [], report: { sent: 0, failed: 0, blocked: 0, retries: 0, throttled: 0, stopped: false } };
  const broadcaster: Broadcaster = {
    async runPass(trigger, options) {
      calls.push({ trigger, signal: options?.signal });
      return done;
    },
    plan: async () => [],
    check: async (id) => ({ kind: 'unknown', id, known: [] }),
    queue: async (id) => ({ kind: 'unknown', id, known: [] }),
  };
  return { broadcaster, calls };
}

describe('the broadcast schedule (node-cron)', () => {
  it('runs a pass at start-up, then on every tick, and stops cleanly', async () => {
    const { broadcaster, calls } = recordingBroadcaster();
    const schedule = startBroadcastSchedule({ broadcaster, cron: '* * * * * *', timezone: 'Asia/Shanghai', logger: recordingLogger() });
    await new Promise((r) => setTimeout(r, 2300));
    await schedule.stop();
    const count = calls.length;
    expect(calls[0]?.trigger).toBe('startup');
    expect(calls.filter((c) => c.trigger === 'schedule').length).toBeGreaterThanOrEqual(1);
    expect(calls.every((c) => c.signal?.aborted)).toBe(true); // stop() aborts the pass in progress
    await new Promise((r) => setTimeout(r, 1200));
    expect(calls).toHaveLength(count);
  });

  it('stop() aborts the pass in progress and waits until it has ended', async () => {
    let ended = false;
    const base = recordingBroadcaster().broadcaster;
    const slow: Broadcaster = {
      ...base,
      runPass: (trigger, options) =>
        new Promise((resolve) => {
          options?.signal?.addEventListener('abort', () => {
            ended = true;
            resolve(base.runPass(trigger));
          });
        }),
    };
    const schedule = startBroadcastSchedule({ broadcaster: slow, cron: '0 0 1 1 *', timezone: 'Asia/Shanghai', logger: recordingLogger() });
    await new Promise((r) => setTimeout(r, 50));
    expect(ended).toBe(false);
    await schedule.stop();
    expect(ended).toBe(true);
  });

  it('logs a failed pass instead of crashing', async () => {
    const logger = recordingLogger();
    const failing: Broadcaster = { ...recordingBroadcaster().broadcaster, runPass: async () => Promise.reject(new Error('disk full')) };
    const schedule = startBroadcastSchedule({ broadcaster: failing, cron: '0 0 1 1 *', timezone: 'Asia/Shanghai', logger, runOnStart: false });
    await schedule.runNow();
    await schedule.stop();
    expect(logger.errors).toEqual(['broadcast pass failed']);
  });
});

describe('lease holders', () => {
  it('names this process by host and pid, and never calls itself dead', () => {
    const holder = processLeaseHolder();
    expect(holder.startsWith(`${hostname()}:${process.pid}:`)).toBe(true);
    expect(isLeaseHolderDead(holder)).toBe(false);
  });

  it('calls a process of this host that has exited dead, and one of another host alive', () => {
    const { pid } = spawnSync(process.execPath, ['-e', '0']);
    expect(isLeaseHolderDead(`${hostname()}:${pid}:x`)).toBe(true);
    expect(isLeaseHolderDead(`elsewhere:${pid}:x`)).toBe(false);
  });
});
