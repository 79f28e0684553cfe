import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Problem } from './problem.js';
import type { Aspect, KnowledgeEntry } from './types.js';
import { parseYamlLocated, type LocatedYaml } from './yaml-positions.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ASPECTS: readonly Aspect[] = ['overview', 'duration', 'materials', 'where'];

export interface ParsedEntries {
  readonly entries: KnowledgeEntry[];
  readonly problems: Problem[];
  /** Where each `related` reference stands, for the cross-file check. */
  readonly relatedRefs: { entryId: string; target: string; problem: (msg: string) => Problem }[];
  readonly idNodes: Map<string, Problem>;
}

/**
 * Reads one knowledge file (`category` + `entries`) into entries, collecting every problem it finds
 * rather than stopping at the first, each pointing at its line and column.
 */
export function parseEntriesFile(text: string, file: string): ParsedEntries {
  const out: ParsedEntries = { entries: [], problems: [], relatedRefs: [], idNodes: new Map() };
  const { located, problems } = parseYamlLocated(text, file);
  out.problems.push(...problems);
  if (!located) return out;
  const root = located.doc.contents;
  if (!isMap(root)) {
    out.problems.push(located.problemAt(root, 'expected a mapping with `category` and `entries`'));
    return out;
  }
  const category = stringAt(root, 'category', located, out.problems, root);
  const list = root.get('entries', true) as Node | undefined;
  if (!isSeq(list)) {
    out.problems.push(located.problemAt(list ?? root, '`entries` must be a list of entries'));
    return out;
  }
  for (const item of list.items) {
    const entry = parseEntry(item as Node, category ?? 'general', located, out);
    if (entry) out.entries.push(entry);
  }
  return out;
}

function parseEntry(node: Node, category: string, y: LocatedYaml, out: ParsedEntries): KnowledgeEntry | null {
  if (!isMap(node)) {
    out.problems.push(y.problemAt(node, 'an entry must be a mapping (id, questions, answer, source, verified)'));
    return null;
  }
  const before = out.problems.length;
  const id = stringAt(node, 'id', y, out.problems, node);
  const label = id ? `entry '${id}'` : 'entry';
  if (id && !ID.test(id)) out.problems.push(y.problemAt(node.get('id', true) as Node, `${label}: id must be lower-case words joined by '-'`));
  if (id) out.idNodes.set(id, y.problemAt(node.get('id', true) as Node, ''));
  const questions = bilingual(node, 'questions', y, out.problems, label, 'list');
  const answer = bilingual(node, 'answer', y, out.problems, label, 'text');
  const keywords = node.has('keywords')
    ? bilingual(node, 'keywords', y, out.problems, label, 'list', true)
    : { zh: [], en: [] };
  const source = stringAt(node, 'source', y, out.problems, node, label);
  const verified = verifiedAt(node, y, out.problems, label);
  const stage = optionalString(node, 'stage', y, out.problems, label);
  const aspectText = optionalString(node, 'aspect', y, out.problems, label);
  if (aspectText && !ASPECTS.includes(aspectText as Aspect)) {
    out.problems.push(y.problemAt(node.get('aspect', true) as Node, `${label}: aspect must be one of ${ASPECTS.join(', ')}`));
  }
  const workdaysNode = node.get('workdays', true) as Node | undefined;
  const workdays = workdaysNode === undefined ? undefined : (workdaysNode as { value?: unknown }).value;
  if (workdays !== undefined && !(Number.isInteger(workdays) && (workdays as number) > 0)) {
    out.problems.push(y.problemAt(workdaysNode, `${label}: workdays must be a whole number of working days`));
  }
  const related = stringList(node, 'related', y, out.problems, label, true) ?? [];
  if (id) {
    const relatedNode = node.get('related', true);
    if (isSeq(relatedNode)) {
      relatedNode.items.forEach((item, i) => {
        const target = related[i];
        if (target) out.relatedRefs.push({ entryId: id, target, problem: (msg) => y.problemAt(item as Node, msg) });
      });
    }
  }
  if (out.problems.length > before || !id || !questions || !answer || !source || !verified) return null;
  return {
    id,
    category,
    ...(stage ? { stage } : {}),
    ...(aspectText ? { aspect: aspectText as Aspect } : {}),
    ...(typeof workdays === 'number' ? { workdays } : {}),
    questions: questions as { zh: string[]; en: string[] },
    answer: answer as { zh: string; en: string },
    keywords: keywords as { zh: string[]; en: string[] },
    source,
    verified,
    related,
    origin: { file: y.file, line: y.lineOf(node) },
  };
}

