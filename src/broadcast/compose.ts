import { escapeHtml } from '../answer/html.js';
import { localize, messages } from '../i18n/index.js';
import { contentLang, type ReplyLang } from '../text/language.js';
import type { Policy } from './policy.js';
import type { TopicSelection } from './topics.js';

/** Telegram's limit for one message, in characters. */
export const MAX_MESSAGE_LENGTH = 4096;

export const REPLY_LANGS: readonly ReplyLang[] = ['zh', 'zh-Hant', 'en'];

/** The county's time zone: where broadcast dates are reckoned unless TZ says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The calendar fields of an instant in an IANA time zone (daylight saving included, where it applies). */
export function localTime(
  at: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** `YYYY-MM-DD` in the time zone (the knowledge base's date format). */
export function localIsoDate(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const { year, month, day } = localTime(at, timeZone);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM-DD HH:mm (UTC+8)` in the time zone, with the offset in force at that instant; for staff. */
export function formatLocalDateTime(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const { hour, minute } = localTime(at, timeZone);
  return `${localIsoDate(at, timeZone)} ${pad2(hour)}:${pad2(minute)} (${utcOffset(at, timeZone)})`;
}


const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `UTC+8`, `UTC-3:30`, `UTC+0` — Intl's short offset name ("GMT+8") in the form staff messages use. */
function utcOffset(at: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return (name ?? 'GMT').replace(/^GMT/, 'UTC');
}

/** A topic selection as a reader sees it: "All topics", or the labels joined. */
export function describeSelection(selection: TopicSelection, lang: ReplyLang): string {
  const t = messages(lang).broadcast;
  const text = selection === 'all' ? t.allTopics : selection.map((id) => t.topicLabel(id)).join(t.listSeparator);
  return localize(text, lang);
}

/**
 * The announcement of one policy for a reader of `lang`, as Telegram HTML with every piece of
 * content escaped: header, title, topics, body, publication date (the day in `timeZone`), source,
 * and how to unsubscribe.
 */
export function composePolicyMessage(policy: Policy, lang: ReplyLang, timeZone: string = DEFAULT_TIME_ZONE): string {
  const t = messages(lang).broadcast;
  const c = contentLang(lang);
  const { year, month, day } = localTime(policy.publishAt, timeZone);
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
export function composePolicyTexts(policy: Policy, timeZone: string = DEFAULT_TIME_ZONE): Record<ReplyLang, string> {
  return {
    zh: composePolicyMessage(policy, 'zh', timeZone),
    'zh-Hant': composePolicyMessage(policy, 'zh-Hant', timeZone),
    en: composePolicyMessage(policy, 'en', timeZone),
  };
}
