import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, parseConfig } from '../src/config.js';

const TOKEN = '123456789:AAbbCCddEEffGGhhIIjjKKllMMnn';

describe('configuration from the environment', () => {
  it('runs with nothing set: terminal chat, long polling defaults', () => {
    const result = parseConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        botToken: null,
        telegramApiRoot: CONFIG_DEFAULTS.TELEGRAM_API_ROOT, // Telegram's own; never contacted by a test
        webhook: null,
        port: 8080,
        dbPath: './data/bizbot.db',
        knowledgeDir: './knowledge',
        staffChatId: null,
        staffIds: [],
        digestCron: '0 9 * * *',
        retentionDays: 180,
        broadcastCron: '*/10 * * * *',
        broadcastRate: 25,
        timeZone: 'Asia/Shanghai',
        rateLimitPerMinute: 20,
        logLevel: 'info',
      },
    });
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ BOT_TOKEN: '', PORT: ' ', WEBHOOK_URL: '' })).toMatchObject({ ok: true, config: { botToken: null, port: 8080, webhook: null } });
  });

  it('reads every variable', () => {
    const result = parseConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      WEBHOOK_URL: 'https://bot.example.com/tg/hook',
      WEBHOOK_SECRET: 's3cret_-X',
      PORT: '3000',
      DB_PATH: '/var/lib/bizbot.db',
      KNOWLEDGE_DIR: '/srv/knowledge',
      STAFF_CHAT_ID: '-1001234567890',
      STAFF_IDS: '11, 22,33',
      DIGEST_CRON: '30 8 * * 1-5',
      RETENTION_DAYS: '90',
      BROADCAST_CRON: '0 * * * *',
      BROADCAST_RATE: '10',
      TZ: 'Europe/Berlin',
      RATE_LIMIT_PER_MINUTE: '5',
      LOG_LEVEL: 'DEBUG',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        botToken: TOKEN,
        telegramApiRoot: 'http://127.0.0.1:8081',
        webhook: { url: 'https://bot.example.com/tg/hook', secret: 's3cret_-X' },
        port: 3000,
        dbPath: '/var/lib/bizbot.db',
        knowledgeDir: '/srv/knowledge',
        staffChatId: -1001234567890,
        staffIds: [11, 22, 33],
        digestCron: '30 8 * * 1-5',
        retentionDays: 90,
        broadcastCron: '0 * * * *',
        broadcastRate: 10,
        timeZone: 'Europe/Berlin',
        rateLimitPerMinute: 5,
        logLevel: 'debug',
      },
    });
  });

  it('reports every problem at once, one clear message each', () => {
    const result = parseConfig({
      BOT_TOKEN: 'nonsense',
      TELEGRAM_API_ROOT: 'ftp://x',
      WEBHOOK_URL: 'https://bot.example.com/hook',
      PORT: '99999',
      STAFF_CHAT_ID: 'staff',
      STAFF_IDS: '1,two',
      DIGEST_CRON: 'every day',
      RETENTION_DAYS: '-1',
      BROADCAST_RATE: '1.5',
      TZ: 'Mars/Olympus',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'loud',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    for (const name of ['BOT_TOKEN', 'TELEGRAM_API_ROOT', 'WEBHOOK_SECRET', 'PORT', 'STAFF_CHAT_ID', 'STAFF_IDS', 'DIGEST_CRON', 'RETENTION_DAYS', 'BROADCAST_RATE', 'TZ', 'RATE_LIMIT_PER_MINUTE', 'LOG_LEVEL']) {
      expect(errors.filter((e) => e.startsWith(`${name} `)), name).toHaveLength(1);
    }
    expect(errors).toHaveLength(12);
  });

  it('never repeats the bot token in a message', () => {
    const secretish = '12345:short';
    const result = parseConfig({ BOT_TOKEN: secretish });
    expect(result.ok ? '' : result.errors.join('\n')).not.toContain(secretish);
  });

  it('requires a well-formed webhook secret with a webhook', () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://x.example/h', WEBHOOK_SECRET: 'has space' })).toEqual({
      ok: false,
      errors: ['WEBHOOK_SECRET must be 1–256 characters, only A-Z a-z 0-9 _ -'],
    });
    expect(parseConfig({ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://x.example/h', WEBHOOK_SECRET: 'a'.repeat(257) }).ok).toBe(false);
  });

  it('refuses a webhook without a token', () => {
    expect(parseConfig({ WEBHOOK_URL: 'https://x.example/h', WEBHOOK_SECRET: 'abc' })).toEqual({ ok: false, errors: ['WEBHOOK_URL is set but BOT_TOKEN is not'] });
  });

  it('is documented: .env.example lists every variable with its default', () => {
    const example = readFileSync('.env.example', 'utf8');
    for (const [name, value] of Object.entries(CONFIG_DEFAULTS)) {
      expect(example, name).toMatch(new RegExp(`^${name}=${(value ?? '').replace(/[*]/g, '\\*')}$`, 'm'));
    }
  });
});
