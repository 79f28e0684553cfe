/**
 * `npm run validate`: checks every knowledge file (entries, synonyms, inbox drafts, the holiday
 * calendar, policies) and prints ALL problems as `file:line:col message`; exit code 1 when there is any.
 */
import { loadDotEnv } from '../app/dotenv.js';
import { join } from 'node:path';
import { loadPolicies } from '../broadcast/load-policies.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { parseConfig } from '../config.js';
import { formatProblem } from '../knowledge/problem.js';
import { validateKnowledgeFolder } from '../knowledge/validate-folder.js';

loadDotEnv();
const config = parseConfig(process.env);
const dir = process.argv[2] ?? (config.ok ? config.config.knowledgeDir : 'knowledge');
const knowledge = validateKnowledgeFolder(dir);
const calendar = await loadCalendar(join(dir, 'calendar'));
const policies = loadPolicies(join(dir, 'policies'));
const problems = [...knowledge.problems, ...calendar.problems, ...policies.problems];
const summary =
  `${knowledge.summary}, calendar years ${[...calendar.calendar.years.keys()].sort().join(', ') || 'none'}, ` +
  `${policies.policies.length} policies`;
for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
process.stdout.write(problems.length === 0 ? `ok: ${summary}\n` : `${problems.length} problem(s); ${summary}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
