/**
 * `npm run bench [-- search|webhook|broadcast …]`: runs the benchmark scripts one after another,
 * each in its own process (so one's memory does not weigh on the next), and prints their figures.
 * With no argument all three run; the broadcast one takes about 15 minutes at the real 25 msg/s.
 * Other arguments pass through to the scripts (e.g. `npm run bench -- broadcast --rate 100`).
 */
import { spawnSync } from 'node:child_process';

const ALL = ['search', 'webhook', 'broadcast'] as const;
const args = process.argv.slice(2);
const chosen = args.filter((a) => (ALL as readonly string[]).includes(a));
// Everything else (e.g. `--rate 100` for the broadcast benchmark) is passed to each script.
const passThrough = args.filter((a) => !chosen.includes(a));
let failed = 0;
for (const name of chosen.length > 0 ? chosen : ALL) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`, ...passThrough], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
