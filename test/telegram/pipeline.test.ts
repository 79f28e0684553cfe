import type { Update } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { createAssistant } from '../../src/answer/assistant.js';
import { memorySubscriptionStore } from '../../src/broadcast/subscription-store.js';
import { messages } from '../../src/i18n/index.js';
import { memoryPreferences } from '../../src/store/preferences.js';
import { decodeCallback, encodeCallback } from '../../src/telegram/callback-data.js';
import { createBot } from '../../src/telegram/create-bot.js';
import type { BotDeps } from '../../src/telegram/context.js';
import type { LangDeps } from '../../src/telegram/features/lang.js';
import { captureApiEachTest, refusal } from './support/capture.js';
import { entry } from './support/entries.js';
import { BOT_INFO, memoryRecorder, recordingLogger, TOKEN } from './support/test-bot.js';
import { messageProblems } from './support/telegram-html.js';

/**
 * The bot's Telegram side with no network: updates go in through `handleUpdate`, and every Bot API
 * call is captured at Telegram.prototype.callApi.
 */
const longAnswer = '喀左县施工许可阶段审批时限为12个工作日。'.repeat(400);
const kb = {
  entries: [
    entry('cp-duration', {
      stage: 'construction-permit',
      aspect: 'duration',
      workdays: 12,
      answer: '施工许可阶段审批时限为12个工作日 <b>&</b>',
      related: ['cp-where'],
      question: { zh: '施工许可要多久', en: 'How long does the construction permit take' },
    }),
    entry('cp-where', { stage: 'construction-permit', aspect: 'where', answer: '在政务服务中心办理' }),
    entry('long-one', { category: 'services', answer: longAnswer }),
  ],
  synonyms: [],
};

const api = captureApiEachTest();
let updateId = 1;

function makeBot(overrides: Partial<BotDeps & LangDeps> = {}, rateLimitPerMinute = 20) {
  const logger = recordingLogger();
  const recorder = memoryRecorder();
  const assistant = createAssistant(kb);
  const deps: BotDeps & LangDeps = { assistant: () => assistant, preferences: memoryPreferences(), unresolved: recorder, logger, ...overrides };
  return { bot: createBot(TOKEN, deps, { botInfo: BOT_INFO, rateLimitPerMinute }), logger, recorder };
}

const from = { id: 7, is_bot: false, first_name: 'Wang' };
function text(body: string, chat: { id: number; type: string } = { id: 7, type: 'private' }, extra: object = {}): Update {
  return { update_id: updateId++, message: { message_id: updateId, date: 0, chat, from, text: body, ...extra } } as Update;
}
function tap(data: string, messageId = 900, markup?: object): Update {
  const message = { message_id: messageId, date: 0, chat: { id: 7, type: 'private' }, text: 'x', ...(markup ? { reply_markup: markup } : {}) };
  return { update_id: updateId++, callback_query: { id: 'cb', from, chat_instance: 'c', data, message } } as Update;
}

