import { Telegram } from 'telegraf';
import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBroadcaster } from '../../src/broadcast/broadcaster.js';
import { memoryDeliveryStore } from '../../src/broadcast/delivery-store.js';
import { SendPacer } from '../../src/broadcast/pacer.js';
import { staffGroupObserver } from '../../src/broadcast/staff-observer.js';
import { memorySubscriptionStore } from '../../src/broadcast/subscription-store.js';
import { systemClock } from '../../src/core/clock.js';
import { createFollowupDesk } from '../../src/followup/desk.js';
import { memoryFollowupStore } from '../../src/followup/memory-store.js';
import { memoryPreferences } from '../../src/store/preferences.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { broadcastAdminFeature } from '../../src/telegram/features/broadcast-admin.js';
import { subscriptionsFeature } from '../../src/telegram/features/subscriptions.js';
import { telegrafMessenger } from '../../src/telegram/telegraf-messenger.js';
import { shippedAssistant } from '../fixtures/real-assistant.js';
import { botMessages, buttonsOf, startEmulator, until, waitForMessages } from '../telegram/support/emulator.js';
import { BOT_INFO, memoryRecorder, recordingLogger, TOKEN, launchPolling } from '../telegram/support/test-bot.js';
import { policy } from './fixtures.js';

/** /subscribe, /subscriptions, /unsubscribe and staff's /broadcast, in the real bot on a Bot API emulator. */
const PORT = 9303;
const STAFF = 900;
const STAFF_TWO = 901;
const STAFF_GROUP = -100900;
let server: TelegramServer;
let stopBot: () => Promise<void>;
const subscriptions = memorySubscriptionStore();
const deliveries = memoryDeliveryStore();
const green = policy('green-power', { topics: ['energy'], title: { zh: '绿电', en: 'Green power' } });
const future = policy('later', { publishAt: new Date('2099-01-01T00:00:00Z') });
const other = policy('other', { topics: ['land'] });
let nextUser = 300;
const auditLog = memoryFollowupStore();

beforeAll(async () => {
  server = await startEmulator(PORT);
  const logger = recordingLogger();
  const messenger = telegrafMessenger(new Telegram(TOKEN, { apiRoot: server.config.apiURL }));
  const broadcaster = createBroadcaster({
    deliveries, subscriptions, messenger, logger, clock: systemClock,
    pacer: new SendPacer({ ratePerSecond: 25 }),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    policies: () => [green, future, other],
    holder: 'e2e',
    observer: staffGroupObserver(messenger, STAFF_GROUP, 'en', logger),
  });
  const desk = createFollowupDesk({ store: auditLog, messenger, staffChatId: STAFF_GROUP, clock: systemClock, logger, staffLang: 'en' });
  const deps = {
    assistant: shippedAssistant, preferences: memoryPreferences(), unresolved: memoryRecorder(), logger, desk,
    subscriptions, deliveries, broadcaster, staffIds: [STAFF, STAFF_TWO], staffChatId: STAFF_GROUP,
    runBroadcastPass: async () => void (await broadcaster.runPass('staff')),
  };
  const bot = createBot(TOKEN, deps, { apiRoot: server.config.apiURL, botInfo: BOT_INFO, features: [subscriptionsFeature, broadcastAdminFeature] });
  stopBot = launchPolling(bot);
});

afterAll(async () => {
  await stopBot?.();
  await server?.stop();
});

function user(id = nextUser++, languageCode = 'en') {
  const client = server.getClient(TOKEN, { userId: id, chatId: id, firstName: `U${id}` });
  const from = { id, first_name: `U${id}`, is_bot: false, language_code: languageCode };
  const last = () => botMessages(server, id).at(-1)!;
  return {
    id,
    last,
    async command(text: string, count = 1) {
      const before = botMessages(server, id).length;
      await client.sendCommand(client.makeCommand(text, { from }));
      return (await waitForMessages(server, id, before, count)).map((u) => u.message);
    },
    async tap(label: RegExp) {
      const message = last();
      const button = buttonsOf(message.message).find((b) => label.test(b.text))!;
      expect(button, `a button ${label}`).toBeDefined();
      const before = JSON.stringify([message.message.text, message.message.reply_markup]);
      await client.sendCallback(client.makeCallbackQuery(button.callback_data, { from, message: { message_id: message.messageId } }));
      await until(() => JSON.stringify([last().message.text, last().message.reply_markup]) !== before, 'the message to change');
      return last().message;
    },
  };
}

describe('subscribing to policy news', () => {
  it('/subscribe shows every topic as a toggle; a tap saves it and redraws the same message', async () => {
    const u = user();
    const [menu] = await u.command('/subscribe');
    expect(menu!.text).toContain('Choose the policy topics');
    expect(buttonsOf(menu!).map((b) => b.text)).toContain('⬜ Clean energy');
    const count = botMessages(server, u.id).length;
    const edited = await u.tap(/Clean energy/);
    expect(botMessages(server, u.id)).toHaveLength(count); // edited in place, no new message
    expect(buttonsOf(edited).map((b) => b.text)).toContain('✅ Clean energy');
    expect(await subscriptions.get(u.id)).toEqual({ chatId: u.id, lang: 'en', topics: ['energy'] });
    const [summary] = await u.command('/subscriptions');
    expect(summary!.text).toBe('You receive new policies on: Clean energy. Change with /subscribe, stop all with /unsubscribe.');
  });

  it('"all" takes every topic, Done closes the menu, /unsubscribe stops everything', async () => {
    const u = user(nextUser++, 'zh-hans');
    await u.command('/subscribe');
    await u.tap(/全部主题/);
    expect((await subscriptions.get(u.id))?.topics).toBe('all');
    const done = await u.tap(/完成/);
    expect(done.text).toContain('全部主题');
    const [bye] = await u.command('/unsubscribe');
    expect(bye!.text).toContain('已退订');
    expect(await subscriptions.get(u.id)).toBeNull();
    const [again] = await u.command('/unsubscribe');
    expect(again!.text).toContain('无需退订');
  });
});

