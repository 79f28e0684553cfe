import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Telegram } from 'telegraf';
import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFollowupDesk, type FollowupDesk } from '../../src/followup/desk.js';
import type { FollowupStore } from '../../src/followup/store.js';
import { memoryPreferences } from '../../src/store/preferences.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { sqliteFollowupStore } from '../../src/store/followup-store.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { staffDeskFeature } from '../../src/telegram/features/staff-desk.js';
import { telegrafMessenger } from '../../src/telegram/telegraf-messenger.js';
import { shippedAssistant } from '../fixtures/real-assistant.js';
import { botMessages, buttonsOf, startEmulator, until, waitForMessages } from '../telegram/support/emulator.js';
import { BOT_INFO, launchPolling, recordingLogger, TOKEN } from '../telegram/support/test-bot.js';

/**
 * The real bot (real knowledge and search, the staff desk feature, SQLite in a temporary file)
 * long-polling the Bot API emulator on 127.0.0.1: investors in private chats, staff in a group.
 */
const PORT = 9201;
const STAFF_CHAT = -100_200_300;
const STAFF_ID = 900; // in STAFF_IDS and writing in the staff group
const PRIVATE_STAFF_ID = 901; // in STAFF_IDS, writing to the bot privately
const UNANSWERABLE = '喀左县工业用水每吨多少钱？';

let server: TelegramServer;
let dir: string;
let running: DeskBot;
let nextUser = 300;

interface DeskBot {
  readonly db: Db;
  readonly store: FollowupStore;
  readonly desk: FollowupDesk;
  stop(): Promise<void>;
}

/** Starts the bot over the database file; stop() stops polling and closes the database (a restart). */
function startDeskBot(): DeskBot {
  const db = openDatabase(join(dir, 'data', 'bizbot.db'));
  const store = sqliteFollowupStore(db);
  const logger = recordingLogger();
  const messenger = telegrafMessenger(new Telegram(TOKEN, { apiRoot: server.config.apiURL }));
  const desk = createFollowupDesk({ store, messenger, staffChatId: STAFF_CHAT, clock: () => new Date(), logger });
  const deps = {
    assistant: shippedAssistant, preferences: memoryPreferences(), unresolved: desk, logger, desk,
    staffIds: [STAFF_ID, PRIVATE_STAFF_ID],
  };
  const bot = createBot(TOKEN, deps, { apiRoot: server.config.apiURL, botInfo: BOT_INFO, features: [staffDeskFeature] });
  const stopPolling = launchPolling(bot);
  return {
    db, store, desk,
    async stop() {
      await stopPolling();
      db.close();
    },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  server = await startEmulator(PORT);
  running = startDeskBot();
});