function stringAt(map: YAMLMap, key: string, y: LocatedYaml, problems: Problem[], at: Node, label?: string): string | null {
  const node = map.get(key, true) as Node | undefined;
  const prefix = label ? `${label}: ` : '';
  if (node === undefined) {
    problems.push(y.problemAt(at, `${prefix}missing \`${key}\``));
    return null;
  }
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    problems.push(y.problemAt(node, `${prefix}\`${key}\` must be non-empty text`));
    return null;
  }
  return node.value.trim();
}

function optionalString(map: YAMLMap, key: string, y: LocatedYaml, problems: Problem[], label: string): string | undefined {
  if (!map.has(key)) return undefined;
  return stringAt(map, key, y, problems, map, label) ?? undefined;
}

function verifiedAt(map: YAMLMap, y: LocatedYaml, problems: Problem[], label: string): string | null {
  const node = map.get('verified', true) as Node | undefined;
  if (node === undefined) {
    problems.push(y.problemAt(map, `${label}: missing \`verified\` (the date staff last checked it, YYYY-MM-DD)`));
    return null;
  }
  const value = isScalar(node) ? String(node.value) : '';
  const m = ISO_DATE.exec(value);
  const valid = m && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) {
    problems.push(y.problemAt(node, `${label}: \`verified\` must be a real date written YYYY-MM-DD`));
    return null;
  }
  return value;
}

function stringList(
  map: YAMLMap, key: string, y: LocatedYaml, problems: Problem[], label: string, optional = false,
): string[] | null {
  const node = map.get(key, true) as Node | undefined;
  if (node === undefined) {
    if (!optional) problems.push(y.problemAt(map, `${label}: missing \`${key}\``));
    return null;
  }
  if (!isSeq(node) || node.items.some((i) => !isScalar(i) || typeof i.value !== 'string' || !i.value.trim())) {
    problems.push(y.problemAt(node, `${label}: \`${key}\` must be a list of non-empty texts`));
    return null;
  }
  return node.items.map((i) => String((i as { value: string }).value).trim());
}

function bilingual(
  map: YAMLMap, key: string, y: LocatedYaml, problems: Problem[], label: string, shape: 'list' | 'text', optional = false,
): { zh: unknown; en: unknown } | null {
  const node = map.get(key, true) as Node | undefined;
  if (node === undefined) {
    if (!optional) problems.push(y.problemAt(map, `${label}: missing \`${key}\` (with zh and en)`));
    return null;
  }
  if (!isMap(node)) {
    problems.push(y.problemAt(node, `${label}: \`${key}\` must have \`zh\` and \`en\``));
    return null;
  }
  const result: { zh: unknown; en: unknown } = { zh: null, en: null };
  let ok = true;
  for (const lang of ['zh', 'en'] as const) {
    const where = `${label} ${key}`;
    const value = shape === 'list' ? stringList(node, lang, y, problems, where, optional) : stringAt(node, lang, y, problems, node, where);
    if (value === null) {
      if (optional && !node.has(lang)) result[lang] = [];
      else ok = false;
    } else if (Array.isArray(value) && value.length === 0 && !optional) {
      problems.push(y.problemAt(node.get(lang, true) as Node, `${where}: \`${lang}\` needs at least one question`));
      ok = false;
    } else result[lang] = value;
  }
  return ok ? result : null;
}
