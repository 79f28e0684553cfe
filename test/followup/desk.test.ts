import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { createFollowupDesk, type FollowupDeskDeps } from '../../src/followup/desk.js';
import { memoryFollowupStore } from '../../src/followup/memory-store.js';
import type { FollowupStore } from '../../src/followup/store.js';
import { openDatabase } from '../../src/store/database.js';
import { sqliteFollowupStore } from '../../src/store/followup-store.js';
import { TelegramApiError, type Messenger } from '../../src/core/messenger.js';
import { recordingLogger } from '../telegram/support/test-bot.js';
import { badGateway, blocked, fakeMessenger, manualClock, offline, question, STAFF_CHAT, staff, tooMany } from './fixtures.js';

const stores: { name: string; make: () => FollowupStore }[] = [
  { name: 'memory', make: memoryFollowupStore },
  { name: 'sqlite', make: () => sqliteFollowupStore(openDatabase(':memory:')) },
];
const inChat = { inStaffChat: true, via: 'reply' } as const;
const fromCli = { inStaffChat: false, via: 'cli' } as const;

function setup(make: () => FollowupStore, over: Partial<FollowupDeskDeps> = {}) {
  const store = make();
  const messenger = fakeMessenger();
  const clock = manualClock('2026-03-02T02:00:00Z');
  const sleeps: number[] = [];
  const desk = createFollowupDesk({
    store, messenger, clock, logger: silentLogger, staffChatId: STAFF_CHAT,
    sleep: async (ms) => void sleeps.push(ms), ...over,
  });
  return { store, messenger, clock, sleeps, desk };
}

