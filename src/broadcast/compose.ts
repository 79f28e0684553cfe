import { localize, messages } from '../i18n/index.js';
import { contentLang, type ReplyLang } from '../text/language.js';
import type { Policy } from './policy.js';
import type { TopicSelection } from './topics.js';

/** Telegram's limit for one message, in characters. */
export const MAX_MESSAGE_LENGTH = 4096;

export const REPLY_LANGS: readonly ReplyLang[] = ['zh', 'zh-Hant', 'en'];

/** Escapes text for Telegram's HTML parse mode (only &, < and > are special there). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/** The calendar fields of an instant in China Standard Time (UTC+8, no daylight saving). */
export function chinaTime(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(at.getTime() + CHINA_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** `YYYY-MM-DD` in China time (the knowledge base's date format). */
export function chinaIsoDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm (UTC+8)`, for staff messages. */
export function formatChinaDateTime(at: Date): string {
  return `${new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')} (UTC+8)`;
}

/** A topic selection as a reader sees it: "All topics", or the labels joined. */
export function describeSelection(selection: TopicSelection, lang: ReplyLang): string {
  const t = messages(lang).broadcast;
  const text = selection === 'all' ? t.allTopics : selection.map((id) => t.topicLabel(id)).join(t.listSeparator);
  return localize(text, lang);
}

/**
 * The announcement of one policy for a reader of `lang`, as Telegram HTML with every piece of
 * content escaped: header, title, topics, body, publication date, source, and how to unsubscribe.
 */
export function composePolicyMessage(policy: Policy, lang: ReplyLang): string {
  const t = messages(lang).broadcast;
  const c = contentLang(lang);
  const { year, month, day } = chinaTime(policy.publishAt);
  const topics = policy.topics.map((id) => t.topicLabel(id)).join(t.listSeparator);
  const html = [
    escapeHtml(t.policyHeader),
    `<b>${escapeHtml(policy.title[c])}</b>`,
    `🏷 ${escapeHtml(topics)}`,
    '',
    escapeHtml(policy.body[c]),
    '',
    `<i>${escapeHtml(t.published(t.date(year, month, day)))}</i>`,
  ].join('\n');
  // The source is a citation: quoted verbatim, never converted to traditional characters.
  const sourceLine = localize(t.sourceLine('\u0000'), lang).replace('\u0000', () => policy.source);
  const source = `<i>${escapeHtml(sourceLine)}</i>`;
  return `${localize(html, lang)}\n${source}\n\n${localize(escapeHtml(t.footer), lang)}`;
}

/** The announcement in every reply language, snapshotted when a broadcast is queued. */
export function composePolicyTexts(policy: Policy): Record<ReplyLang, string> {
  return {
    zh: composePolicyMessage(policy, 'zh'),
    'zh-Hant': composePolicyMessage(policy, 'zh-Hant'),
    en: composePolicyMessage(policy, 'en'),
  };
}
