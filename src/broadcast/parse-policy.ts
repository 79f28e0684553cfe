import { basename } from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Problem } from '../knowledge/problem.js';
import { parseYamlLocated, type LocatedYaml } from '../knowledge/yaml-positions.js';
import { composePolicyMessage, MAX_MESSAGE_LENGTH, REPLY_LANGS } from './compose.js';
import type { Policy } from './policy.js';
import { isTopicId, TOPIC_IDS, type TopicId } from './topics.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 48;
const KEYS = ['id', 'title', 'body', 'topics', 'publish_at', 'expires_at', 'source', 'keywords'];
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Reads one policy file (`knowledge/policies/<id>.yaml`) into a Policy, or returns every problem it
 * finds, each located at `file:line:col`. The policy is null whenever there is at least one problem.
 */
export function parsePolicyFile(text: string, file: string): { policy: Policy | null; problems: Problem[] } {
  const { located: y, problems } = parseYamlLocated(text, file);
  if (!y) return { policy: null, problems };
  const root = y.doc.contents;
  if (!isMap(root)) {
    return { policy: null, problems: [y.problemAt(root, 'a policy file must be a mapping (id, title, body, topics, publish_at, source)')] };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KEYS.includes(key)) {
      problems.push(y.problemAt(pair.key as Node, `unknown field \`${key}\` (fields: ${KEYS.join(', ')})`));
    }
  }
  const id = text_(root, 'id', y, problems);
  if (id && !ID.test(id)) problems.push(y.problemAt(node(root, 'id'), "id must be lower-case words joined by '-'"));
  // Staff buttons carry the id in callback data, which Telegram limits to 64 bytes.
  if (id && id.length > MAX_ID_LENGTH) problems.push(y.problemAt(node(root, 'id'), `id must be at most ${MAX_ID_LENGTH} characters`));
  const expectedId = basename(file).replace(/\.ya?ml$/, '');
  if (id && ID.test(id) && id !== expectedId) {
    problems.push(y.problemAt(node(root, 'id'), `id '${id}' must match the file name (${expectedId}.yaml)`));
  }
  const title = bilingualText(root, 'title', y, problems);
  const body = bilingualText(root, 'body', y, problems);
  const topics = topicList(root, y, problems);
  const publishAt = timestamp(root, 'publish_at', y, problems, false);
  const expiresAt = timestamp(root, 'expires_at', y, problems, true);
  if (publishAt && expiresAt && expiresAt.getTime() <= publishAt.getTime()) {
    problems.push(y.problemAt(node(root, 'expires_at'), '`expires_at` must be later than `publish_at`'));
  }
  const source = text_(root, 'source', y, problems);
  const keywords = root.has('keywords') ? bilingualList(root, 'keywords', y, problems) : { zh: [], en: [] };
  if (problems.length > 0 || !id || !title || !body || !topics || !publishAt || !source || !keywords) {
    return { policy: null, problems };
  }
  const policy: Policy = {
    id, title, body, topics, publishAt, source, keywords,
    ...(expiresAt ? { expiresAt } : {}),
    origin: { file, line: y.lineOf(root) },
  };
  for (const lang of REPLY_LANGS) {
    const length = composePolicyMessage(policy, lang).length;
    if (length > MAX_MESSAGE_LENGTH) {
      problems.push(y.problemAt(node(root, 'body'), `the ${lang} message is ${length} characters; Telegram allows ${MAX_MESSAGE_LENGTH}`));
    }
  }
  return problems.length > 0 ? { policy: null, problems } : { policy, problems };
}

function node(map: YAMLMap, key: string): Node | undefined {
  return map.get(key, true) as Node | undefined;
}

function text_(map: YAMLMap, key: string, y: LocatedYaml, problems: Problem[], where = ''): string | null {
  const n = node(map, key);
  if (n === undefined) {
    problems.push(y.problemAt(map, `missing \`${where}${key}\``));
    return null;
  }
  if (!isScalar(n) || typeof n.value !== 'string' || n.value.trim() === '') {
    problems.push(y.problemAt(n, `\`${where}${key}\` must be non-empty text`));
    return null;
  }
  return n.value.trim();
}

