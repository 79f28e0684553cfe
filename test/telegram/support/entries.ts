import type { Aspect, KnowledgeEntry } from '../../../src/knowledge/types.js';

/** A knowledge entry for tests: only what a test cares about is given. */
export function entry(id: string, fields: { category?: string; stage?: string; aspect?: Aspect; answer?: string; related?: string[]; workdays?: number; question?: { zh: string; en: string } } = {}): KnowledgeEntry {
  return {
    id,
    category: fields.category ?? 'permits',
    ...(fields.stage ? { stage: fields.stage } : {}),
    ...(fields.aspect ? { aspect: fields.aspect } : {}),
    ...(fields.workdays !== undefined ? { workdays: fields.workdays } : {}),
    questions: { zh: [fields.question?.zh ?? `${id} 的问题`], en: [fields.question?.en ?? `question about ${id}`] },
    answer: { zh: fields.answer ?? `${id} 的答案`, en: fields.answer ?? `answer of ${id}` },
    keywords: { zh: [], en: [] },
    source: '辽宁日报 2023-12-06',
    verified: '2026-11-27',
    related: fields.related ?? [],
    origin: { file: 'test.yaml', line: 1 },
  };
}
