import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CountedShare, IndexingHelper } from './build-share.js';
import { packEntryTexts } from './entry-tokens.js';

/**
 * An IndexingHelper on a worker thread, for a machine with a core to spare: it loads its own
 * language data when started, builds its own lexicon for each index build, and tokenises and counts
 * the share of the entries it is given while the building thread does the rest.
 *
 * The index build is synchronous, and so is the wait for the helper's share: the results come on a
 * message port read with receiveMessageOnPort, and the helper says they are there through shared
 * memory the building thread waits on (Atomics.wait). The event loop is not needed for either.
 */
export interface HelperThread extends IndexingHelper {
  /** Settles when the thread has loaded its language data and takes work (rejects if it could not start). */
  readonly ready: Promise<void>;
  /** How many entries it has counted for builds so far. */
  entriesCounted(): number;
  close(): Promise<void>;
}

export interface HelperThreadOptions {
  /** Told when the helper fails, stops or is too slow; the build then counts the helper's share itself. */
  readonly onProblem?: (problem: string, err?: unknown) => void;
  /** How long a build waits for the helper's share. */
  readonly waitMs?: number;
}

/** Shared memory: the last job whose result is posted, and whether the thread is ready. */
export const FINISHED = 0;
export const READY = 1;

/** What the worker posts on the results port for a job. */
export type HelperResult = { readonly job: number } & ({ readonly error: string } | { readonly share: CountedShare });

export function startHelperThread(options: HelperThreadOptions = {}): HelperThread {
  const { onProblem = () => {}, waitMs = 60_000 } = options;
  const signal = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const { port1: results, port2 } = new MessageChannel();
  const worker = startWorker({ signal, results: port2 }, [port2]);
  // Neither keeps the process alive: a CLI that built an index still exits when it is done.
  worker.unref();
  results.unref();
  let alive = true;
  let closing = false;
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.on('error', (err) => {
      alive = false;
      onProblem('the helper thread failed', err);
      reject(err);
    });
    worker.once('exit', (code) => {
      if (alive && !closing) onProblem(`the helper thread exited (code ${code})`);
      alive = false;
      reject(new Error(`the helper thread exited (code ${code})`));
    });
  });
  // A caller need not wait for it (a build before it is ready goes on alone): a failure is reported
  // by onProblem, not by an unhandled rejection.
  ready.catch(() => {});
  let jobs = 0;
  let counted = 0;

  return {
    ready,
    entriesCounted: () => counted,
    begin(source, entries) {
      if (!alive || Atomics.load(signal, READY) !== 1) return () => null;
      const job = ++jobs;
      worker.postMessage({ job, source, entries: packEntryTexts(entries) });
      return () => {
        const deadline = performance.now() + waitMs;
        for (let finished = Atomics.load(signal, FINISHED); finished < job; finished = Atomics.load(signal, FINISHED)) {
          const left = deadline - performance.now();
          if (left <= 0 || !alive) {
            onProblem(alive ? `the helper thread took over ${waitMs} ms` : 'the helper thread has stopped');
            return null;
          }
          Atomics.wait(signal, FINISHED, finished, left);
        }
        // Skipping any late result of a job given up on.
        for (let m = receiveMessageOnPort(results); m; m = receiveMessageOnPort(results)) {
          const result = m.message as HelperResult;
          if (result.job !== job) continue;
          if ('error' in result) {
            onProblem(`the helper thread could not count its share: ${result.error}`);
            return null;
          }
          counted += result.share.counts.docCount;
          return result.share;
        }
        onProblem('the helper thread said it finished but sent nothing');
        return null;
      };
    },
    async close() {
      closing = true;
      alive = false;
      results.close();
      await worker.terminate();
    },
  };
}

/**
 * The worker, from this module's own kind of file: compiled JavaScript as is; TypeScript source
 * (run by tsx, as `npm start` and the tests do) through tsx's loader, which a worker does not
 * inherit for its entry module.
 */
function startWorker(workerData: unknown, transferList: readonly MessagePort[]): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./helper-thread-worker.js', here), { workerData, transferList: [...transferList] });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./helper-thread-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, transferList: [...transferList] });
}
