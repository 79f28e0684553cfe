import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCallback } from '../../src/telegram/callback-data.js';
import { registerCommands } from '../../src/telegram/commands.js';
import { shippedAssistant } from '../fixtures/real-assistant.js';
import { answered } from './support/questions.js';
import { botMessages, buttonsOf, expectAllValid, startEmulator, until, waitForMessages } from './support/emulator.js';
import { startPollingBot, TOKEN, type TestBot } from './support/test-bot.js';

/**
 * The real bot (real knowledge, real search) long-polling a real Bot API emulator on 127.0.0.1.
 * Each test talks as its own user in its own chat, so tests do not see each other's messages.
 */
const PORT = 9101;
let server: TelegramServer;
let tb: TestBot;
let nextUser = 100;


beforeAll(async () => {
  server = await startEmulator(PORT);
  tb = startPollingBot(server.config.apiURL);
});

afterAll(async () => {
  await tb?.stop();
  await server?.stop();
});

/** A private chat with a fresh user. */
function user(languageCode?: string) {
  const id = nextUser++;
  const client = server.getClient(TOKEN, { userId: id, chatId: id, firstName: `Investor${id}` });
  const from = { id, first_name: `Investor${id}`, is_bot: false, ...(languageCode ? { language_code: languageCode } : {}) };
  return {
    id,
    client,
    async say(text: string) {
      const before = botMessages(server, id).length;
      await client.sendMessage(client.makeMessage(text, { from }));
      const [reply] = await waitForMessages(server, id, before);
      return reply!.message;
    },
    async command(text: string) {
      const before = botMessages(server, id).length;
      await client.sendCommand(client.makeCommand(text, { from }));
      const [reply] = await waitForMessages(server, id, before);
      return reply!.message;
    },
    async tap(messageId: number, data: string) {
      await client.sendCallback(client.makeCallbackQuery(data, { from, message: { message_id: messageId } }));
    },
    messageIdOf(index: number) {
      return botMessages(server, id)[index]!.messageId;
    },
  };
}

