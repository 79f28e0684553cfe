import { ASPECT_PREFIX, isActionToken } from '../text/lexicon.js';

/**
 * What a question asks that only an entry speaking of it can answer, however well the subject
 * matches: a procedure other than obtaining the thing (营业执照丢了怎么补办), a year it names (the
 * entries' figures are dated: 2025年签约了多少项目), a strict aspect (a price: the source gives almost
 * none; a validity period: none), a subject the lexicon names but no entry covers (个人所得税, 酒店:
 * listed in synonyms.yaml so that such questions reach staff, not a near entry), and what no report
 * states (the next event's date, predictions, the bot's opinion). Pure: the index and texts are passed in.
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
}): UnspokenCheck | null {
  const mustSpeakOf = [...question.tokens.filter(isActionToken), ...yearsIn(question.normalized)];
  const strict = question.strictAspects.filter((a) => question.aspects.has(a)).map((a) => `${ASPECT_PREFIX}${a}`);
  const candidates = question.tokens.filter(question.isUncovered);
  const uncovered = candidates.length > 0 && candidates.some((t) => question.literalTokens().has(t));
  // Small talk is still answered (谢谢，我先去酒店了; 下次见).
  const offTopic = uncovered || asksBeyondReports(question.normalized);
  // Most questions ask nothing of the kind: no check to run on each candidate.
  if (mustSpeakOf.length === 0 && strict.length === 0 && !offTopic) return null;
  return ({ contains, text, smalltalk }) =>
    mustSpeakOf.some((t) => !contains(t)) ||
    (offTopic && !smalltalk) ||
    // A price is also spoken of by an entry that states a sum of money.
    strict.some((t) => !contains(t) && !(t === COST && AMOUNT.test(text())));
}

const COST = `${ASPECT_PREFIX}cost`;

/**
 * What no report states, however well its words match an entry: when the next one of something takes
 * place (下一届辽洽会什么时候举办, when is the next signing conference; both a "next" and a "when":
 * 下次来喀左找谁 asks whom to see), the date of an event next year (辽洽会明年什么时候举办; an event
 * word is needed: 明年什么时候能拿到施工许可 is answered), a prediction (房价明年会涨吗, will prices go
 * up) and the bot's own opinion (你觉得半导体在喀左能做起来吗, do you think …): the entries report
 * what took place and what the county states.
 */
const BEYOND_REPORTS = [
  /下(?:一)?(?:次|届|回|场|轮|期)[^ ]{0,12}?(?:什么时候|啥时候|哪天|何时|几号|几月|多会儿|日期|时间)|(?:什么时候|啥时候|哪天|何时)[^ ]{0,4}下(?:一)?(?:次|届|回|场|轮|期)|\bwhen\b.{0,30}\bnext\b|\bnext\b.{0,40}\b(?:when|what date|which date|dates?)\b/,
  /(?:明年|下半年|下个月|年底)[^ ]{0,16}?(?:会|节|展|活动|论坛|推介|峰会|洽谈)[^ ]{0,8}?(?:什么时候|啥时候|哪天|何时|几号|几月|日期)|[^ ]{0,12}(?:会|节|展|论坛|峰会)(?:明年|下半年|下个月|年底)[^ ]{0,6}?(?:什么时候|啥时候|哪天|何时|几号|几月)|\b(?:next year|later this year)\b.{0,40}\b(?:conference|fair|festival|expo|forum|summit|event)\b.{0,20}\b(?:when|what date|which date)\b|\bwhen\b.{0,40}\b(?:conference|fair|festival|expo|forum|summit|event)\b.{0,20}\b(?:next year|later this year)\b/,
  /(?:会不会|会|能不能)(?:涨|跌|上涨|下跌|下滑|下降|降价|涨价)|走势|\bwill\b.{0,40}\b(?:go up|go down|rise|fall|drop|increase|decrease)\b/,
  /你觉得|您觉得|你认为|您认为|你看好|你怎么看|依你看|\bdo you think\b|\bin your opinion\b|\bwhat do you think\b/,
];

export const asksBeyondReports = (normalized: string): boolean => BEYOND_REPORTS.some((pattern) => pattern.test(normalized));
/**
 * Years a question names: 2025年, or "in 2025" / "since 2023" in English. A bare number is not one
 * (投资2000万元, over 2000 employees).
 */
const YEAR = /(?:^|[^\d])((?:19|20)\d\d) ?年|\b(?:in|since|during|year|for|of|by) ((?:19|20)\d\d)\b(?! ?(?:万|亿|yuan|rmb|people|employees|workers|staff|mu|square|sqm|tons?|units?))/g;

export const yearsIn = (normalized: string): string[] => [...normalized.matchAll(YEAR)].map((m) => (m[1] ?? m[2]) as string);

/** A sum of money stated in an entry's text (66.5亿元, 6.65 billion yuan). */
const AMOUNT = /\d ?(?:万|亿)?元|\byuan\b|\brmb\b/;