describe('the reply on Telegram', () => {
  it('sends the answer as escaped HTML with its buttons as callback data within 64 bytes', async () => {
    const { bot } = makeBot();
    await bot.handleUpdate(text('施工许可要多久'));
    const [sent] = api.sent();
    expect(sent!.payload.parse_mode).toBe('HTML');
    expect(sent!.payload.text).toContain('12个工作日 &lt;b&gt;&amp;&lt;/b&gt;');
    expect(messageProblems(sent!.payload)).toEqual([]);
    const data = (sent!.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat().map((b) => decodeCallback(b.callback_data));
    expect(data).toContainEqual({ kind: 'entry', lang: 'zh', entryRef: 'cp-where' });
    expect(data).toContainEqual({ kind: 'feedback', lang: 'zh', helpful: false, entryRef: 'cp-duration' });
  });

  it('splits an answer longer than 4,096 characters, buttons on the last part only', async () => {
    const { bot } = makeBot();
    await bot.handleUpdate(tap(encodeCallback({ kind: 'entry', lang: 'zh', entryRef: 'long-one' })));
    const parts = api.sent();
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(messageProblems(p.payload)).toEqual([]);
    expect(parts.slice(0, -1).every((p) => p.payload.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)!.payload.reply_markup).toBeDefined();
  });

  it('answers in a group as a reply to the question', async () => {
    const { bot } = makeBot();
    await bot.handleUpdate(text('@TestNameBot 施工许可要多久', { id: -5, type: 'group' }));
    expect(api.sent()[0]!.payload.reply_parameters).toMatchObject({ message_id: updateId });
  });

  it('answers a very long message from its first part', async () => {
    const { bot, recorder } = makeBot();
    await bot.handleUpdate(text(`施工许可要多久？${' 请尽快回复'.repeat(800)}`));
    expect(api.sent()).toHaveLength(1);
    expect(api.sent()[0]!.payload.text).toContain('12个工作日');
    expect(recorder.questions).toHaveLength(0);
  });

  it('survives the chat action failing', async () => {
    api.respond = (c) => {
      if (c.method === 'sendChatAction') throw refusal(500, 'Internal Server Error', 'sendChatAction');
    };
    const { bot } = makeBot();
    await bot.handleUpdate(text('施工许可要多久'));
    expect(api.sent()[0]!.payload.text).toContain('12个工作日');
  });
});

describe('buttons', () => {
  it('edit the menu in place when browsing', async () => {
    const { bot } = makeBot();
    await bot.handleUpdate(tap(encodeCallback({ kind: 'stage', lang: 'en', stage: 'construction-permit' })));
    expect(api.sent()).toHaveLength(0);
    const edit = api.calls.find((c) => c.method === 'editMessageText')!;
    expect(edit.payload).toMatchObject({ message_id: 900, parse_mode: 'HTML' });
    expect(api.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
  });

  it('take a double tap (message not modified) calmly', async () => {
    api.respond = (c) => {
      if (c.method === 'editMessageText') throw refusal(400, 'Bad Request: message is not modified', 'editMessageText');
    };
    const { bot, logger } = makeBot();
    await bot.handleUpdate(tap(encodeCallback({ kind: 'menu', lang: 'zh' })));
    expect(api.sent()).toHaveLength(0);
    expect(logger.records.filter((r) => r.level === 'error')).toEqual([]);
  });

  it('👍 thanks the user and removes the rating buttons', async () => {
    const { bot, recorder } = makeBot();
    const up = encodeCallback({ kind: 'feedback', lang: 'en', helpful: true, entryRef: 'cp-duration' });
    const down = encodeCallback({ kind: 'feedback', lang: 'en', helpful: false, entryRef: 'cp-duration' });
    const related = encodeCallback({ kind: 'entry', lang: 'en', entryRef: 'cp-where' });
    const markup = { inline_keyboard: [[{ text: 'r', callback_data: related }], [{ text: '👍', callback_data: up }, { text: '👎', callback_data: down }]] };
    await bot.handleUpdate(tap(up, 900, markup));
    expect(api.calls.find((c) => c.method === 'answerCallbackQuery')!.payload.text).toBe('Thank you for your feedback!');
    expect(api.calls.find((c) => c.method === 'editMessageReplyMarkup')!.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'r', callback_data: related }]],
    });
    expect(recorder.questions).toHaveLength(0);
  });

  it('👎 on an answer too old to edit still hands it to staff, with no "something went wrong"', async () => {
    api.respond = (c) => {
      if (c.method === 'editMessageReplyMarkup') throw refusal(400, "Bad Request: message can't be edited", 'editMessageReplyMarkup');
    };
    const { bot, recorder, logger } = makeBot();
    const down = encodeCallback({ kind: 'feedback', lang: 'en', helpful: false, entryRef: 'cp-duration' });
    await bot.handleUpdate(tap(down, 900, { inline_keyboard: [[{ text: '👎', callback_data: down }]] }));
    expect(recorder.questions).toHaveLength(1);
    expect(api.sent().map((c) => c.payload.text)).toEqual([expect.stringContaining('passed your question to the staff')]);
    const error = messages('en').bot.error;
    expect(api.calls.filter((c) => c.payload.text === error)).toEqual([]);
    expect(logger.records.filter((r) => r.level === 'error')).toEqual([]);
    expect(logger.records.some((r) => r.level === 'warn' && r.msg === 'could not remove the feedback buttons')).toBe(true);
  });

  it('👎 without a remembered question hands staff the entry’s own question', async () => {
    const { bot, recorder } = makeBot();
    await bot.handleUpdate(tap(encodeCallback({ kind: 'feedback', lang: 'en', helpful: false, entryRef: 'cp-duration' })));
    expect(recorder.questions[0]).toMatchObject({ reason: 'thumbs-down', text: 'How long does the construction permit take', lang: 'en', chatId: 7 });
    expect(api.sent().at(-1)!.payload.text).toContain('passed your question to the staff');
  });

  it('a tap on a button nobody handles (old message) stops the spinner politely', async () => {
    const { bot } = makeBot();
    await bot.handleUpdate(tap('zz:old-format'));
    expect(api.calls.find((c) => c.method === 'answerCallbackQuery')!.payload.text).toMatch(/按钮已失效|no longer available/);
  });
});

