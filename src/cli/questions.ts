/**
 * `npm run questions -- list [--status open|answered|dismissed]`
 * `npm run questions -- export --csv FILE`
 * `npm run questions -- answer <id> "text"`   (delivers now through the bot's token when BOT_TOKEN is
 *                                              set; otherwise stored, and the running bot's retry job
 *                                              delivers it within a minute)
 * `npm run questions -- dismiss <id> [reason]`
 * The follow-up desk for staff without Telegram. Reads DB_PATH, BOT_TOKEN, TELEGRAM_API_ROOT,
 * STAFF_CHAT_ID, TZ and LOG_LEVEL like the bot; DESK_LANG=en prints English (default Chinese).
 * The acting person is recorded in the audit log as `cli:<login name>` (or --by NAME).
 */
import { loadDotEnv } from '../app/dotenv.js';
import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { pino } from 'pino';
import { Telegram } from 'telegraf';
import { parseConfig } from '../config.js';
import { systemClock } from '../core/clock.js';
import { createFollowupDesk } from '../followup/desk.js';
import { noMessenger } from '../followup/no-messenger.js';
import { runQuestions } from '../followup/questions-cli.js';
import { createLogger } from '../logging.js';
import { openDatabase } from '../store/database.js';
import { sqliteFollowupStore } from '../store/followup-store.js';
import { telegrafMessenger } from '../telegram/telegraf-messenger.js';

loadDotEnv();
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`questions: ${parsed.errors.join('\nquestions: ')}\n`);
  process.exit(2);
}
const { config } = parsed;

let args = process.argv.slice(2);
let by = `cli:${safeLogin()}`;
const byAt = args.indexOf('--by');
if (byAt >= 0 && args[byAt + 1]) {
  by = `cli:${args[byAt + 1]}`;
  args = [...args.slice(0, byAt), ...args.slice(byAt + 2)];
}

// Without a token nothing can be sent from here; the desk is told not to try (deliver: false).
const messenger = config.botToken
  ? telegrafMessenger(new Telegram(config.botToken, { apiRoot: config.telegramApiRoot }))
  : noMessenger();
const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, [config.botToken], pino.destination(2));

const db = openDatabase(config.dbPath);
try {
  const store = sqliteFollowupStore(db);
  const desk = createFollowupDesk({
    store,
    messenger,
    staffChatId: config.botToken ? config.staffChatId : null,
    clock: systemClock,
    logger,
    staffLang: process.env.DESK_LANG === 'en' ? 'en' : 'zh',
    timeZone: config.timeZone,
  });
  process.exitCode = await runQuestions(args, {
    desk,
    store,
    staff: { id: 0, name: by },
    canDeliver: config.botToken !== null,
    timeZone: config.timeZone,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    writeFile: (path, content) => writeFile(path, content, 'utf8'),
  });
} finally {
  db.close();
}

function safeLogin(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
