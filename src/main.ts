/**
 * The composition root: the one place that reads the environment, opens the database, watches the
 * knowledge folder and starts the bot — by long polling, by webhook (WEBHOOK_URL), or, without a
 * BOT_TOKEN, as a chat in this terminal. SIGINT / SIGTERM stop intake, then close everything.
 */
import { loadDotEnv } from './app/dotenv.js';
import { pino } from 'pino';
import { parseConfig, type Config } from './config.js';
import { buildApp } from './app/services.js';
import { startBroadcastSchedule } from './broadcast/schedule.js';
import { startScheduleReminder } from './calendar/reminder-job.js';
import { systemClock } from './core/clock.js';
import type { Logger } from './core/logger.js';
import { startFollowupSchedule } from './followup/schedule.js';
import { createLogger } from './logging.js';
import { startHelperThread, type HelperThread } from './search/helper-thread.js';
import { openDatabase } from './store/database.js';
import { registerCommands } from './telegram/commands.js';
import { createBot } from './telegram/create-bot.js';
import { subscriptionCommands } from './telegram/features/subscriptions.js';
import { runTerminalChat } from './telegram/terminal-chat.js';
import { createWebhookServer } from './telegram/webhook-server.js';
import { languageFromCode } from './text/language.js';
import { loadLanguageData } from './text/language-data.js';

/**
 * The thread that shares the index builds of a large knowledge base (search/helper-thread.ts), or
 * none if it cannot start (the builds then run on this thread alone, as they would anyway).
 */
function startIndexingHelper(logger: Logger): HelperThread | undefined {
  try {
    return startHelperThread({ onProblem: (problem, err) => logger.warn({ err }, `index helper thread: ${problem}`) });
  } catch (err) {
    logger.warn({ err }, 'index helper thread could not start; indexing on one thread');
    return undefined;
  }
}

/** Updates the bot handles; everything else Telegram would send is not asked for. */
const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
/** Who "the bot" is in the terminal chat (no Telegram, so no getMe). */
const TERMINAL_BOT = { id: 1, is_bot: true, first_name: 'Kazuo bizbot', username: 'kazuo_bizbot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false } as const;

async function main(): Promise<void> {
  loadDotEnv();
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`config: ${error}`);
    console.error('See .env.example for every variable and its default.');
    process.exit(1);
  }
  const config: Config = parsed.config;
  // In the terminal chat, logs go to stderr so that stdout is the conversation, and only warnings
  // and errors are shown unless LOG_LEVEL asks for more: JSON lines would drown the chat.
  const terminal = config.botToken === null;
  const logger = createLogger(
    terminal && !process.env.LOG_LEVEL ? 'warn' : config.logLevel,
    [config.botToken, config.webhook?.secret],
    terminal ? pino.destination(2) : undefined,
  );

  /** Undone in reverse order at shutdown: whatever was started so far (a signal may come mid-start-up). */
  const closers: (() => void | Promise<void>)[] = [];
  let stopping = false;
  const shutdown = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (err) {
        logger.error({ err }, 'error while stopping');
      }
    }
    logger.info({}, 'stopped');
    logger.flush();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown(signal));
  }

  // Before the knowledge is indexed, so that neither the index build nor the first reply waits for it;
  // the helper thread loads its own on the other core meanwhile.
  const loadingStarted = performance.now();
  const helper = startIndexingHelper(logger);
  if (helper) closers.push(() => helper.close());
  loadLanguageData();
  await helper?.ready.catch(() => {});
  logger.info({ ms: Math.round(performance.now() - loadingStarted) }, 'language data loaded');

  const db = openDatabase(config.dbPath);
  closers.push(() => {
    db.close();
  });
  const app = await buildApp(config, logger, db, systemClock, helper);
  closers.push(() => app.close());
  const { deps, features, knowledge } = app;
  if (helper && helper.entriesCounted() === 0) {
    // The engine asks for help only with a large knowledge base (search config parallelBuild): one
    // whose first build went without it would keep the thread idle.
    await helper.close();
    logger.info({ entries: knowledge.current().entries().length }, 'index helper thread stopped: it had no share of the first build');
  } else if (helper) logger.info({ entriesCounted: helper.entriesCounted() }, 'index built with a helper thread');

  if (config.botToken === null) {
    logger.info({}, 'no BOT_TOKEN: terminal chat');
    await runTerminalChat({
      input: process.stdin,
      output: process.stdout,
      lang: languageFromCode(process.env.LANG?.split('.')[0]?.replace('_', '-')) ?? 'zh',
      createBot: (apiRoot) =>
        createBot('terminal', deps, { apiRoot, botInfo: TERMINAL_BOT, rateLimitPerMinute: config.rateLimitPerMinute, features }),
    });
    await shutdown('end of input');
    return;
  }

  const bot = createBot(config.botToken, deps, {
    apiRoot: config.telegramApiRoot,
    rateLimitPerMinute: config.rateLimitPerMinute,
    features,
  });
  try {
    bot.botInfo = await bot.telegram.getMe();
  } catch (err) {
    logger.fatal({ err, apiRoot: config.telegramApiRoot }, 'cannot reach the Bot API with this BOT_TOKEN (getMe failed)');
    await shutdown('getMe failed', 1);
    return;
  }
  logger.info({ username: bot.botInfo.username, apiRoot: config.telegramApiRoot }, 'connected to the Bot API');
  // Not awaited before taking updates: a missing command menu must not delay or stop the bot.
  void registerCommands(bot.telegram, logger, subscriptionCommands);

  // Scheduled work (each job also logs its own failures and never throws into the bot).
  const followupJobs = startFollowupSchedule({
    desk: app.desk,
    digestCron: config.digestCron,
    retentionDays: config.retentionDays,
    timezone: config.timeZone,
    logger,
  });
  closers.push(() => followupJobs.stop());
  const broadcasts = startBroadcastSchedule({ broadcaster: app.broadcaster, cron: config.broadcastCron, timezone: config.timeZone, logger });
  app.attachBroadcastSchedule(broadcasts);
  closers.push(() => broadcasts.stop());
  if (config.staffChatId !== null) {
    const reminder = startScheduleReminder({
      messenger: app.messenger,
      staffChatId: config.staffChatId,
      calendar: () => app.calendar.current(),
      clock: systemClock,
      logger,
      timezone: config.timeZone,
    });
    closers.push(() => reminder.stop());
  }

  if (config.webhook) {
    const webhook = config.webhook;
    const server = createWebhookServer({
      path: new URL(webhook.url).pathname || '/',
      secret: webhook.secret,
      handleUpdate: (update) => bot.handleUpdate(update),
      logger,
      health: () => ({ entries: knowledge.current().entries().length }),
    });
    closers.push(() => server.close());
    const port = await server.listen(config.port);
    try {
      await bot.telegram.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    } catch (err) {
      logger.fatal({ err, url: webhook.url }, 'Telegram refused the webhook (setWebhook failed)');
      await shutdown('setWebhook failed', 1);
      return;
    }
    logger.info({ port, url: webhook.url, mode: 'webhook' }, 'bot started');
  } else {
    // launch() resolves only when polling stops: keep the promise, do not await it here.
    const polling = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] });
    polling.catch((err: unknown) => {
      logger.fatal({ err }, 'polling stopped with an error');
      void shutdown('polling failed', 1);
    });
    closers.push(async () => {
      bot.stop('shutdown');
      await polling.catch(() => undefined);
    });
    logger.info({ mode: 'polling' }, 'bot started');
  }
}

main().catch((err: unknown) => {
  console.error('fatal: could not start', err instanceof Error ? err.message : err);
  process.exit(1);
});
