import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { sqliteFollowupStore } from '../../src/store/followup-store.js';
import { normalizeText } from '../../src/text/normalize.js';
import { botMessages, startEmulator, waitForMessages } from '../telegram/support/emulator.js';
import { TOKEN } from '../telegram/support/test-bot.js';

/** `npm run questions` as a real process, on a real database file, delivering through the emulator. */
const PORT = 9202;
const run = promisify(execFile);
let server: TelegramServer;
let dir: string;
let dbPath: string;

async function questions(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/questions.ts', ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DB_PATH: dbPath, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function seed(chatId: number, text: string): Promise<number> {
  const db = openDatabase(dbPath);
  const item = await sqliteFollowupStore(db).createItem({
    chatId, userId: chatId, displayName: 'Zhang San', lang: 'zh', text, reason: 'no-match', messageId: null,
    askedAt: new Date('2026-03-02T01:00:00Z'), normalized: normalizeText(text), groupKey: text, nearest: [],
  });
  db.close();
  return item.id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'questions-cli-'));
  dbPath = join(dir, 'data', 'bizbot.db');
  server = await startEmulator(PORT);
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run questions (process)', () => {
  it('lists, exports and answers through the bot token and TELEGRAM_API_ROOT', async () => {
    const id = await seed(4242, '喀左县工业蒸汽价格是多少？');
    const listed = await questions({}, 'list', '--status', 'open');
    expect(listed).toMatchObject({ code: 0 });
    expect(listed.stdout).toContain(`#${id}\t待回复\t1次\t2026-03-02 09:00\t喀左县工业蒸汽价格是多少？`);

    const csv = join(dir, 'out.csv');
    expect((await questions({ DESK_LANG: 'en' }, 'export', '--csv', csv)).stdout).toContain('Exported 1 question');
    expect(readFileSync(csv, 'utf8')).toContain('喀左县工业蒸汽价格是多少？');

    const answered = await questions(
      { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL, STAFF_CHAT_ID: '-100200300' },
      'answer', String(id), '按热电厂公布的价格执行。',
    );
    expect(answered).toMatchObject({ code: 0 });
    expect(answered.stdout).toContain('已发送给 1 位提问人');
    const [delivered] = await waitForMessages(server, 4242, 0);
    expect(delivered!.message.text).toContain('按热电厂公布的价格执行。');
    expect(botMessages(server, -100200300).at(-1)!.message.text).toContain(`问题 #${id} 已由 cli:`);
  });

  it('without a token stores the answer for the bot, and refuses unknown items', async () => {
    const id = await seed(4343, '喀左县冬季供暖从几月开始？');
    const stored = await questions({}, 'answer', String(id), '每年11月1日。');
    expect(stored.stdout).toContain('答复将在机器人运行时自动发送');
    const db = openDatabase(dbPath);
    expect(await sqliteFollowupStore(db).countPendingDeliveries()).toBe(1);
    db.close();
    expect(await questions({}, 'dismiss', '999')).toMatchObject({ code: 1, stderr: '找不到问题 #999。\n' });
  });
});
