import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Problem } from './problem.js';
import type { ActionTerms, AspectTerms, SynonymGroups } from './types.js';
import { normalizeText } from '../text/normalize.js';
import { parseYamlLocated } from './yaml-positions.js';

const TERM_SET_NAME = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * Reads `synonyms.yaml`: `aspects:` (aspect name → question-form terms), `actions:` (action name →
 * terms of procedures other than obtaining a thing) and `groups:` (subject term lists, the first
 * term canonical). A term may stand in one place only: otherwise which meaning a question has would
 * depend on file order.
 */
export function parseSynonymsFile(
  text: string,
  file: string,
): { groups: SynonymGroups; aspects: AspectTerms; actions: ActionTerms; problems: Problem[] } {
  const { located, problems } = parseYamlLocated(text, file);
  const aspects: Record<string, string[]> = {};
  const actions: Record<string, string[]> = {};
  if (!located) return { groups: [], aspects, actions, problems };
  const root = located.doc.contents;
  const list = isMap(root) ? (root.get('groups', true) as Node | undefined) : undefined;
  if (!isSeq(list)) {
    return { groups: [], aspects, actions, problems: [located.problemAt(list ?? root, '`groups` must be a list of term lists')] };
  }
  // Each place a term can stand (an aspect, an action, a group) has an id of its own: two groups may
  // begin with the same term, and a term listed in both is still listed twice.
  const owner = new Map<string, { readonly place: number; readonly meaning: string }>();
  let places = 0;
  const claim = (t: Node, term: string, meaning: string, place: number) => {
    const key = normalizeText(term);
    const first = owner.get(key);
    if (first !== undefined && first.place !== place) {
      problems.push(located.problemAt(t, `'${term}' is already listed under '${first.meaning}'`));
    } else owner.set(key, { place, meaning });
  };
  /** A `key:` map of lower-case names to term lists (aspects, actions), each term claimed. */
  const readTermSets = (key: string, kind: string, into: Record<string, string[]>): void => {
    const map = isMap(root) ? (root.get(key, true) as Node | undefined) : undefined;
    if (map === undefined) return;
    if (!isMap(map)) {
      problems.push(located.problemAt(map, `\`${key}\` must map ${kind} names to term lists`));
      return;
    }
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const terms = pair.value as Node | null;
      if (!TERM_SET_NAME.test(name) || !isSeq(terms) || terms.items.some((t) => !isScalar(t) || String(t.value).trim() === '')) {
        problems.push(located.problemAt((terms ?? pair.key) as Node, `${kind} '${name}' must be a lower-case name with a list of non-empty terms`));
        continue;
      }
      const list = terms.items.map((t) => String((t as { value: unknown }).value).trim());
      into[name] = list;
      const place = places++;
      terms.items.forEach((t, i) => claim(t as Node, list[i] as string, `${kind} ${name}`, place));
    }
  };
  readTermSets('aspects', 'aspect', aspects);
  readTermSets('actions', 'action', actions);
  const groups: string[][] = [];
  for (const item of list.items) {
    if (!isSeq(item) || item.items.length < 2 || item.items.some((t) => !isScalar(t) || String(t.value).trim() === '')) {
      problems.push(located.problemAt(item as Node, 'a synonym group must list at least two non-empty terms'));
      continue;
    }
    const terms = item.items.map((t) => String((t as { value: unknown }).value).trim());
    const place = places++;
    item.items.forEach((t, i) => claim(t as Node, terms[i] as string, terms[0] as string, place));
    groups.push(terms);
  }
  return { groups, aspects, actions, problems };
}
