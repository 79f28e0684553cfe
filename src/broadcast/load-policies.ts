import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../knowledge/problem.js';
import { parsePolicyFile } from './parse-policy.js';
import type { Policy } from './policy.js';

/**
 * Reads every `*.yaml` in the policies folder (a missing folder is simply empty). Valid policies are
 * returned even when other files have problems. Ids are unique because each must match its file name.
 */
export function loadPolicies(dir: string): { policies: Policy[]; problems: Problem[] } {
  if (!existsSync(dir)) return { policies: [], problems: [] };
  const policies: Policy[] = [];
  const problems: Problem[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const parsed = parsePolicyFile(readFileSync(file, 'utf8'), file);
    problems.push(...parsed.problems);
    if (parsed.policy) policies.push(parsed.policy);
  }
  return { policies, problems };
}
