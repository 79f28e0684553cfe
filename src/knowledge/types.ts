/** The knowledge base as the core sees it: plain data, already validated. */

export type Lang = 'zh' | 'en';

export interface Bilingual<T> {
  readonly zh: T;
  readonly en: T;
}

export type Aspect = 'overview' | 'duration' | 'materials' | 'where';

export interface KnowledgeEntry {
  readonly id: string;
  readonly category: string;
  readonly stage?: string;
  readonly aspect?: Aspect;
  /** The stage's legal time limit in working days, when the entry states one. */
  readonly workdays?: number;
  readonly questions: Bilingual<readonly string[]>;
  readonly answer: Bilingual<string>;
  readonly keywords: Bilingual<readonly string[]>;
  readonly source: string;
  /** ISO date (YYYY-MM-DD) on which staff last checked the entry. */
  readonly verified: string;
  readonly related: readonly string[];
  /** Where the entry was read from, for messages to staff. */
  readonly origin: { readonly file: string; readonly line: number };
}

/** Groups of interchangeable terms; the first term of each group is its canonical form. */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Question forms by aspect name (duration, materials, where, cost, contact, process …): the words
 * that say WHAT is asked about a subject. Kept apart from subject synonyms so that a question sharing
 * only its form with an entry (办理护照需要什么材料) is not taken for that entry.
 */
export type AspectTerms = Readonly<Record<string, readonly string[]>>;

/**
 * Procedures on a subject other than obtaining it, by name (replace, cancel, change, withdraw,
 * penalty …): 营业执照丢了怎么补办 names the licence the knowledge base explains how to get, but asks a
 * different procedure. Only an entry that itself speaks of the procedure may answer such a question.
 */
export type ActionTerms = Readonly<Record<string, readonly string[]>>;

export interface KnowledgeBase {
  readonly entries: readonly KnowledgeEntry[];
  readonly synonyms: SynonymGroups;
  readonly aspects?: AspectTerms;
  readonly actions?: ActionTerms;
}
