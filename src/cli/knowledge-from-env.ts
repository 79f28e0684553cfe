import { createAssistant, type Assistant } from '../answer/assistant.js';
import { loadKnowledgeDir } from '../knowledge/load.js';
import { formatProblem } from '../knowledge/problem.js';

/** For command-line tools: the assistant over KNOWLEDGE_DIR, with problems reported on stderr. */
export function assistantFromEnv(env: NodeJS.ProcessEnv = process.env): Assistant {
  const dir = env.KNOWLEDGE_DIR ?? 'knowledge';
  const loaded = loadKnowledgeDir(dir);
  for (const p of loaded.problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (loaded.problems.length > 0) {
    process.stderr.write(`(${loaded.problems.length} problem(s); answering from the valid entries only)\n`);
  }
  return createAssistant(loaded.kb);
}
