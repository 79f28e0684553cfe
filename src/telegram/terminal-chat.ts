import { createInterface } from 'node:readline';
import type { Telegraf } from 'telegraf';
import type { InlineKeyboardMarkup, Update } from 'telegraf/types';
import { localize, messages } from '../i18n/index.js';
import type { ReplyLang } from '../text/language.js';
import type { BotContext } from './context.js';
import { htmlToText } from './html.js';
import { messageFor, startLoopbackApi, type BotApiCall } from './loopback-api.js';

export interface TerminalChatOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Builds the very bot Telegram users get, pointed at the given Bot API root. */
  readonly createBot: (apiRoot: string) => Telegraf<BotContext>;
  /** The terminal user's language (their Telegram language_code, as it were). */
  readonly lang: ReplyLang;
}

const USER = { id: 1, is_bot: false, first_name: 'Terminal' } as const;
const CHAT = { id: 1, type: 'private', first_name: 'Terminal' } as const;

type Markup = InlineKeyboardMarkup | undefined;

/**
 * A chat with the bot in the terminal, over the same pipeline as Telegram: each line becomes a
 * Telegram update handled by the real bot (same features, same answers, same recording of
 * unresolved questions); what the bot sends to the Bot API — served by a loopback server — is
 * printed. Buttons are numbered; typing a number taps one. Resolves when input ends or on /quit.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { output } = options;
  const print = (text: string) => output.write(`${text}\n`);
  const keyboards = new Map<number, Markup>();
  let buttons: { messageId: number; data: string }[] = [];
  let nextMessageId = 1000;

  const show = (text: string, markup: Markup, messageId: number) => {
    print(`\n${htmlToText(text)}`);
    keyboards.set(messageId, markup);
    const rows = markup?.inline_keyboard ?? [];
    if (rows.length === 0) return;
    buttons = [];
    print(localize(messages(options.lang).bot.terminalButtons, options.lang));
    for (const row of rows) {
      for (const b of row) {
        if (!('callback_data' in b)) continue;
        buttons.push({ messageId, data: b.callback_data });
        print(`  [${buttons.length}] ${b.text}`);
      }
    }
  };

  const api = await startLoopbackApi(({ method, payload }: BotApiCall) => {
    const markup = payload.reply_markup as Markup;
    switch (method) {
      case 'sendMessage': {
        const id = nextMessageId++;
        show(String(payload.text ?? ''), markup, id);
        return messageFor(payload, id);
      }
      case 'editMessageText':
        print(localize(messages(options.lang).bot.terminalEdited, options.lang));
        show(String(payload.text ?? ''), markup, Number(payload.message_id));
        return messageFor(payload, Number(payload.message_id));
      case 'editMessageReplyMarkup':
        keyboards.set(Number(payload.message_id), markup);
        return true;
      case 'answerCallbackQuery':
        if (typeof payload.text === 'string' && payload.text) print(`  (${payload.text})`);
        return true;
      default:
        return true;
    }
  });

  const bot = options.createBot(api.url);
  const t = messages(options.lang).bot;
  print(localize(t.terminalBanner, options.lang));
  let updateId = 1;
  const rl = createInterface({ input: options.input, output, prompt: '\n> ', terminal: false });
  rl.prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === '/quit' || line === '/exit') break;
      if (line) {
        const picked = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
        await bot.handleUpdate(picked ? tap(updateId++, picked, keyboards.get(picked.messageId)) : say(updateId++, nextMessageId++, line, options.lang));
      }
      rl.prompt();
    }
  } finally {
    rl.close();
    await api.close();
  }
}

function say(updateId: number, messageId: number, text: string, lang: ReplyLang): Update {
  const command = /^\/[A-Za-z0-9_]+/.exec(text);
  return {
    update_id: updateId,
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: CHAT,
      from: { ...USER, language_code: lang === 'en' ? 'en' : lang === 'zh-Hant' ? 'zh-TW' : 'zh-CN' },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

function tap(updateId: number, button: { messageId: number; data: string }, markup: Markup): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: String(updateId),
      from: USER,
      chat_instance: '1',
      data: button.data,
      message: { message_id: button.messageId, date: Math.floor(Date.now() / 1000), chat: CHAT, text: '', ...(markup ? { reply_markup: markup } : {}) },
    },
  } as Update;
}