describe('switching off the last topic', () => {
  it('cancels what is still queued for the chat, as /unsubscribe does', async () => {
    const u = user();
    await u.command('/subscribe');
    await u.tap(/Clean energy/);
    const queued = { policyId: 'queued-for-toggle', title: 't', texts: { zh: 'z', 'zh-Hant': 't', en: 'e' }, trigger: 'test', queuedAt: new Date() };
    await deliveries.enqueue(queued, [{ chatId: u.id, lang: 'en' }]);
    const off = await u.tap(/Clean energy/);
    expect(buttonsOf(off).map((b) => b.text)).toContain('⬜ Clean energy');
    expect(await subscriptions.get(u.id)).toBeNull();
    expect(await deliveries.summary('queued-for-toggle')).toMatchObject({ pending: 0, cancelled: 1 });
  });

  it('leaves the queue alone while any topic is still on', async () => {
    const u = user();
    await u.command('/subscribe');
    await u.tap(/Clean energy/);
    await u.tap(/Land for projects/);
    const queued = { policyId: 'queued-for-partial', title: 't', texts: { zh: 'z', 'zh-Hant': 't', en: 'e' }, trigger: 'test', queuedAt: new Date() };
    await deliveries.enqueue(queued, [{ chatId: u.id, lang: 'en' }]);
    await u.tap(/Clean energy/);
    expect((await subscriptions.get(u.id))?.topics).toEqual(['land']);
    expect(await deliveries.summary('queued-for-partial')).toMatchObject({ pending: 1, cancelled: 0 });
    await deliveries.cancelPending(u.id, 'test over'); // not for the broadcasts below to send
  });
});

describe('staff broadcasting a policy', () => {
  it('refuses /broadcast to someone who is not staff, and records the attempt in the audit log', async () => {
    const stranger = user();
    const [reply] = await stranger.command('/broadcast green-power');
    expect(reply!.text).toBe('This command is for staff only.');
    const [attempt] = await auditLog.listAudit(1);
    expect(attempt).toMatchObject({ action: 'broadcast', allowed: false, actor: { id: stranger.id }, detail: '/broadcast green-power' });
  });

  it('refuses /broadcast from staff in a group that is not the staff group: no preview, no subscriber count there', async () => {
    const group = -100_777;
    const client = server.getClient(TOKEN, { userId: STAFF, chatId: group, type: 'supergroup', chatTitle: 'Investors', firstName: `U${STAFF}` });
    const before = botMessages(server, group).length;
    await client.sendCommand(client.makeCommand('/broadcast green-power', { from: { id: STAFF, first_name: `U${STAFF}`, is_bot: false, language_code: 'en' } } as never));
    const [hint] = await waitForMessages(server, group, before);
    expect(hint!.message.text).toContain('use this command in the staff group or in a private chat');
    await new Promise((r) => setTimeout(r, 300));
    expect(botMessages(server, group)).toHaveLength(before + 1);
    expect(botMessages(server, group).some((m) => /subscriber/.test(m.message.text))).toBe(false);
  });

  it('explains usage and refuses a policy that is not published yet', async () => {
    const staff = user(STAFF);
    expect((await staff.command('/broadcast'))[0]!.text).toBe('Usage: /broadcast <policy-id>. Policies: green-power, later, other');
    expect((await staff.command('/broadcast later'))[0]!.text).toMatch(/^Policy "later" is scheduled for 2099-01-01 08:00 \(UTC\+8\)/);
  });

  it('sends nothing when staff tap Cancel', async () => {
    const staff = user(STAFF);
    await staff.command('/broadcast other', 5);
    const cancelled = await staff.tap(/Cancel/);
    expect(cancelled.text).toBe('Cancelled; nothing was sent.');
    expect(await deliveries.getBroadcast('other')).toBeNull();
  });

  it('previews the policy with the recipient count, sends it only on Confirm, and reports to the staff group', async () => {
    const investor = user(nextUser++, 'zh-hans');
    await subscriptions.save({ chatId: investor.id, lang: 'zh', topics: ['energy'] });
    const expected = (await subscriptions.all()).filter((s) => s.topics === 'all' || s.topics.includes('energy')).length;
    const staff = user(STAFF_TWO);
    const [, zhPreview, , enPreview, summary] = await staff.command('/broadcast green-power', 5);
    expect(zhPreview!.text).toContain('绿电');
    expect(enPreview!.text).toContain('Green power');
    expect(summary!.text).toBe(`Policy "green-power" will go to ${expected} subscriber(s), each in their own language. Send it?`);
    expect(botMessages(server, investor.id)).toHaveLength(0);
    const started = await staff.tap(/Confirm/);
    expect(started.text).toContain(`Broadcast of "green-power" started (${expected} subscriber(s))`);
    const [received] = await waitForMessages(server, investor.id, 0);
    expect(received!.message.text).toContain('绿电');
    const report = `Broadcast of "green-power" finished: ${expected} sent, 0 failed, 0 blocked the bot or gone (unsubscribed).`;
    await until(() => botMessages(server, STAFF_GROUP).some((m) => m.message.text === report), 'the final report in the staff group');
    const [twice] = await staff.command('/broadcast green-power');
    expect(twice!.text).toMatch(/was already broadcast/);
  });

});
