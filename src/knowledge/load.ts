import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkAcrossFiles, uniqueEntries } from './check-knowledge.js';
import { parseEntriesFile, type ParsedEntries } from './parse-entries.js';
import { parseSynonymsFile } from './parse-synonyms.js';
import type { Problem } from './problem.js';
import type { ActionTerms, AspectTerms, KnowledgeBase, SynonymGroups } from './types.js';

export const SYNONYMS_FILE = 'synonyms.yaml';
export const INBOX_DIR = 'inbox';

export function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => join(dir, d.name))
    .sort();
}

/** File names in messages are relative to the working directory, as staff typed them. */
const shown = (path: string) => relative(process.cwd(), path) || path;

export interface LoadedKnowledge {
  /** What can be served: every valid entry, even when other files have problems. */
  readonly kb: KnowledgeBase;
  /** Every problem in the files that are served, all at once. Empty means they are all valid. */
  readonly problems: Problem[];
  /**
   * Problems of the drafts in inbox/. Kept apart: a draft is incomplete by design (staff finish it),
   * and must never stop the served knowledge from following its files.
   */
  readonly draftProblems: Problem[];
  /** Draft entries in inbox/ (checked, never served). */
  readonly inboxCount: number;
}

/** Reads the knowledge folder: entry files, synonyms, and the drafts in inbox/ (validated only). */
export function loadKnowledgeDir(dir: string): LoadedKnowledge {
  const problems: Problem[] = [];
  const parsed: ParsedEntries[] = [];
  let synonyms: SynonymGroups = [];
  let aspects: AspectTerms = {};
  let actions: ActionTerms = {};
  for (const path of yamlFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    if (path.endsWith(SYNONYMS_FILE)) {
      const s = parseSynonymsFile(text, shown(path));
      synonyms = s.groups;
      aspects = s.aspects;
      actions = s.actions;
      problems.push(...s.problems);
      continue;
    }
    const p = parseEntriesFile(text, shown(path));
    parsed.push(p);
    problems.push(...p.problems);
  }
  problems.push(...checkAcrossFiles(parsed));
  const entries = uniqueEntries(parsed);

  const drafts = yamlFiles(join(dir, INBOX_DIR)).map((path) => parseEntriesFile(readFileSync(path, 'utf8'), shown(path)));
  const draftProblems = [...drafts.flatMap((d) => d.problems), ...checkAcrossFiles(drafts, new Set(entries.map((e) => e.id)))];

  return {
    kb: { entries, synonyms, aspects, actions },
    problems,
    draftProblems,
    inboxCount: drafts.reduce((n, d) => n + d.entries.length, 0),
  };
}
