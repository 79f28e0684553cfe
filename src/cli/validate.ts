/**
 * `npm run validate`: checks every knowledge file (entries, synonyms, inbox drafts, calendar,
 * policies) and prints ALL problems as `file:line:col message`; exit code 1 when there is any.
 */
import { validateKnowledgeFolder } from '../knowledge/validate-folder.js';
import { formatProblem } from '../knowledge/problem.js';

const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
const { problems, summary } = validateKnowledgeFolder(dir);
for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
process.stdout.write(problems.length === 0 ? `ok: ${summary}\n` : `${problems.length} problem(s); ${summary}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
