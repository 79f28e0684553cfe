/**
 * Whether a message is put as a question rather than said as a remark: a question mark, 吗/呢/么
 * ending a clause, 请问, or an English question opening (can I, do you, is there …). 好的，明白了，多久能
 * 办好我再联系你 and 谢谢，我知道去哪办了 name a time or a place without asking one. Pure.
 */
export function isQuestionForm(raw: string, normalized: string): boolean {
  return /[?？]/.test(raw) || QUESTION_WORDS.test(normalized);
}

const QUESTION_WORDS =
  /[吗呢么](?= |$)|请问|\b(?:can|could|do|does|did|should|shall|will|would|may|is|are|am)\b (?:i|we|you|it|there|they|this|that)\b/;
