import { Document, Scalar } from 'yaml';
import { toSimplified } from '../text/chinese-script.js';
import { detectLanguage } from '../text/language.js';
import type { Asker, FollowupItem } from './types.js';

export interface DraftInput {
  readonly item: FollowupItem;
  readonly askers: readonly Pick<Asker, 'text'>[];
  /** The day of promotion, YYYY-MM-DD in the county's time zone: `source` and `verified` name it. */
  readonly date: string;
  /** The category of the nearest entry, when known; the draft's category otherwise defaults. */
  readonly category?: string;
}

export interface DraftEntry {
  /** A file name for knowledge/inbox/: unique per item. */
  readonly fileName: string;
  readonly id: string;
  readonly yaml: string;
}

export const DEFAULT_DRAFT_CATEGORY = 'investment';

const langOf = (text: string): 'zh' | 'en' => (detectLanguage(text) === 'en' ? 'en' : 'zh');

/**
 * A draft knowledge entry (knowledge/README.md schema) from an answered item: its askers' wordings
 * as `questions`, the staff answer as `answer` in the answer's language, `source` saying it came from
 * a staff answer on `date` for question #id, `verified` that date. The other language is left empty
 * with a TODO comment, so `npm run validate` keeps flagging the draft until a reviewer completes it —
 * a draft must not slip into the live knowledge base untranslated. Pure. Null: the item has no answer.
 */
export function draftEntry(input: DraftInput): DraftEntry | null {
  const { item, date } = input;
  if (item.status !== 'answered' || item.answer === null) return null;
  const id = `followup-${item.id}`;
  const questions: Record<'zh' | 'en', string[]> = { zh: [], en: [] };
  for (const text of [item.text, ...input.askers.map((a) => a.text)]) {
    const lang = langOf(text);
    const wording = lang === 'zh' ? toSimplified(text.trim()) : text.trim();
    if (wording && !questions[lang].includes(wording)) questions[lang].push(wording);
  }
  const answerLang = langOf(item.answer);
  const answer = { zh: '', en: '', [answerLang]: item.answer.trim() };
  const entry = {
    id,
    questions,
    answer,
    source: `喀左县工作人员答复 ${date}（待跟进问题 #${item.id}）/ staff answer on ${date}, follow-up question #${item.id}`,
    verified: date,
  };
  const doc = new Document({ category: input.category ?? DEFAULT_DRAFT_CATEGORY, entries: [entry] });
  doc.commentBefore = [
    ` Draft from the follow-up desk (/promote): question #${item.id}, answered ${date}.`,
    ' Review before use: check the facts against the county\'s own sources, add the missing language,',
    ' choose the category and a meaningful id, then move the entry into knowledge/<category>.yaml and',
    ' run `npm run validate`.',
    item.nearest.length > 0
      ? ` Nearest entries when it was asked: ${item.nearest.map((n) => `${n.entryId} (${n.score.toFixed(2)})`).join(', ')}`
      : ' No knowledge entry was near it when it was asked.',
  ].join('\n');
  for (const lang of ['zh', 'en'] as const) {
    if (questions[lang].length === 0) todo(doc, ['entries', 0, 'questions', lang], `TODO: how investors ask this in ${lang}`);
    if (!answer[lang]) todo(doc, ['entries', 0, 'answer', lang], `TODO: translate the answer into ${lang}`);
  }
  return { fileName: `${id}.yaml`, id, yaml: doc.toString({ lineWidth: 0 }) };
}

function todo(doc: Document, path: (string | number)[], comment: string): void {
  const node = doc.getIn(path, true);
  if (node && typeof node === 'object') (node as Scalar).comment = ` ${comment}`;
}
