import { entryTitle } from '../answer/compose.js';
import { STAGE_ORDER } from '../calendar/deadline.js';
import type { Reply } from '../answer/reply.js';
import { localize, messages } from '../i18n/index.js';
import type { Aspect, KnowledgeEntry } from '../knowledge/types.js';
import type { ReplyLang } from '../text/language.js';
import { actionFor, encodeCallback, refersTo, type CallbackAction } from './callback-data.js';
import { escapeHtml } from './html.js';
import type { InlineButton } from '../core/messenger.js';

/**
 * The browsing menu (topics → stages → aspects → answer), built from the knowledge entries' own
 * category / stage / aspect fields — never from a list of entry ids — so new entries appear by
 * themselves. Pure: entries and a language in, the message text and its keyboard out.
 */
export interface MenuView {
  readonly html: string;
  readonly keyboard: readonly (readonly InlineButton[])[];
}

/** Topics in the order investors look for them; categories not listed follow alphabetically. */
export const TOPIC_ORDER: readonly string[] = ['permits', 'startup', 'incentives', 'policies', 'services', 'industry', 'investment', 'contact'];
/** Categories answered in chat but not offered as topics. */
const HIDDEN_TOPICS: ReadonlySet<string> = new Set(['smalltalk']);
const ASPECT_ORDER: readonly Aspect[] = ['overview', 'duration', 'materials', 'where'];
/**
 * `/start <payload>` words that name a topic by another name, each with fallbacks: `policies` opens
 * the published policies, or the incentive policies while none is published.
 */
export const DEEP_LINK_ALIASES: Readonly<Record<string, readonly string[]>> = {
  policies: ['policies', 'incentives'],
  policy: ['policies', 'incentives'],
  company: ['startup'],
};
export const PAGE_SIZE = 8;

const rank = (order: readonly string[], key: string) => {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
};
const byOrder = (order: readonly string[]) => (a: string, b: string) => rank(order, a) - rank(order, b) || a.localeCompare(b);

function button(text: string, action: CallbackAction): InlineButton {
  return { text, callbackData: encodeCallback(action) };
}

function labels(lang: ReplyLang) {
  const t = messages(lang).bot;
  const tr = (s: string) => localize(s, lang);
  return {
    t,
    tr,
    topic: (c: string) => tr((t.topics as Record<string, string>)[c] ?? c),
    stage: (s: string) => tr((t.stages as Record<string, string>)[s] ?? s),
    aspect: (a: Aspect) => tr(t.aspects[a]),
  };
}

export function topicsOf(entries: readonly KnowledgeEntry[]): string[] {
  return [...new Set(entries.map((e) => e.category))].filter((c) => !HIDDEN_TOPICS.has(c)).sort(byOrder(TOPIC_ORDER));
}

export function topicsView(entries: readonly KnowledgeEntry[], lang: ReplyLang): MenuView {
  const l = labels(lang);
  const topics = topicsOf(entries);
  return {
    html: `<b>${escapeHtml(l.tr(l.t.menuPrompt))}</b>`,
    keyboard: topics.map((c) => [button(l.topic(c), { kind: 'topic', lang, category: c, page: 0 })]),
  };
}

/** One topic: its stages first, then its other entries (aspect entries labelled by aspect), paged. */
export function topicView(entries: readonly KnowledgeEntry[], categoryRef: string, lang: ReplyLang, page = 0): MenuView | null {
  const category = topicsOf(entries).find((c) => refersTo(categoryRef, c));
  if (category === undefined) return null;
  const l = labels(lang);
  const inTopic = entries.filter((e) => e.category === category);
  const stages = [...new Set(inTopic.flatMap((e) => (e.stage ? [e.stage] : [])))].sort(byOrder(STAGE_ORDER));
  const loose = inTopic
    .filter((e) => !e.stage)
    .sort((a, b) => rank(ASPECT_ORDER, a.aspect ?? '') - rank(ASPECT_ORDER, b.aspect ?? ''));
  const items = [
    ...stages.map((s) => button(l.stage(s), { kind: 'stage', lang, stage: s })),
    ...loose.map((e) => button(e.aspect ? l.aspect(e.aspect) : entryTitle(e, lang), { kind: 'view', lang, entryRef: e.id })),
  ];
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const paging: InlineButton[] = [];
  if (p > 0) paging.push(button(l.tr(l.t.previousPage), { kind: 'topic', lang, category, page: p - 1 }));
  if (p < pages - 1) paging.push(button(l.tr(l.t.nextPage), { kind: 'topic', lang, category, page: p + 1 }));
  const title = l.tr(l.t.topicPrompt(l.topic(category)));
  return {
    html: `<b>${escapeHtml(title)}</b>${items.length === 0 ? `\n${escapeHtml(l.tr(l.t.emptyTopic))}` : ''}`,
    keyboard: [
      ...items.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE).map((b) => [b]),
      ...(paging.length > 0 ? [paging] : []),
      [button(l.tr(l.t.home), { kind: 'menu', lang })],
    ],
  };
}

/** One approval stage: how long / what materials / where to apply (whatever entries it has). */
export function stageView(entries: readonly KnowledgeEntry[], stageRef: string, lang: ReplyLang): MenuView | null {
  const inStage = entries.filter((e) => e.stage !== undefined && refersTo(stageRef, e.stage));
  const first = inStage[0];
  if (first?.stage === undefined) return null;
  const l = labels(lang);
  const sorted = [...inStage].sort((a, b) => rank(ASPECT_ORDER, a.aspect ?? '') - rank(ASPECT_ORDER, b.aspect ?? ''));
  return {
    html: `<b>${escapeHtml(l.tr(l.t.stagePrompt(l.stage(first.stage))))}</b>`,
    keyboard: [
      ...sorted.map((e) => [button(e.aspect ? l.aspect(e.aspect) : entryTitle(e, lang), { kind: 'view', lang, entryRef: e.id })]),
      navRow(l, lang, { kind: 'topic', lang, category: first.category, page: 0 }),
    ],
  };
}

/**
 * An answer shown inside the menu: the composed reply, its related questions and deadline button
 * (related ones open in place too), and a way back. Feedback buttons are left to chat answers.
 */
export function entryView(entry: KnowledgeEntry, reply: Reply, lang: ReplyLang): MenuView {
  const l = labels(lang);
  const back: CallbackAction = entry.stage
    ? { kind: 'stage', lang, stage: entry.stage }
    : { kind: 'topic', lang, category: entry.category, page: 0 };
  const rows = reply.buttons
    .map((row) => row.filter((b) => b.action.kind !== 'feedback').map((b) => button(b.text, actionFor(b.action, lang, 'menu'))))
    .filter((row) => row.length > 0);
  return { html: reply.html, keyboard: [...rows, HIDDEN_TOPICS.has(entry.category) ? [button(l.tr(l.t.home), { kind: 'menu', lang })] : navRow(l, lang, back)] };
}

function navRow(l: ReturnType<typeof labels>, lang: ReplyLang, back: CallbackAction): InlineButton[] {
  return [button(l.tr(l.t.back), back), button(l.tr(l.t.home), { kind: 'menu', lang })];
}