describe.each(stores)('follow-up desk ($name store)', ({ make }) => {
  it('posts a new question to the staff chat with its context and buttons, and remembers the post', async () => {
    const { desk, messenger, store } = setup(make);
    const outcome = await desk.recordQuestion(question());
    expect(outcome).toMatchObject({ kind: 'created', posted: true });
    const [post] = messenger.to(STAFF_CHAT);
    expect(post!.text).toContain(`#${outcome.item.id}`);
    expect(post!.text).toContain('喀左县有没有针对新能源企业的税收优惠政策？');
    expect(post!.text).toContain('Zhang San (id 1001)');
    expect(post!.text).toContain('incentives-overview (2.50)');
    expect(post!.options?.buttons?.[0]?.map((b) => b.callbackData)).toEqual([`desk:dismiss:${outcome.item.id}`, `desk:nearest:${outcome.item.id}`]);
    expect(await desk.itemForStaffPost(STAFF_CHAT, post!.messageId)).toBe(outcome.item.id);
    expect(await store.countItems('open')).toBe(1);
  });

  it('joins the same question from another investor to the open item and tells staff once', async () => {
    const { desk, messenger } = setup(make);
    const first = await desk.recordQuestion(question());
    const second = await desk.recordQuestion(question({ chatId: 2002, userId: 2002, displayName: 'Wang Wu', text: '请问喀左县有没有针对新能源企业的税收优惠政策呢' }));
    const again = await desk.recordQuestion(question({ chatId: 2002, userId: 2002, displayName: 'Wang Wu' }));
    expect(second).toMatchObject({ kind: 'joined', newAsker: true, item: { id: first.item.id, askCount: 2 } });
    expect(again).toMatchObject({ kind: 'joined', newAsker: false, item: { askCount: 3 } });
    const staffMessages = messenger.to(STAFF_CHAT);
    expect(staffMessages).toHaveLength(2);
    expect(staffMessages[1]!.text).toContain('Wang Wu');
    expect(await desk.itemForStaffPost(STAFF_CHAT, staffMessages[1]!.messageId)).toBe(first.item.id);
  });

  it('keeps a different question apart', async () => {
    const { desk } = setup(make);
    const a = await desk.recordQuestion(question());
    const b = await desk.recordQuestion(question({ text: '喀左县有没有针对新材料企业的税收优惠政策？' }));
    expect(b.kind).toBe('created');
    expect(b.item.id).not.toBe(a.item.id);
  });

  it('creates one item when the same new question arrives twice at once', async () => {
    const { desk, store } = setup(make);
    await Promise.all([desk.record(question()), desk.record(question({ chatId: 3003, userId: 3003 }))]);
    expect(await store.countItems()).toBe(1);
  });

  it('sends one staff answer to every asker, in their language, as a reply to their question', async () => {
    const { desk, messenger, store } = setup(make);
    const { item } = await desk.recordQuestion(question());
    await desk.recordQuestion(question({ chatId: 2002, userId: 2002, lang: 'zh-Hant', text: '喀左縣有沒有針對新能源企業的稅收優惠政策？', messageId: 77 }));
    await desk.recordQuestion(question({ chatId: 3003, userId: 3003, lang: 'en', messageId: 5 }));
    const outcome = await desk.answer(item.id, '  有。符合条件的企业可以申请，详情请联系县税务局。 ', staff, inChat);
    expect(outcome).toMatchObject({ kind: 'answered', item: { status: 'answered', answer: '有。符合条件的企业可以申请，详情请联系县税务局。' } });
    if (outcome.kind !== 'answered') return;
    expect(outcome.report).toContain('3');
    const [zh] = messenger.to(1001);
    expect(zh!.text).toContain('喀左县营商环境工作人员答复');
    expect(zh!.text).toContain('有。符合条件的企业可以申请');
    expect(zh!.options?.replyToMessageId).toBe(10);
    const [hant] = messenger.to(2002);
    expect(hant!.text).toContain('喀左縣營商環境工作人員答覆');
    expect(hant!.options?.replyToMessageId).toBe(77);
    expect(messenger.to(3003)[0]!.text).toContain('Answer from the Harqin Left Wing business environment office');
    expect((await store.askers(item.id)).map((a) => a.delivery.status)).toEqual(['delivered', 'delivered', 'delivered']);
    // Answered in the staff chat itself: no extra notice there.
    expect(messenger.to(STAFF_CHAT)).toHaveLength(3);
    expect((await store.listAudit()).map((e) => [e.action, e.actor?.id, e.itemId])).toEqual([['answer', staff.id, item.id]]);
  });

  it('tells the staff chat when an item was answered or dismissed elsewhere (CLI, private chat)', async () => {
    const { desk, messenger } = setup(make);
    const a = await desk.recordQuestion(question());
    const b = await desk.recordQuestion(question({ text: '外资企业在喀左县设立子公司需要哪些材料' }));
    await desk.answer(a.item.id, '答复', staff, fromCli);
    await desk.dismiss(b.item.id, staff, '重复', fromCli);
    const notices = messenger.to(STAFF_CHAT).slice(2).map((s) => s.text);
    expect(notices[0]).toContain(`问题 #${a.item.id} 已由 Li Wei 答复`);
    expect(notices[1]).toContain(`问题 #${b.item.id} 已由 Li Wei 关闭`);
  });

  it('refuses an empty answer, an unknown item and a second answer', async () => {
    const { desk } = setup(make);
    const { item } = await desk.recordQuestion(question());
    expect(await desk.answer(item.id, '   ', staff, inChat)).toEqual({ kind: 'empty' });
    expect(await desk.answer(999, 'x', staff, inChat)).toEqual({ kind: 'not-found', itemId: 999 });
    await desk.answer(item.id, 'first', staff, inChat);
    expect(await desk.answer(item.id, 'second', staff, inChat)).toMatchObject({ kind: 'closed', item: { answer: 'first' } });
    expect(await desk.dismiss(item.id, staff, null, inChat)).toMatchObject({ kind: 'closed' });
  });

  it('reports an investor who blocked the bot as undelivered, and still delivers to the others', async () => {
    const { desk, messenger, store } = setup(make);
    const { item } = await desk.recordQuestion(question());
    await desk.recordQuestion(question({ chatId: 2002, userId: 2002, displayName: 'Wang Wu' }));
    messenger.failNext(1001, blocked());
    const outcome = await desk.answer(item.id, '答复', staff, inChat);
    if (outcome.kind !== 'answered') throw new Error(outcome.kind);
    expect(outcome.report).toContain('无法送达 1 位');
    expect(outcome.report).toContain('Zhang San (id 1001)：对方已屏蔽机器人或会话已不存在');
    const askers = await store.askers(item.id);
    expect(askers.map((a) => a.delivery.status)).toEqual(['failed', 'delivered']);
    expect(askers[0]!.delivery.lastError).toContain('403');
  });

  it('retries a server error in line with growing pauses', async () => {
    const { desk, messenger, sleeps } = setup(make);
    const { item } = await desk.recordQuestion(question());
    messenger.failNext(1001, badGateway(), offline());
    const outcome = await desk.answer(item.id, '答复', staff, inChat);
    expect(outcome).toMatchObject({ kind: 'answered', results: [{ outcome: 'delivered', attempts: 3 }] });
    expect(sleeps).toEqual([500, 1000]);
  });

  it('schedules a 429 with a long retry_after for the retry job, which delivers it later and tells staff', async () => {
    const { desk, messenger, clock, store, sleeps } = setup(make);
    const { item } = await desk.recordQuestion(question());
    messenger.failNext(1001, tooMany(90));
    const outcome = await desk.answer(item.id, '答复', staff, inChat);
    if (outcome.kind !== 'answered') throw new Error(outcome.kind);
    expect(outcome.report).toContain('稍后自动重试 1 位');
    expect(sleeps).toEqual([]);
    const [asker] = await store.askers(item.id);
    expect(asker!.delivery).toMatchObject({ status: 'pending', attempts: 1 });
    expect(asker!.delivery.nextAttemptAt!.getTime() - clock().getTime()).toBe(90_000);
    expect(await desk.retryDeliveries()).toEqual([]); // not yet due
    clock.advance(90_000);
    expect(await desk.retryDeliveries()).toMatchObject([{ outcome: 'delivered' }]);
    expect(messenger.to(1001)).toHaveLength(1);
    expect(messenger.to(STAFF_CHAT).at(-1)!.text).toContain(`问题 #${item.id} 的答复已补发送达 Zhang San`);
  });

  it('gives up after the maximum attempts and tells staff the answer did not arrive', async () => {
    const { desk, messenger, clock, store } = setup(make, { delivery: { maxAttempts: 4 } });
    const { item } = await desk.recordQuestion(question());
    messenger.failNext(1001, ...Array.from({ length: 10 }, offline));
    await desk.answer(item.id, '答复', staff, inChat);
    clock.advance(3_600_000);
    expect(await desk.retryDeliveries()).toMatchObject([{ outcome: 'failed', failure: 'gave-up', attempts: 4 }]);
    expect(messenger.to(STAFF_CHAT).at(-1)!.text).toContain('重试 4 次仍失败');
    expect((await store.askers(item.id))[0]!.delivery.status).toBe('failed');
  });

  it('answers without the reply when the investor deleted their question', async () => {
    const { desk, messenger } = setup(make);
    const { item } = await desk.recordQuestion(question());
    messenger.failNext(1001, new TelegramApiError(400, 'Bad Request: message to be replied not found'));
    await desk.answer(item.id, '答复', staff, inChat);
    expect(messenger.to(1001)[0]!.options?.replyToMessageId).toBeUndefined();
  });

  it('stores an answer for later when asked to (CLI without a bot token); the retry job sends it', async () => {
    const { desk, messenger, store } = setup(make);
    const { item } = await desk.recordQuestion(question());
    const outcome = await desk.answer(item.id, '答复', staff, { ...fromCli, deliver: false });
    expect(outcome).toMatchObject({ kind: 'answered', results: [] });
    expect(messenger.to(1001)).toHaveLength(0);
    expect(await store.countPendingDeliveries()).toBe(1);
    await desk.retryDeliveries();
    expect(messenger.to(1001)).toHaveLength(1);
  });

  it('starts an answer without waiting for the sends; the report settles when every asker was tried', async () => {
    const messenger = fakeMessenger();
    let release = () => {};
    const investorReached = new Promise<void>((resolve) => (release = resolve));
    const slow: Messenger = {
      async send(chatId, text, options) {
        if (chatId === 1001) await investorReached;
        return messenger.send(chatId, text, options);
      },
    };
    const { desk, store } = setup(make, { messenger: slow });
    const { item } = await desk.recordQuestion(question());
    await desk.recordQuestion(question({ chatId: 2002, userId: 2002, displayName: 'Wang Wu' }));
    const started = await desk.startAnswer(item.id, '答复', staff, inChat);
    if (started.kind !== 'sending') throw new Error(started.kind);
    expect(started).toMatchObject({ askers: 2, item: { status: 'answered', answer: '答复' } });
    expect(messenger.to(1001)).toHaveLength(0);
    release();
    expect(await started.report).toContain(`问题 #${item.id} 的答复已发送给 2 位提问人`);
    await desk.settled();
    expect((await store.askers(item.id)).map((a) => a.delivery.status)).toEqual(['delivered', 'delivered']);
  });

  it('refuses to start an answer to a closed item, sending nothing', async () => {
    const { desk, messenger } = setup(make);
    const { item } = await desk.recordQuestion(question());
    await desk.answer(item.id, 'first', staff, inChat);
    expect(await desk.startAnswer(item.id, 'second', staff, inChat)).toMatchObject({ kind: 'closed', item: { answer: 'first' } });
    expect(messenger.to(1001)).toHaveLength(1);
  });

  it('logs a background send that broke off and leaves the answer to the retry job', async () => {
    const logger = recordingLogger();
    const base = make();
    let broken = true;
    const store: FollowupStore = {
      ...base,
      async claimDueDeliveries(...args) {
        if (broken) throw new Error('disk I/O error');
        return base.claimDueDeliveries(...args);
      },
    };
    const { desk, messenger } = setup(() => store, { logger });
    const { item } = await desk.recordQuestion(question());
    const started = await desk.startAnswer(item.id, '答复', staff, inChat);
    if (started.kind !== 'sending') throw new Error(started.kind);
    expect(await started.report).toBeNull();
    expect(logger.records.some((r) => r.level === 'error' && r.obj.event === 'followup_answer_send_failed')).toBe(true);
    broken = false;
    await desk.retryDeliveries();
    expect(messenger.to(1001)[0]!.text).toContain('答复');
  });

  it('skips a post Telegram refuses (4xx), so it does not hold up the items after it; it stays in /pending', async () => {
    const logger = recordingLogger();
    const { desk, messenger } = setup(make, { logger });
    messenger.failNext(STAFF_CHAT, offline(), offline());
    const first = await desk.recordQuestion(question());
    const second = await desk.recordQuestion(question({ text: '外资企业在喀左县设立子公司需要哪些材料' }));
    messenger.failNext(STAFF_CHAT, new TelegramApiError(400, 'Bad Request: message is too long'));
    await desk.retryDeliveries();
    const posts = messenger.to(STAFF_CHAT);
    expect(posts).toHaveLength(1);
    expect(await desk.itemForStaffPost(STAFF_CHAT, posts[0]!.messageId)).toBe(second.item.id);
    expect(logger.records.filter((r) => r.obj.event === 'followup_post_rejected').map((r) => r.obj.itemId)).toEqual([first.item.id]);
    await desk.retryDeliveries(); // the refused post is not tried again
    expect(messenger.to(STAFF_CHAT)).toHaveLength(1);
    expect((await desk.pending(1, staff)).text).toContain(`#${first.item.id}`);
  });

  it.each([
    ['the network', offline],
    ['a 5xx', badGateway],
    ['a 429', () => tooMany(5)],
    ['the bot being removed from the staff group (403)', () => new TelegramApiError(403, 'Forbidden: bot was kicked from the supergroup chat')],
  ])('stops posting at a failure of %s, and posts everything on the next run', async (_, failure) => {
    const { desk, messenger } = setup(make);
    messenger.failNext(STAFF_CHAT, offline(), offline());
    await desk.recordQuestion(question());
    await desk.recordQuestion(question({ text: '外资企业在喀左县设立子公司需要哪些材料' }));
    messenger.failNext(STAFF_CHAT, failure());
    await desk.retryDeliveries();
    expect(messenger.to(STAFF_CHAT)).toHaveLength(0);
    await desk.retryDeliveries();
    expect(messenger.to(STAFF_CHAT)).toHaveLength(2);
  });

  it('posts and answers a question near Telegram’s 4,096-character limit, quoting it clipped', async () => {
    const { desk, messenger } = setup(make);
    const long = `喀左县${'关于项目用地审批与环评手续的具体问题，'.repeat(210)}`.slice(0, 4090);
    const { item } = await desk.recordQuestion(question({ text: long }));
    const [post] = messenger.to(STAFF_CHAT);
    expect(post!.text.length).toBeLessThanOrEqual(4096);
    expect(post!.text).toContain(`${long.slice(0, 100)}`);
    expect(post!.text).toContain('…');
    await desk.answer(item.id, '请携带材料到县自然资源局咨询。'.repeat(60), staff, inChat);
    const [answer] = messenger.to(1001);
    expect(answer!.text.length).toBeLessThanOrEqual(4096);
    expect(answer!.text).toContain('…');
    expect(answer!.text.endsWith('请携带材料到县自然资源局咨询。')).toBe(true);
  });

  it('posts items the staff chat missed on the next retry run', async () => {
    const { desk, messenger } = setup(make);
    messenger.failNext(STAFF_CHAT, offline());
    const outcome = await desk.recordQuestion(question());
    expect(outcome).toMatchObject({ kind: 'created', posted: false });
    await desk.retryDeliveries();
    const [post] = messenger.to(STAFF_CHAT);
    expect(await desk.itemForStaffPost(STAFF_CHAT, post!.messageId)).toBe(outcome.item.id);
    await desk.retryDeliveries();
    expect(messenger.to(STAFF_CHAT)).toHaveLength(1);
  });

  it('keeps questions without a staff chat, posting nothing', async () => {
    const { desk, messenger } = setup(make, { staffChatId: null });
    expect(await desk.recordQuestion(question())).toMatchObject({ kind: 'created', posted: false });
    expect(messenger.sent).toEqual([]);
    expect(await desk.sendDigest()).toBeNull();
  });

  it('records every staff action and every refused attempt', async () => {
    const { desk, store } = setup(make);
    const { item } = await desk.recordQuestion(question());
    await desk.pending(1, staff);
    await desk.stats(staff);
    await desk.nearest(item.id, staff);
    await desk.exportCsv(staff);
    await desk.dismiss(item.id, staff, 'spam', inChat);
    await desk.refuse({ id: 4242, name: 'Stranger' }, 'answer', `/answer ${item.id} hi`);
    const log = await store.listAudit();
    expect(log.map((e) => [e.action, e.allowed])).toEqual([
      ['answer', false], ['dismiss', true], ['export', true], ['nearest', true], ['stats', true], ['pending', true],
    ]);
    expect(log[0]!.actor).toEqual({ id: 4242, name: 'Stranger' });
    expect(log[1]!.detail).toBe('reply: spam');
  });
});
