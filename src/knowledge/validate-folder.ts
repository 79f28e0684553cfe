import { loadKnowledgeDir } from './load.js';
import type { Problem } from './problem.js';

/** Every problem in the knowledge folder, of every kind of file, with a one-line summary of what is there. */
export function validateKnowledgeFolder(dir: string): { problems: Problem[]; summary: string } {
  const knowledge = loadKnowledgeDir(dir);
  const problems = [...knowledge.problems, ...knowledge.draftProblems];
  const summary = `${knowledge.kb.entries.length} entries, ${knowledge.kb.synonyms.length} synonym groups, ${knowledge.inboxCount} inbox drafts`;
  return { problems, summary };
}