describe('the investors’ bot against a Bot API emulator', () => {
  it('greets /start in the user’s language, says what it can do and offers topics', async () => {
    const reply = await user('en').command('/start');
    expect(reply.text).toContain('Hello, Investor');
    expect(reply.text).toContain('Harqin Left Wing');
    const topics = buttonsOf(reply).map((b) => decodeCallback(b.callback_data));
    expect(topics.map((a) => a?.kind)).toContain('topic');
    expect(topics.some((a) => a?.kind === 'topic' && a.category === 'permits')).toBe(true);
  });

  it('opens a topic directly from a deep link (/start permits)', async () => {
    const reply = await user('zh-hans').command('/start permits');
    expect(reply.text).toContain('工程建设审批');
    expect(buttonsOf(reply).some((b) => decodeCallback(b.callback_data)?.kind === 'stage')).toBe(true);
  });

  it.each([
    ['startup', '企业开办'],
    ['policies', '最新政策'],
  ])('opens /start %s directly on its topic', async (payload, title) => {
    const reply = await user('zh-hans').command(`/start ${payload}`);
    expect(reply.text).toContain(title);
    expect(reply.text).not.toContain('您好');
  });

  it('answers a Chinese question in Chinese with its source and 👍 / 👎', async () => {
    const { question, answerStart } = answered('zh');
    const reply = await user().say(question);
    expect(reply.parse_mode).toBe('HTML');
    expect(reply.text).toContain(answerStart);
    expect(reply.text).toContain('来源');
    const kinds = buttonsOf(reply).map((b) => decodeCallback(b.callback_data)?.kind);
    expect(kinds).toContain('feedback');
  });

  it('answers a traditional-script question in traditional characters', async () => {
    const { question, answerStart } = answered('zh-Hant');
    const reply = await user().say(question);
    expect(reply.text).toContain(answerStart);
    expect(reply.text).toContain('來源');
  });

  it('answers an English question in English', async () => {
    const { question, answerStart } = answered('en');
    const reply = await user('zh-hans').say(question);
    expect(reply.text).toContain(answerStart);
    expect(reply.text).toContain('Source');
  });

  it('offers candidates for an unclear question and answers the one picked by button', async () => {
    const question = ['施工许可', 'How long does the construction permit take?', '要多久', '材料', '开公司', '验收', '审批'].find(
      (q) => shippedAssistant().ask(q).status === 'clarify',
    );
    expect(question, 'a question the shipped knowledge finds ambiguous').toBeDefined();
    const u = user();
    const prompt = await u.say(question!);
    const choices = buttonsOf(prompt).map((b) => ({ b, action: decodeCallback(b.callback_data) }));
    expect(choices.length).toBeGreaterThan(1);
    const pick = choices[0]!;
    expect(pick.action?.kind).toBe('entry');
    const before = botMessages(server, u.id).length;
    await u.tap(u.messageIdOf(before - 1), pick.b.callback_data);
    const [answer] = await waitForMessages(server, u.id, before);
    const entryId = pick.action?.kind === 'entry' ? pick.action.entryRef : '';
    expect(answer!.message.text).toContain(shippedAssistant().entry(entryId)!.answer.zh.slice(0, 10));
  });

  it('hands an unclear question to staff when the user taps "none of these"', async () => {
    const question = ['施工许可', '竣工验收', '开公司', '验收', '审批'].find((q) => shippedAssistant().ask(q).status === 'clarify')!;
    const u = user();
    const prompt = await u.say(question);
    const none = buttonsOf(prompt).find((b) => decodeCallback(b.callback_data)?.kind === 'nonefits');
    expect(none, 'a "none of these" button under the choices').toBeDefined();
    const before = botMessages(server, u.id).length;
    await u.tap(u.messageIdOf(before - 1), none!.callback_data);
    const [ack] = await waitForMessages(server, u.id, before);
    expect(ack!.message.text).toContain('工作人员');
    expect(tb.recorder.questions.find((q) => q.userId === u.id)).toMatchObject({ reason: 'clarify-not-picked', text: question });
  });

  it('records a 👎 as unresolved with the original question, and thanks the user', async () => {
    const u = user();
    const { question, entry } = answered('zh');
    const answer = await u.say(question);
    const down = buttonsOf(answer).find((b) => {
      const a = decodeCallback(b.callback_data);
      return a?.kind === 'feedback' && !a.helpful;
    })!;
    const before = botMessages(server, u.id).length;
    await u.tap(u.messageIdOf(before - 1), down.callback_data);
    const [thanks] = await waitForMessages(server, u.id, before);
    expect(thanks!.message.text).toContain('谢谢');
    const recorded = tb.recorder.questions.find((q) => q.userId === u.id);
    expect(recorded).toMatchObject({ reason: 'thumbs-down', text: question, chatId: u.id, lang: 'zh' });
    expect(recorded?.nearest[0]?.entryId).toBe(entry.id);
  });

  it('records an unanswerable question for staff and says staff will reply in this chat', async () => {
    const u = user();
    expect(shippedAssistant().ask('火星签证怎么办理').status).toBe('unresolved');
    const reply = await u.say('火星签证怎么办理');
    expect(reply.text).toContain('工作人员');
    expect(tb.recorder.questions.find((q) => q.userId === u.id)).toMatchObject({ reason: 'no-match', text: '火星签证怎么办理' });
  });

  it('answers a sticker with a short text-only hint', async () => {
    const u = user('en');
    const before = botMessages(server, u.id).length;
    const sticker = { ...u.client.makeMessage(''), from: { id: u.id, first_name: 'x', is_bot: false, language_code: 'en' } } as Record<string, unknown>;
    delete sticker.text;
    sticker.sticker = { file_id: 'f', file_unique_id: 'u', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false };
    await u.client.sendMessage(sticker as never);
    const [hint] = await waitForMessages(server, u.id, before);
    expect(hint!.message.text).toContain('I can only read text');
    expect(hint!.message.parse_mode).toBeUndefined();
    expect(hint!.message.reply_markup).toBeUndefined();
  });

  it('keeps its reply well-formed when the question contains HTML and ampersands', async () => {
    const reply = await user().say('<b>施工许可</b> & <script>alert(1)</script> 要多久 &amp;');
    expect(reply.parse_mode).toBe('HTML');
    expect(reply.text).not.toContain('<script>');
    expect(reply.text).not.toMatch(/抱歉，系统出了点问题/);
  });

  it('ignores a group message that does not mention it, and answers one that does', async () => {
    const groupId = -100_500;
    const client = server.getClient(TOKEN, { userId: 4242, chatId: groupId, type: 'group', chatTitle: 'Investors' });
    const { question, answerStart } = answered('zh');
    await client.sendMessage(client.makeMessage(question));
    await until(
      () => tb.logger.records.some((r) => r.msg === 'update handled' && r.obj.chatId === groupId),
      'the unaddressed group message to be handled',
    );
    expect(botMessages(server, groupId)).toHaveLength(0);

    await client.sendMessage(client.makeMessage(`@TestNameBot ${question}`));
    const [reply] = await waitForMessages(server, groupId, 0);
    expect(reply!.message.text).toContain(answerStart);
    expect(botMessages(server, groupId)).toHaveLength(1);
  });

  it('switches language with /lang, remembers it, and greets in it', async () => {
    const u = user('zh-hans');
    const prompt = await u.command('/lang');
    const english = buttonsOf(prompt).find((b) => b.text === 'English')!;
    const promptId = u.messageIdOf(botMessages(server, u.id).length - 1);
    await u.tap(promptId, english.callback_data);
    await until(() => botMessages(server, u.id).at(-1)!.message.text.includes('reply in English'), 'the prompt to be edited');
    expect(await tb.preferences.getLang(u.id)).toBe('en');
    const greeting = await u.command('/start');
    expect(greeting.text).toContain('Hello');
  });

  it('survives the emulator refusing setMyCommands (500): logged, not fatal', async () => {
    expect(await registerCommands(tb.bot.telegram, tb.logger)).toBe(false);
    expect(tb.logger.records.some((r) => r.level === 'warn' && /setMyCommands/.test(r.msg ?? ''))).toBe(true);
    const { question, answerStart } = answered('zh');
    const reply = await user().say(question);
    expect(reply.text).toContain(answerStart);
  });

  it('never sent anything Telegram would refuse (length, HTML, callback_data)', () => {
    expect(server.storage.botMessages.length).toBeGreaterThan(10);
    expectAllValid(server);
  });
});
