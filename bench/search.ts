/**
 * Search benchmark: index build time, per-query p50/p99 and memory at 1,000 / 10,000 / 50,000
 * synthetic entries, against plain fuse.js (ignoreLocation) over the same questions.
 * Targets at 50,000 on a 2-core machine: p50 ≤ 1 ms, p99 ≤ 5 ms, build ≤ 3 s, ≥ 300× fuse.js at p50.
 * The general language data (jieba's dictionary, IDF tables) is loaded first, as the bot loads it at
 * start-up, while the index helper thread starts and loads its own (src/main.ts does the same), and
 * that time is reported on its own line: it does not grow with the knowledge base. The build is
 * shared with the helper thread from 5,000 entries (search/build-share.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { loadKnowledgeDir } from '../src/knowledge/load.js';
import { createSearchEngine } from '../src/search/engine.js';
import { startHelperThread } from '../src/search/helper-thread.js';
import { loadLanguageData } from '../src/text/language-data.js';
import { syntheticEntries, syntheticQueries } from './synthetic-knowledge.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const QUERIES = 500;
const FUSE_QUERIES = Number(process.env.BENCH_FUSE_QUERIES ?? 15);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
const ms = (x: number) => `${x.toFixed(3)} ms`;

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// Each size runs in a process of its own, started with --expose-gc, as a bot starting up builds its
// index: a size's build does not pay for collecting the previous size's garbage (plain fuse.js over
// 10,000 entries leaves plenty), and the heap figure is measured after a real collection. With the
// flags `npm start` gives the bot (package.json): --v8-pool-size=1, one background thread for V8 on
// this 2-core machine (its default four took the main thread's core for 4-5 ms at a time).
if (SIZES.length === 1 && typeof globalThis.gc === 'function') await measure(SIZES[0] as number);
else {
  console.log(`search benchmark (node ${process.version}, ${QUERIES} queries per size; fuse.js on ${FUSE_QUERIES})`);
  for (const size of SIZES) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--v8-pool-size=1', '--import', 'tsx', fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_SIZES: String(size) },
    });
    if (child.status !== 0) process.exitCode = 1;
  }
}

async function measure(size: number): Promise<void> {
  // As the bot does at start-up (src/main.ts), before it indexes anything: once per process, so
  // reported apart from the build. The helper thread loads its language data on the other core.
  const started = process.hrtime.bigint();
  const helper = startHelperThread({ onProblem: (problem, err) => console.error(`helper thread: ${problem}`, err ?? '') });
  loadLanguageData();
  await helper.ready;
  const languageData = Number(process.hrtime.bigint() - started) / 1e6;
  const shipped = loadKnowledgeDir('knowledge').kb;
  const entries = syntheticEntries(size);
  const queries = syntheticQueries(entries, QUERIES);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let engine!: ReturnType<typeof createSearchEngine>;
  // The shipped vocabulary (synonyms, aspects, actions) over synthetic entries.
  const build = time(() => (engine = createSearchEngine({ ...shipped, entries }, {}, helper)));
  globalThis.gc?.();
  // What the index keeps, after the build's garbage is collected.
  const heapIndex = process.memoryUsage().heapUsed - heapBefore;
  for (const q of queries.slice(0, 50)) engine.search(q); // warm-up (JIT, lazy typo index)
  const times = queries.map((q) => time(() => engine.search(q))).sort((a, b) => a - b);

  const docs = entries.map((e) => ({ id: e.id, text: [...e.questions.zh, ...e.questions.en].join(' ') }));
  const fuse = new Fuse(docs, { keys: ['text'], ignoreLocation: true });
  const fuseTimes = queries.slice(0, FUSE_QUERIES).map((q) => time(() => fuse.search(q, { limit: 5 }))).sort((a, b) => a - b);

  const p50 = percentile(times, 0.5);
  const fuseP50 = percentile(fuseTimes, 0.5);
  console.log(
    [
      `entries ${size}:`,
      `  language data and helper thread start (once per process, before the build) ${ms(languageData)}`,
      `  build ${ms(build)} (the helper thread counted ${helper.entriesCounted()} of the ${size} entries); index heap ≈ ${(heapIndex / 1048576).toFixed(1)} MiB; process rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`,
      `  engine   p50 ${ms(p50)}  p99 ${ms(percentile(times, 0.99))}  max ${ms(times[times.length - 1] as number)}`,
      `  fuse.js  p50 ${ms(fuseP50)}  p99 ${ms(percentile(fuseTimes, 0.99))}`,
      `  speed-up at the median: ${(fuseP50 / p50).toFixed(0)}×`,
    ].join('\n'),
  );
  await helper.close();
}
