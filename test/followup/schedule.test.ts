import { describe, expect, it } from 'vitest';
import type { FollowupDesk } from '../../src/followup/desk.js';
import { startFollowupSchedule } from '../../src/followup/schedule.js';
import { recordingLogger } from '../telegram/support/test-bot.js';

/** A desk whose jobs only count their calls (the jobs themselves are tested with the desk). */
function countingDesk(failDigest = false) {
  const calls: string[] = [];
  const desk = {
    sendDigest: async () => {
      calls.push('digest');
      if (failDigest) throw new Error('staff chat unreachable');
      return 'digest';
    },
    applyRetention: async (days: number) => (calls.push(`retention ${days}`), { items: 0, refusedAttempts: 0 }),
    retryDeliveries: async () => (calls.push('retry'), []),
  } as unknown as FollowupDesk;
  return { desk, calls };
}

const NEVER = '0 0 1 1 *'; // 1 January, midnight: no tick during a test

describe('follow-up schedule', () => {
  it('runs the retry job at start, so pending answers go out after a restart', async () => {
    const { desk, calls } = countingDesk();
    const schedule = startFollowupSchedule({ desk, digestCron: NEVER, retentionCron: NEVER, retryCron: NEVER, retentionDays: 180, timezone: 'Asia/Shanghai', logger: recordingLogger() });
    await schedule.stop();
    expect(calls).toEqual(['retry']);
  });

  it('runs each job on demand, with the configured retention period', async () => {
    const { desk, calls } = countingDesk();
    const schedule = startFollowupSchedule({ desk, digestCron: NEVER, retentionCron: NEVER, retryCron: NEVER, retentionDays: 30, timezone: 'Asia/Shanghai', logger: recordingLogger(), runOnStart: false });
    await schedule.runNow('digest');
    await schedule.runNow('retention');
    await schedule.stop();
    expect(calls).toEqual(['digest', 'retention 30']);
  });

  it('logs a failing job instead of throwing', async () => {
    const { desk } = countingDesk(true);
    const logger = recordingLogger();
    const schedule = startFollowupSchedule({ desk, digestCron: NEVER, retentionCron: NEVER, retryCron: NEVER, retentionDays: 180, timezone: 'Asia/Shanghai', logger, runOnStart: false });
    await expect(schedule.runNow('digest')).resolves.toBeUndefined();
    await schedule.stop();
    expect(logger.records).toMatchObject([{ level: 'error', obj: { job: 'digest' }, msg: 'follow-up job failed' }]);
  });

  it('fires on its cron tick', async () => {
    const { desk, calls } = countingDesk();
    const schedule = startFollowupSchedule({ desk, digestCron: '* * * * * *', retentionCron: NEVER, retryCron: NEVER, retentionDays: 180, timezone: 'Asia/Shanghai', logger: recordingLogger(), runOnStart: false });
    const deadline = Date.now() + 3000;
    while (!calls.includes('digest') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await schedule.stop();
    expect(calls).toContain('digest');
  });
});
