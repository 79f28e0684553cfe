import { localize, messages } from '../i18n/index.js';
import type { KnowledgeEntry } from '../knowledge/types.js';
import { contentLang, type ReplyLang } from '../text/language.js';
import { escapeHtml } from './html.js';
import type { Reply, ReplyButton } from './reply.js';
import type { AnswerDecision } from './types.js';

const BUTTON_LABEL_MAX = 40;
const MAX_RELATED = 3;
/** An unresolved question still shows entries at least this likely, as "closest topics". */
const NEAREST_MIN_CONFIDENCE = 0.2;

/** A short label for an entry: its first question in the reader's language. */
export function entryTitle(entry: KnowledgeEntry, lang: ReplyLang): string {
  const q = entry.questions[contentLang(lang)][0] ?? entry.id;
  const chars = [...q];
  return localize(chars.length > BUTTON_LABEL_MAX ? `${chars.slice(0, BUTTON_LABEL_MAX - 1).join('')}…` : q, lang);
}

/** Source notes written in general-knowledge form are shown with a caution to the reader. */
function isGeneralKnowledge(entry: KnowledgeEntry): boolean {
  return /一般性|general/i.test(entry.source);
}

interface Paragraph {
  readonly text: string;
  readonly italic?: boolean;
  /** Already in the reader's script (a citation quoted as written): not converted again. */
  readonly localized?: boolean;
}

/** Paragraphs (plain text, not yet escaped) become a Reply in both plain and HTML form. */
function build(paragraphs: readonly Paragraph[], buttons: ReplyButton[][], lang: ReplyLang): Reply {
  const parts = paragraphs
    .filter((p) => p.text.length > 0)
    .map((p) => ({ ...p, text: p.localized ? p.text : localize(p.text, lang) }));
  return {
    text: parts.map((p) => p.text).join('\n\n'),
    html: parts.map((p) => (p.italic ? `<i>${escapeHtml(p.text)}</i>` : escapeHtml(p.text))).join('\n\n'),
    buttons: buttons.filter((row) => row.length > 0),
  };
}

const entryButton = (entry: KnowledgeEntry, lang: ReplyLang): ReplyButton => ({
  text: entryTitle(entry, lang),
  action: { kind: 'entry', entryId: entry.id },
});

/**
 * The full answer to one entry: the answer, a caution for general-knowledge entries, the source line,
 * buttons for related questions, and 👍 / 👎. Smalltalk entries get just their answer.
 */
export function composeEntryReply(
  entry: KnowledgeEntry,
  lang: ReplyLang,
  related: (id: string) => KnowledgeEntry | undefined = () => undefined,
): Reply {
  const t = messages(lang).answer;
  const cl = contentLang(lang);
  if (entry.category === 'smalltalk') return build([{ text: entry.answer[cl] }], [], lang);
  const relatedEntries = entry.related.map(related).filter((e): e is KnowledgeEntry => e !== undefined);
  const buttons: ReplyButton[][] = relatedEntries.slice(0, MAX_RELATED).map((e) => [entryButton(e, lang)]);
  if (entry.workdays !== undefined && entry.stage) {
    buttons.push([{ text: localize(t.deadlineButton, lang), action: { kind: 'deadline', stage: entry.stage } }]);
  }
  buttons.push([
    { text: localize(t.helpful, lang), action: { kind: 'feedback', helpful: true, entryId: entry.id } },
    { text: localize(t.notHelpful, lang), action: { kind: 'feedback', helpful: false, entryId: entry.id } },
  ]);
  return build(
    [
      { text: entry.answer[cl] },
      { text: isGeneralKnowledge(entry) ? t.generalKnowledgeNote : '' },
      // The source is a citation: quoted as written, never converted (OpenCC turns 大干快干 into 大幹快乾).
      {
        text: `${localize(t.sourceLabel, lang)}: ${entry.source} (${localize(t.verifiedLabel, lang)} ${entry.verified})`,
        italic: true,
        localized: true,
      },
    ],
    buttons,
    lang,
  );
}

/** The reply to a question, whatever the decision was. `related` resolves related entry ids. */
export function composeReply(decision: AnswerDecision, related?: (id: string) => KnowledgeEntry | undefined): Reply {
  const { lang } = decision;
  const t = messages(lang).answer;
  switch (decision.status) {
    case 'answered':
    case 'smalltalk':
      if (decision.entry) return composeEntryReply(decision.entry, lang, related);
      return build([{ text: t.unresolved }], [], lang);
    case 'clarify':
      return build(
        [{ text: t.clarifyPrompt }],
        [
          ...decision.candidates.map((c) => [entryButton(c.entry, lang)]),
          [{ text: localize(t.noneFits, lang), action: { kind: 'none-fits' } }],
        ],
        lang,
      );
    case 'unresolved': {
      const nearest = decision.candidates.filter((c) => c.entry.category !== 'smalltalk' && c.confidence >= NEAREST_MIN_CONFIDENCE);
      return build(
        [{ text: t.unresolved }, { text: nearest.length > 0 ? t.unresolvedNearest : '' }],
        nearest.slice(0, MAX_RELATED).map((c) => [entryButton(c.entry, lang)]),
        lang,
      );
    }
  }
}
