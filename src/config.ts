/**
 * The application's configuration, read from environment variables by `parseConfig` — a pure
 * function: main.ts passes `process.env`, tests pass a plain object. Nothing here reads the
 * environment at import time.
 */
import { validate as validateCron } from 'node-cron';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface WebhookConfig {
  /** The public HTTPS address Telegram posts updates to; its path is the path the server answers on. */
  readonly url: string;
  /** Sent back by Telegram in `X-Telegram-Bot-Api-Secret-Token`; requests without it get 401. */
  readonly secret: string;
}

export interface Config {
  /** Null: no Telegram; `npm start` opens the terminal chat instead. */
  readonly botToken: string | null;
  readonly telegramApiRoot: string;
  /** Null: long polling. */
  readonly webhook: WebhookConfig | null;
  readonly port: number;
  readonly dbPath: string;
  readonly knowledgeDir: string;
  readonly staffChatId: number | null;
  readonly staffIds: readonly number[];
  readonly digestCron: string;
  readonly retentionDays: number;
  readonly broadcastCron: string;
  /** Broadcast messages per second. */
  readonly broadcastRate: number;
  readonly timeZone: string;
  readonly rateLimitPerMinute: number;
  readonly logLevel: LogLevel;
}

/** Every variable the application reads, with its default (undefined: none). `.env.example` mirrors it. */
export const CONFIG_DEFAULTS = Object.freeze({
  BOT_TOKEN: undefined,
  TELEGRAM_API_ROOT: 'https://api.telegram.org',
  WEBHOOK_URL: undefined,
  WEBHOOK_SECRET: undefined,
  PORT: '8080',
  DB_PATH: './data/bizbot.db',
  KNOWLEDGE_DIR: './knowledge',
  STAFF_CHAT_ID: undefined,
  STAFF_IDS: '',
  DIGEST_CRON: '0 9 * * *',
  RETENTION_DAYS: '180',
  BROADCAST_CRON: '*/10 * * * *',
  BROADCAST_RATE: '25',
  TZ: 'Asia/Shanghai',
  RATE_LIMIT_PER_MINUTE: '20',
  LOG_LEVEL: 'info',
} satisfies Record<string, string | undefined>);

export type ConfigVariable = keyof typeof CONFIG_DEFAULTS;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const TOKEN = /^\d+:[A-Za-z0-9_-]{20,}$/;
const SECRET = /^[A-Za-z0-9_-]{1,256}$/;
const INTEGER = /^-?\d+$/;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/**
 * Reads and validates every variable. Empty strings count as unset. All problems are reported
 * together, one message each, so an operator fixes them in one go.
 */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const errors: string[] = [];
  const raw = (name: ConfigVariable): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : CONFIG_DEFAULTS[name];
  };

  const int = (name: ConfigVariable, min: number, max: number): number => {
    const value = raw(name) ?? '';
    const n = Number(value);
    if (!INTEGER.test(value) || n < min || n > max) {
      errors.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return Number(CONFIG_DEFAULTS[name] ?? min);
    }
    return n;
  };

  const botToken = raw('BOT_TOKEN') ?? null;
  // Never echo the token itself: the message names the variable only.
  if (botToken !== null && !TOKEN.test(botToken)) {
    errors.push('BOT_TOKEN does not look like a bot token from @BotFather (expected "<digits>:<letters>")');
  }

  const telegramApiRoot = url('TELEGRAM_API_ROOT', raw('TELEGRAM_API_ROOT') ?? '', errors);

  let webhook: WebhookConfig | null = null;
  const webhookUrl = raw('WEBHOOK_URL');
  const secret = raw('WEBHOOK_SECRET');
  if (webhookUrl !== undefined) {
    const parsed = url('WEBHOOK_URL', webhookUrl, errors);
    if (secret === undefined) {
      errors.push('WEBHOOK_SECRET is required when WEBHOOK_URL is set (1–256 characters: A-Z a-z 0-9 _ -)');
    } else if (!SECRET.test(secret)) {
      errors.push('WEBHOOK_SECRET must be 1–256 characters, only A-Z a-z 0-9 _ -');
    } else if (parsed) {
      webhook = { url: parsed, secret };
    }
    if (webhookUrl && botToken === null) errors.push('WEBHOOK_URL is set but BOT_TOKEN is not');
  } else if (secret !== undefined && !SECRET.test(secret)) {
    errors.push('WEBHOOK_SECRET must be 1–256 characters, only A-Z a-z 0-9 _ -');
  }

  const port = int('PORT', 1, 65535);
  const retentionDays = int('RETENTION_DAYS', 1, 36500);
  const broadcastRate = int('BROADCAST_RATE', 1, 30);
  const rateLimitPerMinute = int('RATE_LIMIT_PER_MINUTE', 1, 10000);

  let staffChatId: number | null = null;
  const staffChat = raw('STAFF_CHAT_ID');
  if (staffChat !== undefined) {
    if (INTEGER.test(staffChat) && Number.isSafeInteger(Number(staffChat))) staffChatId = Number(staffChat);
    else errors.push(`STAFF_CHAT_ID must be a chat id (a whole number, e.g. -1001234567890; got "${staffChat}")`);
  }

  const staffIds: number[] = [];
  for (const part of (raw('STAFF_IDS') ?? '').split(',')) {
    const id = part.trim();
    if (!id) continue;
    if (/^\d+$/.test(id) && Number.isSafeInteger(Number(id))) staffIds.push(Number(id));
    else errors.push(`STAFF_IDS must be comma-separated Telegram user ids (whole numbers; "${id}" is not one)`);
  }

  const digestCron = cron('DIGEST_CRON', raw('DIGEST_CRON') ?? '', errors);
  const broadcastCron = cron('BROADCAST_CRON', raw('BROADCAST_CRON') ?? '', errors);

  const timeZone = raw('TZ') ?? '';
  if (!validTimeZone(timeZone)) errors.push(`TZ must be an IANA time zone such as Asia/Shanghai (got "${timeZone}")`);

  const logLevel = (raw('LOG_LEVEL') ?? '').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw('LOG_LEVEL')}")`);
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      botToken,
      telegramApiRoot,
      webhook,
      port,
      dbPath: raw('DB_PATH') ?? '',
      knowledgeDir: raw('KNOWLEDGE_DIR') ?? '',
      staffChatId,
      staffIds,
      digestCron,
      retentionDays,
      broadcastCron,
      broadcastRate,
      timeZone,
      rateLimitPerMinute,
      logLevel,
    },
  };
}

function url(name: string, value: string, errors: string[]): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  errors.push(`${name} must be an http(s) URL (got "${value}")`);
  return value;
}

/** What the scheduler (node-cron) accepts: 5 fields, or 6 with seconds. */
function cron(name: string, value: string, errors: string[]): string {
  if (validateCron(value)) return value;
  errors.push(`${name} must be a cron expression of 5 fields, e.g. "0 9 * * *" (got "${value}")`);
  return value;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
