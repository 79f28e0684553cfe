import { ASPECT_PREFIX, isActionToken } from '../text/lexicon.js';

/**
 * What a question asks that only an entry speaking of it can answer, however well the subject
 * matches: a procedure other than obtaining the thing (营业执照丢了怎么补办), a year it names (the
 * entries' figures are dated: 2025年签约了多少项目), a strict aspect (a price: the source gives almost
 * none), and a subject the lexicon names but no entry covers (个人所得税, 酒店: listed in synonyms.yaml
 * so that such questions reach staff, not a near entry). Pure: the index and texts are passed in.
 */
export interface UnspokenCheck {
  /** Whether the candidate entry never speaks of something the question asks (answer/decide.ts refuses it). */
  (candidate: {
    readonly contains: (token: string) => boolean;
    /** The entry's text (lower-cased), asked for only when needed. */
    readonly text: () => string;
    readonly smalltalk: boolean;
  }): boolean;
}

export function unspokenCheck(question: {
  readonly normalized: string;
  readonly tokens: readonly string[];
  /**
   * The question's tokens as written, without repairs by sound (几场 must not become 机场); asked for
   * only when a token names an uncovered subject (a second tokenisation, not worth it otherwise).
   */
  readonly literalTokens: () => ReadonlySet<string>;
  readonly aspects: ReadonlySet<string>;
  readonly strictAspects: readonly string[];
  /** A subject token no entry contains. */
  readonly isUncovered: (token: string) => boolean;
}): UnspokenCheck {
  const mustSpeakOf = [...question.tokens.filter(isActionToken), ...yearsIn(question.normalized)];
  const strict = question.strictAspects.filter((a) => question.aspects.has(a)).map((a) => `${ASPECT_PREFIX}${a}`);
  const candidates = question.tokens.filter(question.isUncovered);
  const uncovered = candidates.length > 0 && candidates.some((t) => question.literalTokens().has(t));
  return ({ contains, text, smalltalk }) =>
    mustSpeakOf.some((t) => !contains(t)) ||
    // Small talk is still answered (谢谢，我先去酒店了).
    (uncovered && !smalltalk) ||
    // A price is also spoken of by an entry that states a sum of money.
    strict.some((t) => !contains(t) && !AMOUNT.test(text()));
}

/**
 * Years a question names: 2025年, or "in 2025" / "since 2023" in English. A bare number is not one
 * (投资2000万元, over 2000 employees).
 */
const YEAR = /(?:^|[^\d])((?:19|20)\d\d) ?年|\b(?:in|since|during|year|for|of|by) ((?:19|20)\d\d)\b(?! ?(?:万|亿|yuan|rmb|people|employees|workers|staff|mu|square|sqm|tons?|units?))/g;

export const yearsIn = (normalized: string): string[] => [...normalized.matchAll(YEAR)].map((m) => (m[1] ?? m[2]) as string);

/** A sum of money stated in an entry's text (66.5亿元, 6.65 billion yuan). */
const AMOUNT = /\d ?(?:万|亿)?元|\byuan\b|\brmb\b/;
