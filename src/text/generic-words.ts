import { stemEnglish } from './english.js';

/**
 * Verbs nearly every procedural question uses, in either language (办理护照, apply for a visa, how long
 * does it take): they say that something is asked, not about what, so they count for little when
 * weighing how much of a question an entry explains. Not stopwords: they still help retrieval.
 * English words are stemmed as the tokenizer stems them (required, requiring → requir).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  [
    '办理', '需要', '申请', '办', '提交', '递交', '申报', '获得', '拿到', '取得', '开通', '进行', '所需', '要求',
    'apply', 'applied', 'application', 'take', 'taking', 'obtain', 'submit', 'handle', 'require', 'required', 'requirement',
    'receive',
  ].map((w) => (/^[a-z]+$/.test(w) ? stemEnglish(w) : w)),
);