describe('commands', () => {
  it('/help explains how to ask and shows the topics; /menu shows the topics', async () => {
    const { bot } = makeBot();
    await bot.handleUpdate(text('/help', undefined, { entities: [{ type: 'bot_command', offset: 0, length: 5 }] }));
    await bot.handleUpdate(text('/menu', undefined, { entities: [{ type: 'bot_command', offset: 0, length: 5 }] }));
    const [help, menu] = api.sent();
    expect(help!.payload.text).toContain('/lang');
    for (const m of [help!, menu!]) {
      const kinds = (m.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat().map((b) => decodeCallback(b.callback_data)?.kind);
      expect(kinds).toContain('topic');
    }
  });

  it('/lang en switches at once, remembered for later commands', async () => {
    const preferences = memoryPreferences();
    const { bot } = makeBot({ preferences });
    await bot.handleUpdate(text('/lang en', undefined, { entities: [{ type: 'bot_command', offset: 0, length: 5 }] }));
    expect(await preferences.getLang(7)).toBe('en');
    await bot.handleUpdate(text('/menu', undefined, { entities: [{ type: 'bot_command', offset: 0, length: 5 }] }));
    expect(api.sent().map((c) => c.payload.text)).toEqual(['OK, I will reply in English.', '<b>Choose a topic:</b>']);
  });
});

describe('/lang and policy broadcasts', () => {
  const lang = (payload: string, chat?: { id: number; type: string }) =>
    text(`/lang ${payload}`, chat, { entities: [{ type: 'bot_command', offset: 0, length: 5 }] });

  it('/lang en also switches the chat’s broadcasts to English', async () => {
    const subscriptions = memorySubscriptionStore();
    await subscriptions.save({ chatId: 7, lang: 'zh', topics: ['energy'] });
    const { bot } = makeBot({ onLangChosen: (chatId, l) => subscriptions.setLang(chatId, l) });
    await bot.handleUpdate(lang('en'));
    expect(await subscriptions.get(7)).toEqual({ chatId: 7, lang: 'en', topics: ['energy'] });
  });

  it('a tap on 繁體中文 does the same, for the chat it was made in (a group’s broadcasts follow the group)', async () => {
    const chosen: [number, string][] = [];
    const { bot } = makeBot({ onLangChosen: async (chatId, l) => void chosen.push([chatId, l]) });
    await bot.handleUpdate(tap(encodeCallback({ kind: 'lang', lang: 'zh-Hant' })));
    await bot.handleUpdate(lang('en', { id: -5, type: 'group' }));
    expect(chosen).toEqual([[7, 'zh-Hant'], [-5, 'en']]);
  });

  it('leaves a chat with no subscription unsubscribed', async () => {
    const subscriptions = memorySubscriptionStore();
    const { bot } = makeBot({ onLangChosen: (chatId, l) => subscriptions.setLang(chatId, l) });
    await bot.handleUpdate(lang('en'));
    expect(await subscriptions.get(7)).toBeNull();
  });
});

describe('guards', () => {
  it('tells a flooding user to slow down once, then ignores the flood', async () => {
    const { bot } = makeBot({}, 2);
    for (let i = 0; i < 5; i++) await bot.handleUpdate(text('施工许可要多久'));
    const texts = api.sent().map((c) => String(c.payload.text));
    expect(texts).toHaveLength(3);
    expect(texts[2]).toContain('太快');
  });

  it('catches a failing handler, logs it with the update id, and apologises', async () => {
    const broken: Assistant = {
      ask: () => {
        throw new Error('index exploded');
      },
      entry: () => undefined,
      entries: () => [],
    };
    const { bot, logger } = makeBot({ assistant: () => broken });
    const update = text('施工许可要多久');
    await bot.handleUpdate(update);
    const failure = logger.records.find((r) => r.level === 'error')!;
    expect(failure.obj.updateId).toBe(update.update_id);
    expect(api.sent().at(-1)!.payload.text).toContain('抱歉');
  });

  it('does not try to apologise to a user who blocked the bot', async () => {
    api.respond = (c) => {
      if (c.method === 'sendMessage') throw refusal(403, 'Forbidden: bot was blocked by the user');
    };
    const { bot, logger } = makeBot();
    await bot.handleUpdate(text('施工许可要多久'));
    expect(api.sent()).toHaveLength(1);
    expect(logger.records.some((r) => r.level === 'error')).toBe(true);
  });

  it('answers a photo with a text-only hint and an unknown command with a pointer to /help', async () => {
    const { bot } = makeBot();
    await bot.handleUpdate({ update_id: updateId++, message: { message_id: 1, date: 0, chat: { id: 7, type: 'private' }, from, photo: [] } } as unknown as Update);
    await bot.handleUpdate(text('/frobnicate'));
    const [hint, unknown] = api.sent();
    expect(hint!.payload.text).toContain('文字');
    expect(hint!.payload.parse_mode).toBeUndefined();
    expect(unknown!.payload.text).toContain('/help');
  });
});
