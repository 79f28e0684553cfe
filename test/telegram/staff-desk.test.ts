import { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import { createFollowupDesk, type FollowupDesk } from '../../src/followup/desk.js';
import { memoryFollowupStore } from '../../src/followup/memory-store.js';
import type { FollowupStore } from '../../src/followup/store.js';
import { memoryPreferences } from '../../src/store/preferences.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { staffDeskFeature } from '../../src/telegram/features/staff-desk.js';
import { telegrafMessenger } from '../../src/telegram/telegraf-messenger.js';
import { question } from '../followup/fixtures.js';
import { shippedAssistant } from '../fixtures/real-assistant.js';
import { captureApiEachTest } from './support/capture.js';
import { BOT_INFO, recordingLogger, TOKEN } from './support/test-bot.js';

/**
 * The staff desk feature with no network (Bot API calls captured at Telegram.prototype.callApi), to
 * control when an investor's answer is sent: an update must not wait for the deliveries.
 */
const STAFF_CHAT = -100_200;
const STAFF_ID = 900;
const INVESTOR = 1001;
const POST_ID = 4242;

const api = captureApiEachTest();
let updateId = 1;

async function deskBot(): Promise<{ bot: ReturnType<typeof createBot>; desk: FollowupDesk; store: FollowupStore; itemId: number }> {
  const logger = recordingLogger();
  const store = memoryFollowupStore();
  const desk = createFollowupDesk({
    store, messenger: telegrafMessenger(new Telegram(TOKEN)), staffChatId: STAFF_CHAT, clock: () => new Date('2026-03-02T02:00:00Z'), logger,
  });
  const { item } = await desk.recordQuestion(question({ chatId: INVESTOR, userId: INVESTOR }));
  await desk.linkStaffNote(item.id, STAFF_CHAT, POST_ID);
  const deps = { assistant: shippedAssistant, preferences: memoryPreferences(), unresolved: desk, logger, desk, staffIds: [STAFF_ID] };
  return { bot: createBot(TOKEN, deps, { botInfo: BOT_INFO, features: [staffDeskFeature], handlerTimeoutMs: 5_000 }), desk, store, itemId: item.id };
}

const staffFrom = { id: STAFF_ID, is_bot: false, first_name: 'Li', last_name: 'Wei', language_code: 'zh-hans' };
const chat = { id: STAFF_CHAT, type: 'supergroup', title: 'Staff' };
function staffReply(text: string): Update {
  const replied = { message_id: POST_ID, date: 0, chat, from: { id: BOT_INFO.id, is_bot: true, first_name: 'Bot' }, text: '🆕 …' };
  return { update_id: updateId++, message: { message_id: 7000 + updateId, date: 0, chat, from: staffFrom, text, reply_to_message: replied } } as Update;
}
function staffCommand(text: string): Update {
  const command = text.split(' ')[0]!;
  return {
    update_id: updateId++,
    message: { message_id: 7000 + updateId, date: 0, chat, from: staffFrom, text, entities: [{ type: 'bot_command', offset: 0, length: command.length }] },
  } as Update;
}

const to = (chatId: number) => api.sent().filter((c) => Number(c.payload.chat_id) === chatId).map((c) => String(c.payload.text));
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p.then(() => 'done' as const), new Promise<'still busy'>((r) => setTimeout(() => r('still busy'), ms))]);

describe('a staff answer in the bot', () => {
  it('is acknowledged at once and sent in the background; the delivery report follows when the sends are done', async () => {
    const { bot, desk, store, itemId } = await deskBot();
    let release = () => {};
    const investorReached = new Promise<void>((resolve) => (release = resolve));
    api.respond = async (call) => {
      if (call.method === 'sendMessage' && Number(call.payload.chat_id) === INVESTOR) await investorReached;
      return undefined;
    };

    // Telegram is slow to reach the investor: the update is done anyway, and staff know it is on its way.
    expect(await within(1000, bot.handleUpdate(staffReply('有，请联系县税务局。')))).toBe('done');
    expect(to(STAFF_CHAT).at(-1)).toBe(`📤 问题 #${itemId} 的答复已保存，正在发送给 1 位提问人；发送结果随后在这里报告。`);
    expect((await store.getItem(itemId))!.status).toBe('answered');
    expect(to(STAFF_CHAT).some((t) => t.includes('已发送给'))).toBe(false);

    release();
    await desk.settled();
    await until(() => to(STAFF_CHAT).some((t) => t.includes(`问题 #${itemId} 的答复已发送给 1 位提问人`)), 'the delivery report');
    expect(to(INVESTOR).at(-1)).toContain('有，请联系县税务局。');
    const report = api.sent().filter((c) => Number(c.payload.chat_id) === STAFF_CHAT).at(-1)!;
    expect(report.payload.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
  });

  it('acknowledges /answer at once too, and refuses a second answer without starting a send', async () => {
    const { bot, desk, itemId } = await deskBot();
    await bot.handleUpdate(staffCommand(`/answer ${itemId} 第一行\n第二行`));
    await desk.settled();
    await until(() => to(STAFF_CHAT).some((t) => t.includes('答复已发送给 1 位提问人')), 'the delivery report');
    const staffSaw = to(STAFF_CHAT);
    const acknowledged = staffSaw.findIndex((t) => t.includes('正在发送给 1 位提问人'));
    expect(acknowledged).toBeGreaterThanOrEqual(0);
    expect(acknowledged).toBeLessThan(staffSaw.findIndex((t) => t.includes('答复已发送给')));
    expect(to(INVESTOR).at(-1)).toContain('第一行\n第二行');
    await bot.handleUpdate(staffCommand(`/answer ${itemId} 再答一次`));
    expect(to(STAFF_CHAT).at(-1)).toContain(`问题 #${itemId} 已经已答复`);
    expect(to(INVESTOR)).toHaveLength(1);
  });
});
