/**
 * The helper thread of helper-thread.ts: loads the language data, says it is ready, then counts
 * each job's entries (build-share.ts countShare) and posts the result.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadLanguageData } from '../text/language-data.js';
import { countShare } from './build-share.js';
import { unpackEntryTexts, type LexiconSource, type PackedEntryTexts } from './entry-tokens.js';
import { FINISHED, READY, type HelperResult } from './helper-thread.js';

const { signal, results } = workerData as { signal: Int32Array; results: MessagePort };

loadLanguageData();
Atomics.store(signal, READY, 1);
parentPort?.postMessage('ready');

parentPort?.on('message', ({ job, source, entries }: { job: number; source: LexiconSource; entries: PackedEntryTexts }) => {
  let result: HelperResult;
  let transfer: ArrayBuffer[] = [];
  try {
    const share = countShare(source, unpackEntryTexts(entries));
    const { counts, phrasingIds } = share;
    transfer = [counts.docFrequency, counts.docStart, counts.rowTerm, counts.rowCounts, counts.lengths, phrasingIds].map((a) => a.buffer as ArrayBuffer);
    result = { job, share };
  } catch (err) {
    result = { job, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  results.postMessage(result, transfer);
  Atomics.store(signal, FINISHED, job);
  Atomics.notify(signal, FINISHED);
});
