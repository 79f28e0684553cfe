import type { Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { Assistant } from '../../../src/answer/assistant.js';
import type { Logger } from '../../../src/core/logger.js';
import type { UnresolvedQuestion, UnresolvedRecorder } from '../../../src/followup/unresolved.js';
import { memoryPreferences, type PreferenceStore } from '../../../src/store/preferences.js';
import type { BotContext, BotDeps } from '../../../src/telegram/context.js';
import { createBot, type CreateBotOptions } from '../../../src/telegram/create-bot.js';
import { shippedAssistant } from '../../fixtures/real-assistant.js';

export const TOKEN = '123456789:TEST-token_for_the_local_emulator';

/** What telegram-test-api's getMe answers; given up front so the bot never calls getMe. */
export const BOT_INFO: UserFromGetMe = {
  id: 666,
  is_bot: true,
  first_name: 'Test First name',
  username: 'TestNameBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

export interface LogRecord {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly obj: Record<string, unknown>;
  readonly msg: string | undefined;
}

export function recordingLogger(): Logger & { records: LogRecord[] } {
  const records: LogRecord[] = [];
  const at = (level: LogRecord['level']) => (obj: object, msg?: string) => void records.push({ level, obj: obj as Record<string, unknown>, msg });
  return { records, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function memoryRecorder(): UnresolvedRecorder & { questions: UnresolvedQuestion[] } {
  const questions: UnresolvedQuestion[] = [];
  return {
    questions,
    async record(q) {
      questions.push(q);
    },
  };
}

export interface TestBot {
  readonly bot: Telegraf<BotContext>;
  readonly logger: ReturnType<typeof recordingLogger>;
  readonly recorder: ReturnType<typeof memoryRecorder>;
  readonly preferences: PreferenceStore;
  stop(): Promise<void>;
}

/** The real bot, real knowledge, in-memory stores, polling the given Bot API root. */
export function startPollingBot(
  apiRoot: string,
  options: { assistant?: () => Assistant; bot?: CreateBotOptions } = {},
): TestBot {
  const logger = recordingLogger();
  const recorder = memoryRecorder();
  const preferences = memoryPreferences();
  const deps: BotDeps = { assistant: options.assistant ?? shippedAssistant, preferences, unresolved: recorder, logger };
  const bot = createBot(TOKEN, deps, { apiRoot, botInfo: BOT_INFO, ...options.bot });
  return { bot, logger, recorder, preferences, stop: launchPolling(bot) };
}

/**
 * Starts long polling (telegraf's launch() resolves only when polling stops, so it is not awaited)
 * and returns the function that stops it and waits until it has.
 */
export function launchPolling(bot: Telegraf<BotContext>): () => Promise<void> {
  const polling = bot.launch();
  return async () => {
    bot.stop('test over');
    await polling.catch(() => undefined);
  };
}
