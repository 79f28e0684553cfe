import type { ParsedEntries } from './parse-entries.js';
import type { Problem } from './problem.js';
import type { KnowledgeEntry } from './types.js';

/**
 * Cross-file rules over already parsed files: ids unique across the whole knowledge base, and every
 * `related` id pointing at an entry that exists. `known` adds ids that exist elsewhere (the served
 * entries, when checking drafts in the inbox).
 */
export function checkAcrossFiles(files: readonly ParsedEntries[], known: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, Problem>();
  for (const f of files) {
    for (const [id, at] of f.idNodes) {
      const first = firstSeen.get(id);
      if (first || known.has(id)) {
        const where = first ? `${first.file}:${first.line}` : 'the served knowledge';
        problems.push({ ...at, message: `duplicate id '${id}' (already used at ${where})` });
      } else firstSeen.set(id, at);
    }
  }
  for (const f of files) {
    for (const ref of f.relatedRefs) {
      if (!firstSeen.has(ref.target) && !known.has(ref.target)) {
        problems.push(ref.problem(`entry '${ref.entryId}': related id '${ref.target}' does not exist`));
      }
    }
  }
  return problems;
}

/** Entries whose id is not duplicated, in file order: what can be served despite problems. */
export function uniqueEntries(files: readonly ParsedEntries[]): KnowledgeEntry[] {
  const seen = new Set<string>();
  const out: KnowledgeEntry[] = [];
  for (const f of files) for (const e of f.entries) if (!seen.has(e.id)) (seen.add(e.id), out.push(e));
  return out;
}
