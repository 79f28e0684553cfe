import type { Migration } from './database.js';

/**
 * The follow-up desk's schema, component 'followup'. Shipped versions are never edited; a change is a
 * new version. Times are ISO-8601 UTC strings (they sort as text); chat ids of staff posts are text
 * because a staff chat may be given as @username.
 */
export const FOLLOWUP_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'follow-up items, askers, staff posts, audit log',
    sql: `
    CREATE TABLE followup_items (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      text TEXT NOT NULL,
      normalized TEXT NOT NULL,
      group_key TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('no-match', 'thumbs-down', 'clarify-not-picked')),
      nearest TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'dismissed')),
      ask_count INTEGER NOT NULL DEFAULT 1,
      first_asked_at TEXT NOT NULL,
      last_asked_at TEXT NOT NULL,
      answer TEXT,
      closed_by_id INTEGER,
      closed_by_name TEXT,
      closed_at TEXT,
      dismiss_reason TEXT,
      anonymized_at TEXT
    );
    CREATE INDEX followup_items_status ON followup_items (status, first_asked_at);

    CREATE TABLE followup_askers (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id INTEGER NOT NULL REFERENCES followup_items (id),
      chat_id INTEGER,
      user_id INTEGER,
      display_name TEXT,
      lang TEXT NOT NULL CHECK (lang IN ('zh', 'zh-Hant', 'en')),
      text TEXT NOT NULL,
      reason TEXT NOT NULL,
      message_id INTEGER,
      ask_count INTEGER NOT NULL DEFAULT 1,
      first_asked_at TEXT NOT NULL,
      last_asked_at TEXT NOT NULL,
      delivery TEXT NOT NULL DEFAULT 'none' CHECK (delivery IN ('none', 'pending', 'delivered', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT,
      last_error TEXT,
      delivered_at TEXT,
      UNIQUE (item_id, chat_id)
    );
    CREATE INDEX followup_askers_due ON followup_askers (delivery, next_attempt_at);

    CREATE TABLE followup_staff_posts (
      chat_id TEXT NOT NULL,
      message_id INTEGER NOT NULL,
      item_id INTEGER NOT NULL REFERENCES followup_items (id),
      kind TEXT NOT NULL CHECK (kind IN ('post', 'note')),
      PRIMARY KEY (chat_id, message_id)
    );
    CREATE INDEX followup_staff_posts_item ON followup_staff_posts (item_id, kind);

    CREATE TABLE followup_audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor_id INTEGER,
      actor_name TEXT,
      action TEXT NOT NULL,
      item_id INTEGER,
      allowed INTEGER NOT NULL CHECK (allowed IN (0, 1)),
      detail TEXT
    );
    `,
  },
];
