import { describe, expect, it } from 'vitest';
import { buildWorkCalendar, type OfficialYear } from '../../src/calendar/calendar.js';
import { startScheduleReminder } from '../../src/calendar/reminder-job.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Messenger } from '../../src/core/messenger.js';
import { TelegramNetworkError } from '../../src/core/messenger.js';
import { recordingLogger } from '../telegram/support/test-bot.js';

const year = (y: number): OfficialYear => ({ year: y, source: 'test', holidays: [], workdays: [] });
const STAFF_CHAT = -100123;
const NEVER = '0 0 1 1 *'; // 1 January, midnight: no tick during a test

/** A messenger that records what it was asked to send, or fails every time. */
function fakeMessenger(fail = false): Messenger & { sent: { chatId: number | string; text: string }[] } {
  const sent: { chatId: number | string; text: string }[] = [];
  return {
    sent,
    async send(chatId, text) {
      if (fail) throw new TelegramNetworkError('connection refused');
      sent.push({ chatId, text });
      return { messageId: sent.length };
    },
  };
}

function job(options: { now: string; years?: number[]; messenger?: Messenger; cron?: string; lang?: 'zh' | 'en' }) {
  const logger = recordingLogger();
  const messenger = options.messenger ?? fakeMessenger();
  const reminder = startScheduleReminder({
    messenger,
    staffChatId: STAFF_CHAT,
    calendar: () => buildWorkCalendar((options.years ?? [2025, 2026]).map(year)),
    clock: fixedClock(options.now),
    logger,
    timezone: 'Asia/Shanghai',
    cron: options.cron ?? NEVER,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  return { reminder, logger, messenger };
}

describe('the December job reminding staff of next year’s holiday schedule', () => {
  it('posts the reminder to the staff group in December when next year is missing', async () => {
    const messenger = fakeMessenger();
    const { reminder } = job({ now: '2026-12-01T10:00:00+08:00', messenger });
    await expect(reminder.runNow()).resolves.toBe('sent');
    await reminder.stop();
    expect(messenger.sent).toHaveLength(1);
    expect(messenger.sent[0]?.chatId).toBe(STAFF_CHAT);
    expect(messenger.sent[0]?.text).toContain('knowledge/calendar/2027.yaml');
  });

  it('reads "today" in the county’s time zone: 30 Nov 23:00 UTC is already 1 December in Shanghai', async () => {
    const messenger = fakeMessenger();
    const { reminder } = job({ now: '2026-11-30T23:00:00Z', messenger, lang: 'en' });
    await expect(reminder.runNow()).resolves.toBe('sent');
    await reminder.stop();
    expect(messenger.sent[0]?.text).toMatch(/^Reminder: .*2027/);
  });

  it('posts nothing before December, or once next year’s file is there', async () => {
    const messenger = fakeMessenger();
    const early = job({ now: '2026-11-27T10:00:00+08:00', messenger });
    const complete = job({ now: '2026-12-15T10:00:00+08:00', years: [2026, 2027], messenger });
    await expect(early.reminder.runNow()).resolves.toBe('not-needed');
    await expect(complete.reminder.runNow()).resolves.toBe('not-needed');
    await early.reminder.stop();
    await complete.reminder.stop();
    expect(messenger.sent).toEqual([]);
  });

  it('logs a failed post instead of throwing', async () => {
    const { reminder, logger } = job({ now: '2026-12-01T10:00:00+08:00', messenger: fakeMessenger(true) });
    await expect(reminder.runNow()).resolves.toBe('failed');
    await reminder.stop();
    expect(logger.records).toMatchObject([{ level: 'error', obj: { job: 'calendar-reminder', chatId: STAFF_CHAT }, msg: 'could not post the holiday schedule reminder' }]);
  });

  it('fires on its cron tick', async () => {
    const messenger = fakeMessenger();
    const { reminder } = job({ now: '2026-12-01T10:00:00+08:00', messenger, cron: '* * * * * *' });
    const deadline = Date.now() + 3000;
    while (messenger.sent.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await reminder.stop();
    expect(messenger.sent.length).toBeGreaterThan(0);
  });
});
