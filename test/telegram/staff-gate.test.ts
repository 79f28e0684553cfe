import { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import type { Broadcaster } from '../../src/broadcast/broadcaster.js';
import { createFollowupDesk } from '../../src/followup/desk.js';
import { memoryFollowupStore } from '../../src/followup/memory-store.js';
import { memoryPreferences } from '../../src/store/preferences.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { broadcastAdminFeature } from '../../src/telegram/features/broadcast-admin.js';
import { staffDeskFeature } from '../../src/telegram/features/staff-desk.js';
import { telegrafMessenger } from '../../src/telegram/telegraf-messenger.js';
import { shippedAssistant } from '../fixtures/real-assistant.js';
import { captureApiEachTest } from './support/capture.js';
import { BOT_INFO, recordingLogger, TOKEN } from './support/test-bot.js';

/**
 * The one staff check behind the desk's commands and /broadcast: STAFF_IDS and members of the staff
 * group are staff; staff act only in the staff group or privately; refusals are audited.
 * No network: Bot API calls (getChatMember included) are answered at Telegram.prototype.callApi.
 */
const STAFF_CHAT = -100_200;
const LISTED = 900; // in STAFF_IDS
const MEMBER = 950; // in the staff group, not in STAFF_IDS
const STRANGER = 4242;
const PUBLIC_GROUP = -100_777;

const api = captureApiEachTest((call) =>
  call.method === 'getChatMember'
    ? { status: Number(call.payload.user_id) === MEMBER ? 'member' : 'left', user: { id: Number(call.payload.user_id), is_bot: false, first_name: 'x' } }
    : undefined);
let updateId = 1;

function setup() {
  const logger = recordingLogger();
  const store = memoryFollowupStore();
  const desk = createFollowupDesk({ store, messenger: telegrafMessenger(new Telegram(TOKEN)), staffChatId: STAFF_CHAT, clock: () => new Date(), logger, staffLang: 'en' });
  const checked: string[] = [];
  const queued: string[] = [];
  const broadcaster = {
    async check(id: string) {
      checked.push(id);
      return { kind: 'unknown', id, known: ['green-power'] };
    },
    async queue(id: string) {
      queued.push(id);
      return { kind: 'unknown', id, known: ['green-power'] };
    },
  } as unknown as Broadcaster;
  const deps = {
    assistant: shippedAssistant, preferences: memoryPreferences(), unresolved: desk, logger, desk, broadcaster,
    runBroadcastPass: async () => {}, staffIds: [LISTED], staffChatId: STAFF_CHAT,
  };
  const bot = createBot(TOKEN, deps, { botInfo: BOT_INFO, features: [staffDeskFeature, broadcastAdminFeature] });
  return { bot, store, checked, queued };
}

const person = (id: number) => ({ id, is_bot: false, first_name: `U${id}`, language_code: 'en' });
const chatOf = (chatId: number, userId: number) =>
  chatId === userId ? { id: chatId, type: 'private', first_name: `U${userId}` } : { id: chatId, type: 'supergroup', title: 'g' };
function command(text: string, userId: number, chatId = userId): Update {
  const name = text.split(' ')[0]!;
  return {
    update_id: updateId++,
    message: { message_id: updateId, date: 0, chat: chatOf(chatId, userId), from: person(userId), text, entities: [{ type: 'bot_command', offset: 0, length: name.length }] },
  } as Update;
}
function tap(data: string, userId: number, chatId = userId): Update {
  const message = { message_id: 77, date: 0, chat: chatOf(chatId, userId), text: 'preview' };
  return { update_id: updateId++, callback_query: { id: 'cb', from: person(userId), chat_instance: 'c', data, message } } as Update;
}
const replies = (chatId: number) => api.sent().filter((c) => Number(c.payload.chat_id) === chatId).map((c) => String(c.payload.text));
const cbAnswers = () => api.calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text);

describe('the staff gate', () => {
  it('lets a member of the staff group use /broadcast in a private chat, as the desk’s commands', async () => {
    const { bot, checked } = setup();
    await bot.handleUpdate(command('/broadcast', MEMBER));
    expect(replies(MEMBER).at(-1)).toBe('Usage: /broadcast <policy-id>. Policies: green-power');
    expect(checked).toEqual(['']);
    await bot.handleUpdate(command('/pending', MEMBER));
    expect(replies(MEMBER).at(-1)).toContain('No open questions');
  });

  it('refuses /broadcast to someone who is not staff, and records the attempt in the audit log', async () => {
    const { bot, store, checked } = setup();
    await bot.handleUpdate(command('/broadcast green-power', STRANGER));
    expect(replies(STRANGER)).toEqual(['This command is for staff only.']);
    expect(checked).toEqual([]);
    const [attempt] = await store.listAudit(1);
    expect(attempt).toMatchObject({ action: 'broadcast', allowed: false, actor: { id: STRANGER, name: `U${STRANGER}` }, detail: '/broadcast green-power' });
  });

  it('refuses a Confirm tapped by someone who is not staff, and records it', async () => {
    const { bot, store, queued } = setup();
    await bot.handleUpdate(tap('bb:ok:green-power', STRANGER));
    expect(cbAnswers()).toEqual(['This command is for staff only.']);
    expect(queued).toEqual([]);
    expect((await store.listAudit(1))[0]).toMatchObject({ action: 'broadcast', allowed: false, detail: 'bb:ok:green-power' });
  });

  it('keeps /broadcast by listed staff out of a group that is not the staff group: no preview, no subscriber count', async () => {
    const { bot, checked } = setup();
    await bot.handleUpdate(command('/broadcast green-power', LISTED, PUBLIC_GROUP));
    expect(replies(PUBLIC_GROUP)).toEqual(['To protect askers\' privacy, use this command in the staff group or in a private chat with the bot.']);
    expect(checked).toEqual([]);
    await bot.handleUpdate(tap('bb:ok:green-power', LISTED, PUBLIC_GROUP));
    expect(cbAnswers().at(-1)).toContain('use this command in the staff group');
  });

  it('lets anyone writing in the staff group use /broadcast there', async () => {
    const { bot, checked } = setup();
    await bot.handleUpdate(command('/broadcast green-power', STRANGER, STAFF_CHAT));
    expect(checked).toEqual(['green-power']);
    expect(replies(STAFF_CHAT)).toEqual(['There is no policy "green-power".\nUsage: /broadcast <policy-id>. Policies: green-power']);
  });
});
