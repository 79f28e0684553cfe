import type { ReplyLang } from '../text/language.js';
import { migrate, type Db } from './database.js';

/**
 * What the bot remembers about a user between messages: the language chosen with /lang.
 * Two drivers: SQLite (production) and in-memory (tests, terminal chat); one shared test suite
 * (test/store/preferences.test.ts) keeps them identical.
 */
export interface PreferenceStore {
  /** The user's chosen language, or undefined when they never chose one. */
  getLang(userId: number): Promise<ReplyLang | undefined>;
  /** Remembers the choice, replacing any earlier one. */
  setLang(userId: number, lang: ReplyLang): Promise<void>;
  /** Forgets everything about the user (retention, "delete my data"). */
  forget(userId: number): Promise<void>;
}

const LANGS: ReadonlySet<string> = new Set<ReplyLang>(['zh', 'zh-Hant', 'en']);

function asLang(value: unknown): ReplyLang | undefined {
  return typeof value === 'string' && LANGS.has(value) ? (value as ReplyLang) : undefined;
}

export function memoryPreferences(): PreferenceStore {
  const langs = new Map<number, ReplyLang>();
  return {
    async getLang(userId) {
      return langs.get(userId);
    },
    async setLang(userId, lang) {
      if (!LANGS.has(lang)) throw new RangeError(`unknown reply language: ${String(lang)}`);
      langs.set(userId, lang);
    },
    async forget(userId) {
      langs.delete(userId);
    },
  };
}

const MIGRATIONS = [
  {
    version: 1,
    description: 'user language preference',
    sql: `CREATE TABLE user_preferences (
      user_id INTEGER PRIMARY KEY,
      lang TEXT NOT NULL CHECK (lang IN ('zh', 'zh-Hant', 'en')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
  },
] as const;

/** Preferences in the application's SQLite database (migrates its own table on creation). */
export function sqlitePreferences(db: Db): PreferenceStore {
  migrate(db, 'preferences', MIGRATIONS);
  const select = db.prepare('SELECT lang FROM user_preferences WHERE user_id = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO user_preferences (user_id, lang) VALUES (?, ?)
     ON CONFLICT (user_id) DO UPDATE SET lang = excluded.lang,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  const remove = db.prepare('DELETE FROM user_preferences WHERE user_id = ?');
  return {
    async getLang(userId) {
      return asLang(select.get(userId));
    },
    async setLang(userId, lang) {
      if (!LANGS.has(lang)) throw new RangeError(`unknown reply language: ${String(lang)}`);
      upsert.run(userId, lang);
    },
    async forget(userId) {
      remove.run(userId);
    },
  };
}
