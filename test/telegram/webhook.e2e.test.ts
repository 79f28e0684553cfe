import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import type { Update } from 'telegraf/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryPreferences } from '../../src/store/preferences.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { createWebhookServer, SECRET_HEADER, type WebhookServer } from '../../src/telegram/webhook-server.js';
import { shippedAssistant } from '../fixtures/real-assistant.js';
import { answered } from './support/questions.js';
import { botMessages, startEmulator, waitForMessages } from './support/emulator.js';
import { BOT_INFO, memoryRecorder, recordingLogger, TOKEN } from './support/test-bot.js';

/** The webhook server in front of the real bot; the bot's replies go to the Bot API emulator. */
const PORT = 9102;
const SECRET = 'test_secret-123';
const PATH = '/telegram/hook';
let emulator: TelegramServer;
let webhook: WebhookServer;
let base: string;
let updateId = 1;

beforeAll(async () => {
  emulator = await startEmulator(PORT);
  const logger = recordingLogger();
  const bot = createBot(
    TOKEN,
    { assistant: shippedAssistant, preferences: memoryPreferences(), unresolved: memoryRecorder(), logger },
    { apiRoot: emulator.config.apiURL, botInfo: BOT_INFO },
  );
  webhook = createWebhookServer({
    path: PATH,
    secret: SECRET,
    handleUpdate: (u) => bot.handleUpdate(u),
    logger,
    health: () => ({ entries: shippedAssistant().entries().length }),
  });
  const port = await webhook.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await webhook?.close();
  await emulator?.stop();
});

function textUpdate(chatId: number, text: string): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Investor' },
      from: { id: chatId, is_bot: false, first_name: 'Investor' },
      text,
    },
  };
}

const post = (body: unknown, headers: Record<string, string> = { [SECRET_HEADER]: SECRET }, path = PATH) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the webhook server', () => {
  it('handles an update carrying the secret token and answers 200 once the reply is sent', async () => {
    const { question, answerStart } = answered('zh');
    const res = await post(textUpdate(301, question));
    expect(res.status).toBe(200);
    const [reply] = await waitForMessages(emulator, 301, 0);
    expect(reply!.message.text).toContain(answerStart);
  });

  it('refuses requests without the secret token (401) and does not handle them', async () => {
    expect((await post(textUpdate(302, '施工许可要多久？'), {})).status).toBe(401);
    expect((await post(textUpdate(302, '施工许可要多久？'), { [SECRET_HEADER]: 'wrong' })).status).toBe(401);
    expect(botMessages(emulator, 302)).toHaveLength(0);
  });

  it('serves GET /healthz without a secret', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, entries: shippedAssistant().entries().length });
  });

  it('answers 404 off the webhook path, 405 for GET on it, 400 for a body that is not an update', async () => {
    expect((await post(textUpdate(303, 'hi'), { [SECRET_HEADER]: SECRET }, '/other')).status).toBe(404);
    expect((await fetch(`${base}${PATH}`, { headers: { [SECRET_HEADER]: SECRET } })).status).toBe(405);
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ hello: 'world' })).status).toBe(400);
  });

  it('refuses an oversized body with 413', async () => {
    expect((await post('x'.repeat(1024 * 1024 + 1))).status).toBe(413);
  });
});