function bilingualText(map: YAMLMap, key: string, y: LocatedYaml, problems: Problem[]): { zh: string; en: string } | null {
  const n = node(map, key);
  if (!isMap(n)) {
    problems.push(y.problemAt(n ?? map, `\`${key}\` must have \`zh\` and \`en\` texts`));
    return null;
  }
  const zh = joinCjkLines(text_(n, 'zh', y, problems, `${key}.`));
  const en = text_(n, 'en', y, problems, `${key}.`);
  return zh && en ? { zh, en } : null;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const CJK_GAP = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu');

/** YAML folds long lines with a space, which Chinese does not use: drop whitespace next to CJK text. */
function joinCjkLines(text: string | null): string | null {
  return text === null ? null : text.replace(CJK_GAP, '');
}

function stringList(n: Node | undefined, what: string, y: LocatedYaml, problems: Problem[]): string[] | null {
  if (!isSeq(n) || n.items.some((i) => !isScalar(i) || typeof i.value !== 'string' || !i.value.trim())) {
    problems.push(y.problemAt(n, `\`${what}\` must be a list of non-empty texts`));
    return null;
  }
  return n.items.map((i) => String((i as { value: string }).value).trim());
}

function bilingualList(map: YAMLMap, key: string, y: LocatedYaml, problems: Problem[]): { zh: string[]; en: string[] } | null {
  const n = node(map, key);
  if (!isMap(n)) {
    problems.push(y.problemAt(n ?? map, `\`${key}\` must have \`zh\` and \`en\` lists`));
    return null;
  }
  const zh = n.has('zh') ? stringList(node(n, 'zh'), `${key}.zh`, y, problems) : [];
  const en = n.has('en') ? stringList(node(n, 'en'), `${key}.en`, y, problems) : [];
  return zh && en ? { zh, en } : null;
}

function topicList(map: YAMLMap, y: LocatedYaml, problems: Problem[]): TopicId[] | null {
  const n = node(map, 'topics');
  if (n === undefined) {
    problems.push(y.problemAt(map, `missing \`topics\` (some of: ${TOPIC_IDS.join(', ')})`));
    return null;
  }
  const list = stringList(n, 'topics', y, problems);
  if (!list) return null;
  if (list.length === 0) {
    problems.push(y.problemAt(n, `\`topics\` needs at least one of: ${TOPIC_IDS.join(', ')}`));
    return null;
  }
  let ok = true;
  (n as { items: Node[] }).items.forEach((item, i) => {
    if (!isTopicId(list[i])) {
      problems.push(y.problemAt(item, `unknown topic '${list[i]}' (topics: ${TOPIC_IDS.join(', ')})`));
      ok = false;
    }
  });
  return ok ? [...new Set(list as TopicId[])] : null;
}

/** An ISO 8601 date and time with an explicit UTC offset; a calendar-impossible date is a problem. */
function timestamp(map: YAMLMap, key: string, y: LocatedYaml, problems: Problem[], optional: boolean): Date | null {
  const n = node(map, key);
  if (n === undefined) {
    if (!optional) problems.push(y.problemAt(map, `missing \`${key}\` (e.g. 2027-01-15T09:00:00+08:00)`));
    return null;
  }
  const value = isScalar(n) ? n.value : undefined;
  const m = typeof value === 'string' ? TIMESTAMP.exec(value.trim()) : null;
  const at = m ? toInstant(m) : null;
  if (!at) {
    problems.push(y.problemAt(n, `\`${key}\` must be a real date and time with its UTC offset, e.g. 2027-01-15T09:00:00+08:00`));
  }
  return at;
}

function toInstant(m: RegExpExecArray): Date | null {
  const field = (i: number) => Number(m[i] ?? 0);
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const offsetMin = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (field(9) * 60 + field(10));
  if (Math.abs(offsetMin) > 14 * 60) return null;
  return new Date(local - offsetMin * 60_000);
}
