import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Plays a second process writing to the same SQLite file (the bot while `npm run questions` runs, or
 * the other way round): on its own thread and connection it takes the write lock (BEGIN IMMEDIATE),
 * runs `sql`, and commits `holdMs` later. Resolves once the lock is held, so the caller's next
 * (synchronous) database call meets a writer that is busy, then commits under it; `done` settles
 * when that writer has committed and closed.
 */
export async function writerHoldingTheLock(path: string, sql: string, holdMs = 300): Promise<{ done: Promise<void> }> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.path);
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.exec(workerData.sql);
    parentPort.postMessage('locked');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
    db.exec('COMMIT');
    db.close();
    `,
    { eval: true, workerData: { driver, path, sql, holdMs } },
  );
  const done = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}`))));
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    done.catch(reject);
  });
  return { done };
}
