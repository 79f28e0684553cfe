import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Problem } from './problem.js';
import type { SynonymGroups } from './types.js';
import { normalizeText } from '../text/normalize.js';
import { parseYamlLocated } from './yaml-positions.js';

/**
 * Reads `synonyms.yaml` (`groups:` a list of term lists, the first term canonical). A term may belong
 * to one group only: otherwise which meaning a question has would depend on file order.
 */
export function parseSynonymsFile(text: string, file: string): { groups: SynonymGroups; problems: Problem[] } {
  const { located, problems } = parseYamlLocated(text, file);
  if (!located) return { groups: [], problems };
  const root = located.doc.contents;
  const list = isMap(root) ? (root.get('groups', true) as Node | undefined) : undefined;
  if (!isSeq(list)) {
    return { groups: [], problems: [located.problemAt(list ?? root, '`groups` must be a list of term lists')] };
  }
  const groups: string[][] = [];
  const owner = new Map<string, string>();
  for (const item of list.items) {
    if (!isSeq(item) || item.items.length < 2 || item.items.some((t) => !isScalar(t) || String(t.value).trim() === '')) {
      problems.push(located.problemAt(item as Node, 'a synonym group must list at least two non-empty terms'));
      continue;
    }
    const terms = item.items.map((t) => String((t as { value: unknown }).value).trim());
    const canonical = terms[0] as string;
    item.items.forEach((t, i) => {
      const key = normalizeText(terms[i] as string);
      const first = owner.get(key);
      if (first !== undefined && first !== canonical) {
        problems.push(located.problemAt(t as Node, `'${terms[i]}' is already a synonym of '${first}'`));
      } else owner.set(key, canonical);
    });
    groups.push(terms);
  }
  return { groups, problems };
}
