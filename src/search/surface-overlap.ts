import type { KnowledgeEntry } from '../knowledge/types.js';
import { stemEnglish } from '../text/english.js';
import { normalizeText } from '../text/normalize.js';

/**
 * Surface units of normalised text, independent of any segmentation: Chinese as overlapping
 * character pairs, English as stemmed words. They catch paraphrases whose words the tokenizer cut
 * differently (新开工跟续建 vs 开复工项目…续建) or that no synonym links.
 */
export function surfaceUnits(text: string): Set<string> {
  const units = new Set<string>();
  for (const m of normalizeText(text).matchAll(/(\p{Script=Han}+)|([a-z0-9]+)/gu)) {
    if (m[1]) {
      const chars = [...m[1]];
      if (chars.length === 1) units.add(chars[0] as string);
      for (let i = 0; i + 1 < chars.length; i++) units.add(`${chars[i]}${chars[i + 1]}`);
    } else if (m[2] && m[2].length > 2) units.add(stemEnglish(m[2]));
  }
  return units;
}

export interface EntrySurface {
  readonly phrasings: readonly Set<string>[];
  readonly all: Set<string>;
}

export function entrySurface(entry: KnowledgeEntry): EntrySurface {
  const phrasings = [...entry.questions.zh, ...entry.questions.en].map(surfaceUnits);
  const all = new Set<string>();
  for (const text of [...entry.questions.zh, ...entry.questions.en, entry.answer.zh, entry.answer.en, ...entry.keywords.zh, ...entry.keywords.en]) {
    for (const u of surfaceUnits(text)) all.add(u);
  }
  return { phrasings, all };
}

/**
 * How much one of the entry's phrasings appears in the query (best phrasing), and how much of the
 * query appears anywhere in the entry, both as shares of surface units.
 */
export function surfaceOverlap(query: Set<string>, entry: EntrySurface): { phrasing: number; query: number } {
  let phrasing = 0;
  for (const p of entry.phrasings) {
    if (p.size === 0) continue;
    let hit = 0;
    for (const u of p) if (query.has(u)) hit++;
    phrasing = Math.max(phrasing, hit / p.size);
  }
  let found = 0;
  for (const u of query) if (entry.all.has(u)) found++;
  return { phrasing, query: query.size > 0 ? found / query.size : 0 };
}
