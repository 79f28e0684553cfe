import { join } from 'node:path';
import { createAssistant, type Assistant } from '../answer/assistant.js';
import { loadPolicies } from '../broadcast/load-policies.js';
import { publishedPolicyEntries } from '../broadcast/policy-entries.js';
import type { WorkCalendar } from '../calendar/calendar.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { parseConfig } from '../config.js';
import { loadKnowledgeDir } from '../knowledge/load.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Policy } from '../broadcast/policy.js';
import { formatProblem } from '../knowledge/problem.js';

export interface CliKnowledge {
  readonly assistant: Assistant;
  readonly calendar: WorkCalendar;
  readonly timeZone: string;
}

/**
 * For command-line tools: what the bot serves from KNOWLEDGE_DIR — its entries plus the policies
 * published by `now`, and the holiday calendar — with problems reported on stderr. Exits 2 on an
 * invalid configuration.
 */
export async function knowledgeFromEnv(now: Date, env: NodeJS.ProcessEnv = process.env): Promise<CliKnowledge> {
  const parsed = parseConfig(env);
  if (!parsed.ok) {
    for (const e of parsed.errors) process.stderr.write(`config: ${e}\n`);
    process.exit(2);
  }
  const { knowledgeDir, timeZone } = parsed.config;
  const loaded = loadKnowledgeDir(knowledgeDir);
  const policies = loadPolicies(join(knowledgeDir, 'policies'));
  const calendar = await loadCalendar(join(knowledgeDir, 'calendar'));
  const problems = [...loaded.problems, ...policies.problems, ...calendar.problems];
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (problems.length > 0) process.stderr.write(`(${problems.length} problem(s); answering from the valid files only)\n`);
  const assistant = createAssistant(servedKnowledge(loaded.kb, policies.policies, now, timeZone));
  return { assistant, calendar: calendar.calendar, timeZone };
}

/** What the bot serves at `now`: the entries and the policies published by then (as searchable entries). */
export function servedKnowledge(kb: KnowledgeBase, policies: readonly Policy[], now: Date, timeZone?: string): KnowledgeBase {
  return { ...kb, entries: [...kb.entries, ...publishedPolicyEntries(policies, now, timeZone)] };
}

/** The assistant over what the bot serves now (eval), without the calendar. */
export function assistantFromKnowledgeDir(now: Date, env: NodeJS.ProcessEnv = process.env): Assistant {
  const parsed = parseConfig(env);
  const dir = parsed.ok ? parsed.config.knowledgeDir : 'knowledge';
  return createAssistant(servedKnowledge(loadKnowledgeDir(dir).kb, loadPolicies(join(dir, 'policies')).policies, now));
}