afterAll(async () => {
  await running?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function investor(id = nextUser++) {
  const client = server.getClient(TOKEN, { userId: id, chatId: id, firstName: `Investor${id}` });
  const from = { id, first_name: `Investor${id}`, is_bot: false, language_code: 'zh-hans' };
  return {
    id,
    /** Asks a question the shipped knowledge cannot answer (checked first, so a knowledge change shows up clearly). */
    async ask(text: string) {
      expect(shippedAssistant().ask(text, { lang: 'zh' }).status, `the knowledge base now answers "${text}"; pick another question`).toBe('unresolved');
      const before = botMessages(server, id).length;
      await client.sendMessage(client.makeMessage(text, { from }));
      return (await waitForMessages(server, id, before))[0]!.message;
    },
    async command(text: string) {
      const before = botMessages(server, id).length;
      await client.sendCommand(client.makeCommand(text, { from }));
      return (await waitForMessages(server, id, before))[0]!.message;
    },
    received: () => botMessages(server, id).map((u) => u.message),
  };
}

/** A staff member (in STAFF_IDS) writing in the staff group. */
const staffClient = staffMember();
function staffMember() {
  const from = { id: STAFF_ID, first_name: 'Li', last_name: 'Wei', is_bot: false, language_code: 'zh-hans' };
  const client = () => server.getClient(TOKEN, { userId: STAFF_ID, chatId: STAFF_CHAT, type: 'supergroup', chatTitle: 'Staff', firstName: 'Li' });
  const staffCount = () => botMessages(server, STAFF_CHAT).length;
  return {
    /** A staff member replies in the group to the bot's message `postId`; the bot's first response. */
    async reply(postId: number, text: string) {
      return (await this.replyAndWait(postId, text, 1))[0]!;
    },
    /** A staff reply that answers a question: the bot acknowledges it at once, and reports the delivery after. */
    async answer(postId: number, text: string) {
      const [ack, report] = await this.replyAndWait(postId, text, 2);
      expect(ack!.text).toContain('正在发送给');
      return report!;
    },
    async replyAndWait(postId: number, text: string, count: number) {
      const c = client();
      const replyTo = { message_id: postId, from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name }, chat: { id: STAFF_CHAT, type: 'supergroup' }, date: 0, text: '…' };
      const before = staffCount();
      await c.sendMessage(c.makeMessage(text, { from, reply_to_message: replyTo } as never));
      return (await waitForMessages(server, STAFF_CHAT, before, count)).map((u) => u.message);
    },
    async command(text: string) {
      const c = client();
      const before = staffCount();
      await c.sendCommand(c.makeCommand(text, { from }));
      return (await waitForMessages(server, STAFF_CHAT, before))[0]!.message;
    },
    async tap(postId: number, data: string, expectMessage = true) {
      const c = client();
      const before = staffCount();
      await c.sendCallback(c.makeCallbackQuery(data, { from, message: { message_id: postId } } as never));
      return expectMessage ? (await waitForMessages(server, STAFF_CHAT, before))[0]!.message : undefined;
    },
    /** The staff-group post about a question, found by its text. */
    async postFor(text: string) {
      await until(() => botMessages(server, STAFF_CHAT).some((u) => u.message.text.includes(text) && u.message.text.includes('🆕')), `staff post for ${text}`);
      return botMessages(server, STAFF_CHAT).filter((u) => u.message.text.includes(text) && u.message.text.includes('🆕')).at(-1)!;
    },
  };
}

const itemIdOf = (postText: string) => Number(/#(\d+)/.exec(postText)![1]);

describe('the staff follow-up desk against a Bot API emulator', () => {
  it('posts an unanswerable question to staff; a staff reply reaches the investor as the county’s answer', async () => {
    const zhang = investor();
    const reply = await zhang.ask(UNANSWERABLE);
    expect(reply.text).toContain('工作人员');
    const post = await staffClient.postFor(UNANSWERABLE);
    expect(post.message.text).toContain(`Investor${zhang.id} (id ${zhang.id})`);
    expect(buttonsOf(post.message).map((b) => b.callback_data)).toEqual([
      `desk:dismiss:${itemIdOf(post.message.text)}`, `desk:nearest:${itemIdOf(post.message.text)}`,
    ]);

    const before = zhang.received().length;
    const report = await staffClient.answer(post.messageId, '工业用水价格按县发改局公布的标准执行，详情请致电县水务公司。');
    expect(report.text).toContain('已发送给 1 位提问人');
    const [answer] = await waitForMessages(server, zhang.id, before);
    expect(answer!.message.text).toContain('📮 喀左县营商环境工作人员答复');
    expect(answer!.message.text).toContain('工业用水价格按县发改局公布的标准执行');
    expect(await running.store.getItem(itemIdOf(post.message.text))).toMatchObject({ status: 'answered', closedBy: { id: STAFF_ID, name: 'Li Wei' } });
  });

  it('delivers a multi-line staff reply with its line breaks (and without an @mention of the bot)', async () => {
    const asker = investor();
    await asker.ask('喀左县办理排污许可证需要哪些材料？');
    const post = await staffClient.postFor('喀左县办理排污许可证需要哪些材料？');
    const before = asker.received().length;
    const reply = `@${BOT_INFO.username} 需要以下材料：\n1. 排污许可申请表\n2. 环评批复文件\n\n详情请咨询县生态环境分局。`;
    expect((await staffClient.answer(post.messageId, reply)).text).toContain('已发送给 1 位提问人');
    const [answer] = await waitForMessages(server, asker.id, before);
    const expected = '需要以下材料：\n1. 排污许可申请表\n2. 环评批复文件\n\n详情请咨询县生态环境分局。';
    expect(answer!.message.text.endsWith(expected)).toBe(true);
    expect((await running.store.getItem(itemIdOf(post.message.text)))!.answer).toBe(expected);
  });

  it('gives two investors who asked the same thing the one answer', async () => {
    const [a, b] = [investor(), investor()];
    const question = '喀左县污水处理费怎么收？';
    await a.ask(question);
    const post = await staffClient.postFor(question);
    await b.ask('请问，喀左县污水处理费怎么收');
    await until(() => botMessages(server, STAFF_CHAT).some((u) => u.message.text.includes(`Investor${b.id}`)), 'the asked-again note');
    const report = await staffClient.answer(post.messageId, '按县物价部门核定标准随水费征收。');
    expect(report.text).toContain('已发送给 2 位提问人');
    for (const who of [a, b]) expect(who.received().at(-1)!.text).toContain('按县物价部门核定标准随水费征收。');
    expect((await running.store.getItem(itemIdOf(post.message.text)))!.askCount).toBe(2);
  });

  it('refuses /answer from someone who is not staff, and records the attempt', async () => {
    const asker = investor();
    await asker.ask('喀左县天然气接入费是多少？');
    const post = await staffClient.postFor('喀左县天然气接入费是多少？');
    const id = itemIdOf(post.message.text);
    const stranger = investor();
    const refusal = await stranger.command(`/answer ${id} 免费`);
    expect(refusal.text).toBe('此命令仅限喀左县工作人员使用。');
    expect((await running.store.getItem(id))!.status).toBe('open');
    expect(asker.received().some((m) => m.text.includes('免费'))).toBe(false);
    const [attempt] = await running.store.listAudit(1);
    expect(attempt).toMatchObject({ action: 'answer', allowed: false, actor: { id: stranger.id }, detail: `/answer ${id} 免费` });
  });

  it('lets listed staff answer privately with /answer, telling the staff group', async () => {
    const asker = investor();
    await asker.ask('喀左县有没有人才公寓？');
    const id = itemIdOf((await staffClient.postFor('喀左县有没有人才公寓？')).message.text);
    const client = server.getClient(TOKEN, { userId: PRIVATE_STAFF_ID, chatId: PRIVATE_STAFF_ID, firstName: 'Zhao' });
    const before = botMessages(server, PRIVATE_STAFF_ID).length;
    await client.sendCommand(client.makeCommand(`/answer ${id} 有，可向县人社局申请。`, { from: { id: PRIVATE_STAFF_ID, first_name: 'Zhao', is_bot: false } } as never));
    const [ack, report] = await waitForMessages(server, PRIVATE_STAFF_ID, before, 2);
    expect(ack!.message.text).toContain(`问题 #${id} 的答复已保存，正在发送给 1 位提问人`);
    expect(report!.message.text).toContain('已发送给 1 位提问人');
    await until(() => asker.received().some((m) => m.text.includes('有，可向县人社局申请。')), 'the answer');
    await until(() => botMessages(server, STAFF_CHAT).some((u) => u.message.text.includes(`问题 #${id} 已由 Zhao 答复`)), 'the staff-group notice');
  });

  it('keeps open items and the reply mapping across a restart', async () => {
    const asker = investor();
    await asker.ask('喀左县冬季供暖费怎么交？');
    const post = await staffClient.postFor('喀左县冬季供暖费怎么交？');
    await running.stop();
    running = startDeskBot();
    expect((await running.store.getItem(itemIdOf(post.message.text)))!.status).toBe('open');
    await staffClient.reply(post.messageId, '可到县供热公司营业厅或线上缴纳。');
    await until(() => asker.received().some((m) => m.text.includes('可到县供热公司营业厅或线上缴纳。')), 'the answer after the restart');
  });

  it('shows the nearest entries and dismisses from the post’s buttons', async () => {
    await investor().ask('喀左县工业蒸汽价格是多少？');
    const post = await staffClient.postFor('喀左县工业蒸汽价格是多少？');
    const id = itemIdOf(post.message.text);
    const nearest = await staffClient.tap(post.messageId, `desk:nearest:${id}`);
    expect(nearest!.text).toMatch(new RegExp(`问题 #${id} (的相近条目|没有相近)`));
    const dismissed = await staffClient.tap(post.messageId, `desk:dismiss:${id}`);
    expect(dismissed!.text).toBe(`🗑 问题 #${id} 已由 Li Wei 关闭。`);
    expect((await running.store.getItem(id))!.status).toBe('dismissed');
  });

  it('answers /pending and /stats in the staff group, and reports politely when /export cannot be sent', async () => {
    await investor().ask('喀左县有没有共享办公空间？');
    await staffClient.postFor('喀左县有没有共享办公空间？');
    expect((await staffClient.command('/pending')).text).toMatch(/待回复问题（共 \d+ 个，第 1\/1 页/);
    expect((await staffClient.command('/stats')).text).toContain('答复率');
    // The emulator has no sendDocument (it answers 500); the CSV itself is covered by unit tests.
    expect((await staffClient.command('/export')).text).toContain('导出文件没能发送');
  });

  it('keeps staff views out of other groups, and does not take a reply to a report for a question', async () => {
    const other = server.getClient(TOKEN, { userId: STAFF_ID, chatId: -100_999, type: 'group', chatTitle: 'Investors', firstName: 'Li' });
    const before = botMessages(server, -100_999).length;
    await other.sendCommand(other.makeCommand('/pending', { from: { id: STAFF_ID, first_name: 'Li', is_bot: false } } as never));
    const [hint] = await waitForMessages(server, -100_999, before);
    expect(hint!.message.text).toContain('请在工作群或与机器人的私聊中使用此命令');

    await staffClient.command('/stats');
    const report = botMessages(server, STAFF_CHAT).at(-1)!;
    expect(report.message.text).toContain('答复率');
    const open = await running.store.countItems();
    expect((await staffClient.reply(report.messageId, '喀左县哪个部门管工业蒸汽？')).text).toContain('这条消息不对应某个问题');
    expect(await running.store.countItems()).toBe(open);
  });
});
