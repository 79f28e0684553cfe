import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import { formatProblem, type Problem } from '../knowledge/problem.js';
import type { KnowledgeEntry } from '../knowledge/types.js';
import { loadPolicies } from './load-policies.js';
import { DEFAULT_TIME_ZONE } from './compose.js';
import { nextPolicyChange, type Policy } from './policy.js';
import { publishedPolicyEntries } from './policy-entries.js';

export interface LivePolicies {
  /** The last good policies (what the broadcaster and the search see). */
  current(): readonly Policy[];
  /**
   * Reads the folder again. At the first load every valid policy is taken; later, a folder with any
   * problem is rejected as a whole and the previous policies stay (as the knowledge base does).
   */
  reload(): Problem[];
  /** The searchable entries of the policies in force now, after a reload: give to createLiveKnowledge as extraEntries. */
  entries(): KnowledgeEntry[];
  /**
   * Calls `onChange` (e.g. knowledge.reload) when a policy's publish_at or expires_at passes, so a
   * scheduled policy becomes searchable on time even if no file changes. Returns a stop function.
   */
  onScheduleChange(onChange: () => void): () => void;
}

/** At most this long between two looks at the schedule (setTimeout cannot wait more than ~24.8 days). */
const MAX_WAIT_MS = 6 * 3600_000;

/** `timeZone` (TZ) decides the day a policy counts as verified on in the search entries. */
export function createLivePolicies(dir: string, clock: Clock, logger: Logger, timeZone: string = DEFAULT_TIME_ZONE): LivePolicies {
  let policies: readonly Policy[] = [];
  let loaded = false;

  const reload = (): Problem[] => {
    const next = loadPolicies(dir);
    for (const p of next.problems) logger.warn({ problem: formatProblem(p) }, 'policy problem');
    if (!loaded || next.problems.length === 0) {
      policies = next.policies;
      loaded = true;
    }
    return next.problems;
  };

  return {
    current: () => policies,
    reload,
    entries() {
      reload();
      return publishedPolicyEntries(policies, clock(), timeZone);
    },
    onScheduleChange(onChange) {
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        const next = nextPolicyChange(policies, clock());
        const wait = next === null ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, Math.max(0, next.getTime() - clock().getTime()) + 1000);
        timer = setTimeout(() => {
          if (next !== null && clock().getTime() >= next.getTime()) {
            logger.info({ at: next.toISOString() }, 'a policy was published or expired; refreshing the knowledge');
            onChange();
          }
          arm();
        }, wait);
        timer.unref();
      };
      arm();
      return () => clearTimeout(timer);
    },
  };
}
