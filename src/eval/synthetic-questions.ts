import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types.js';
import { normalizeText } from '../text/normalize.js';

/** A generated training question: asked against the knowledge base with `without` removed. */
export interface SyntheticQuestion {
  readonly q: string;
  /** The entry that must answer; empty for a question that must stay unresolved. */
  readonly expect: readonly string[];
  /** The phrasing the question was made from, removed from its entry so it cannot match itself. */
  readonly without?: { readonly entryId: string; readonly phrasing: string };
}

/**
 * Subjects a county investment bot does not cover, in both languages. Swapped into an entry's own
 * phrasing in place of its subject, they make questions that share every word of form with an entry
 * but not its subject (办理护照需要什么材料) — the out-of-scope pattern the engine must reject.
 */
export const FOREIGN_SUBJECTS: Readonly<{ zh: readonly string[]; en: readonly string[] }> = {
  zh: ['护照', '签证', '驾驶证', '结婚证', '户口', '房产证', '商标', '专利', '社保卡', '医保卡', '居住证', '出生证明', '退休金', '个税', '车辆年检', '狗证', '学籍', '彩票', '机票', '火车票'],
  en: ['passport', 'visa', 'driving licence', 'marriage certificate', 'residence permit', 'trademark', 'patent', 'pension', 'birth certificate', 'car inspection', 'dog licence', 'lottery ticket', 'train ticket', 'student visa'],
};

/**
 * Training questions made from the knowledge base itself, with a seeded random source:
 * - held-out phrasings: an entry's own question, removed from it, must still find the entry;
 * - swapped subjects: the same question with its subject term replaced by a foreign one must not.
 * `subjectTerms` are the synonym terms (longest first) whose first occurrence is replaced.
 */
export function syntheticQuestions(kb: KnowledgeBase, count: number, random: () => number): SyntheticQuestion[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const entries = kb.entries.filter((e) => e.category !== 'smalltalk');
  const terms = [...kb.synonyms.flat(), ...entries.flatMap((e) => [...e.keywords.zh, ...e.keywords.en])]
    .filter((t) => t.length >= 2)
    .sort((a, b) => b.length - a.length);
  const out: SyntheticQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const entry: KnowledgeEntry = pick(entries);
    const lang = random() < 0.6 ? 'zh' : 'en';
    const phrasing = pick(entry.questions[lang]);
    out.push({ q: phrasing, expect: [entry.id], without: { entryId: entry.id, phrasing } });
    const lower = normalizeText(phrasing);
    const subject = terms.find((t) => lower.includes(normalizeText(t)) && normalizeText(t).length >= 2);
    if (subject) {
      const at = lower.indexOf(normalizeText(subject));
      const swapped = `${lower.slice(0, at)}${lang === 'zh' ? pick(FOREIGN_SUBJECTS.zh) : ` ${pick(FOREIGN_SUBJECTS.en)} `}${lower.slice(at + normalizeText(subject).length)}`;
      out.push({ q: swapped, expect: [] });
    }
  }
  return out;
}

/** The knowledge base without one phrasing of one entry. */
export function withoutPhrasing(kb: KnowledgeBase, entryId: string, phrasing: string): KnowledgeBase {
  return {
    ...kb,
    entries: kb.entries.map((e) =>
      e.id !== entryId
        ? e
        : { ...e, questions: { zh: e.questions.zh.filter((q) => q !== phrasing), en: e.questions.en.filter((q) => q !== phrasing) } },
    ),
  };
}
