import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sqliteSubscriptionStore } from '../../src/broadcast/sqlite-subscription-store.js';
import { openDatabase } from '../../src/store/database.js';
import { tempDir } from '../support/temp-dir.js';

const root = tempDir('broadcast-cli-');

function cli(args: string[], env: Record<string, string>) {
  const { BOT_TOKEN: _, ...rest } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/broadcast.ts', ...args], {
    env: { ...rest, KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run broadcast', () => {
  const db = join(root, 'bot.db');

  it('--dry-run lists each due policy with its recipients and sends nothing', async () => {
    const store = sqliteSubscriptionStore(openDatabase(db));
    await store.save({ chatId: 11, lang: 'en', topics: ['energy'] });
    await store.save({ chatId: 12, lang: 'zh', topics: 'all' });
    const { code, out } = cli(['--dry-run', '--at', '2026-12-01T00:00:00+08:00'], { DB_PATH: db });
    expect(code).toBe(0);
    expect(out).toContain('new    clean-energy-projects "喀左县积极引入清洁能源综合利用项目" [energy]: 2 recipient(s)\n         11 en\n         12 zh');
    expect(out).toContain('new    referral-incentive');
    expect(out).toContain('later  project-steward-service: scheduled for 2027-01-15 09:00 (UTC+8)');
  });

  it('--dry-run at a later time shows the scheduled policy as due', () => {
    const { out } = cli(['--dry-run', '--at', '2027-01-15T09:00:00+08:00', '--limit', '1'], { DB_PATH: db });
    expect(out).toContain('new    project-steward-service');
    expect(out).toContain('… and 1 more');
  });

  it('refuses to send without BOT_TOKEN, pointing to --dry-run', () => {
    const { code, err } = cli([], { DB_PATH: db });
    expect(code).toBe(2);
    expect(err).toContain('BOT_TOKEN is not set, so nothing can be sent');
  });
});
