import { TelegramServer, type StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { expect } from 'vitest';
import { messageProblems } from './telegram-html.js';

/** telegram-test-api on 127.0.0.1 only; each test file passes its own port (91xx). */
export async function startEmulator(port: number): Promise<TelegramServer> {
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  return server;
}

/** What the bot sent (the sendMessage payload, updated in place by later edits). */
export interface BotMessage {
  readonly chat_id: number | string;
  readonly text: string;
  readonly parse_mode?: string;
  readonly reply_markup?: { readonly inline_keyboard: readonly (readonly { text: string; callback_data: string }[])[] };
  readonly reply_parameters?: { readonly message_id: number };
}

export type StoredBotMessage = Omit<StoredBotUpdate, 'message'> & { readonly message: BotMessage };

export function botMessages(server: TelegramServer, chatId?: number): StoredBotMessage[] {
  return server.storage.botMessages.filter(
    (u) => chatId === undefined || Number(u.message.chat_id) === chatId,
  ) as unknown as StoredBotMessage[];
}

/**
 * Waits (bounded) until the chat has at least `count` bot messages beyond `after`, then returns
 * those new ones. Reads the emulator's storage directly (a client's getUpdates would keep polling).
 */
export async function waitForMessages(
  server: TelegramServer,
  chatId: number,
  after: number,
  count = 1,
  timeoutMs = 8000,
): Promise<StoredBotMessage[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const fresh = botMessages(server, chatId).slice(after);
    if (fresh.length >= count) return fresh;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${count} message(s) in chat ${chatId}; got ${fresh.length}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Polls a condition (bounded), for effects other than new messages (edits, recorded questions). */
export async function until(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every message the bot sent or edited must be one Telegram itself would accept. */
export function expectAllValid(server: TelegramServer): void {
  for (const u of server.storage.botMessages) {
    expect(messageProblems(u.message as never), JSON.stringify(u.message).slice(0, 300)).toEqual([]);
  }
}

export const buttonsOf = (m: BotMessage): { text: string; callback_data: string }[] => (m.reply_markup?.inline_keyboard ?? []).flat();
