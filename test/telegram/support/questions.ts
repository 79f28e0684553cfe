import type { KnowledgeEntry } from '../../../src/knowledge/types.js';
import { toTraditional } from '../../../src/text/chinese-script.js';
import type { ReplyLang } from '../../../src/text/language.js';
import { shippedAssistant } from '../../fixtures/real-assistant.js';

/**
 * A question the shipped knowledge answers outright, in the wanted script, taken from the entries'
 * own questions (construction-permit-duration first), so these pipeline tests do not depend on
 * search tuning; the search has its own accuracy suite.
 */
export function answered(lang: ReplyLang): { question: string; entry: KnowledgeEntry; answerStart: string } {
  const a = shippedAssistant();
  const preferred = a.entry('construction-permit-duration');
  const entries = [...(preferred ? [preferred] : []), ...a.entries().filter((e) => e.category !== 'smalltalk')];
  for (const entry of entries) {
    for (const q of entry.questions[lang === 'en' ? 'en' : 'zh']) {
      const question = lang === 'zh-Hant' ? toTraditional(q) : q;
      const d = a.ask(question);
      if (d.status === 'answered' && d.entry?.id === entry.id && d.lang === lang) {
        const answer = entry.answer[lang === 'en' ? 'en' : 'zh'];
        return { question, entry, answerStart: (lang === 'zh-Hant' ? toTraditional(answer) : answer).slice(0, 12) };
      }
    }
  }
  throw new Error(`the shipped knowledge answers none of its own ${lang} questions`);
}
