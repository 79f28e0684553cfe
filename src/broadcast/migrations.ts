import { migrate, type Db, type Migration } from '../store/database.js';

/**
 * The broadcast component's tables. Times are epoch milliseconds. The UNIQUE (policy_id, chat_id)
 * constraint is what makes queueing idempotent: a policy can never hold two deliveries to one chat.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'subscriptions, broadcasts, deliveries and the sender lease',
    sql: `
      CREATE TABLE broadcast_subscriptions (
        chat_id INTEGER PRIMARY KEY,
        lang TEXT NOT NULL CHECK (lang IN ('zh', 'zh-Hant', 'en')),
        topics TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE TABLE broadcasts (
        policy_id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        texts TEXT NOT NULL,
        trigger TEXT NOT NULL,
        queued_at INTEGER NOT NULL,
        recipients INTEGER NOT NULL
      );
      CREATE TABLE broadcast_deliveries (
        id INTEGER PRIMARY KEY,
        policy_id TEXT NOT NULL REFERENCES broadcasts (policy_id),
        chat_id INTEGER NOT NULL,
        lang TEXT NOT NULL CHECK (lang IN ('zh', 'zh-Hant', 'en')),
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'blocked', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before INTEGER NOT NULL,
        last_attempt_at INTEGER,
        finished_at INTEGER,
        message_id INTEGER,
        reason TEXT,
        resent INTEGER NOT NULL DEFAULT 0,
        UNIQUE (policy_id, chat_id)
      );
      CREATE INDEX broadcast_deliveries_due ON broadcast_deliveries (not_before, id) WHERE status = 'pending';
      CREATE INDEX broadcast_deliveries_status ON broadcast_deliveries (policy_id, status);
      CREATE INDEX broadcast_deliveries_chat ON broadcast_deliveries (chat_id) WHERE status = 'pending';
      CREATE TABLE broadcast_lease (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
  },
];

export function migrateBroadcast(db: Db): void {
  migrate(db, 'broadcast', MIGRATIONS);
}
