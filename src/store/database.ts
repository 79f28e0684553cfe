import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** One schema step of one component; versions are 1, 2, 3 … within a component and never edited once shipped. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/**
 * Opens (creating its folder when missing) the SQLite file at `path`, in WAL mode with foreign keys on.
 * `:memory:` gives a private in-memory database for tests.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Applies, in order and each in its own transaction, the migrations of `component` that this database
 * has not seen yet. Components (followup, broadcast, …) keep independent version sequences, so each
 * feature owns its tables without a shared numbering to collide on.
 *
 * Safe when two processes (the bot and a CLI) open one database at once: each migration runs in an
 * IMMEDIATE transaction (the write lock first, waiting out the other writer through busy_timeout)
 * and checks again inside it whether it was applied meanwhile, so no step runs twice.
 */
export function migrate(db: Db, component: string, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    component TEXT NOT NULL,
    version INTEGER NOT NULL,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (component, version)
  )`);
  const seen = new Set(
    db
      .prepare('SELECT version FROM schema_migrations WHERE component = ?')
      .pluck()
      .all(component) as number[],
  );
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE component = ? AND version = ?').pluck();
  const record = db.prepare(
    'INSERT INTO schema_migrations (component, version, description) VALUES (?, ?, ?)',
  );
  const apply = db.transaction((m: Migration): boolean => {
    if (isApplied.get(component, m.version) !== undefined) return false; // another process was first
    db.exec(m.sql);
    record.run(component, m.version, m.description);
    return true;
  });
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (seen.has(m.version)) continue;
    if (apply.immediate(m)) applied.push(m.version);
  }
  return applied;
}
