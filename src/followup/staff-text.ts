import type { DeskText } from '../i18n/zh/desk.js';
import type { DeliveryResult } from './delivery.js';
import type { AnswerOutcome, AnswerStart, DismissOutcome } from './desk.js';
import type { PromoteOutcome } from './desk-queries.js';
import { clipQuote } from './quote.js';
import type { FailureKind } from './retry.js';
import type { DeskStats } from './stats.js';
import type { Asker, FollowupItem } from './types.js';

/**
 * Everything staff read, composed from data and the desk texts of the staff language. Pure: the
 * current time is a parameter. Plain text (sent without parse_mode), so user input needs no escaping.
 */

const MINUTE = 60_000;

export function formatDuration(ms: number, t: DeskText): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  return t.duration(Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60);
}

/** How staff see an asker: name and Telegram id (or a dash once retention removed them). */
export function askerLabel(a: Pick<Asker, 'displayName' | 'userId'>): string {
  if (a.displayName === null && a.userId === null) return '—';
  return a.userId === null ? String(a.displayName) : `${a.displayName ?? ''} (id ${a.userId})`.trim();
}

export function nearestSummary(item: FollowupItem, t: DeskText, max = 3): string {
  if (item.nearest.length === 0) return t.none;
  return item.nearest.slice(0, max).map((n) => `${n.entryId} (${n.score.toFixed(2)})`).join(t.listSeparator);
}

/** The post for a new item; a very long question is clipped (see quote.ts), the whole stays in the store. */
export function newItemPost(item: FollowupItem, asker: Asker, t: DeskText): string {
  return t.newItem({
    id: item.id,
    question: clipQuote(item.text),
    asker: askerLabel(asker),
    lang: t.langLabel(asker.lang),
    reason: t.reasonLabel(item.reason),
    nearest: nearestSummary(item, t),
  });
}

export function nearestText(item: FollowupItem, t: DeskText): string {
  if (item.nearest.length === 0) return t.noNearest(item.id);
  return t.nearestList(item.id, item.nearest.map((n) => t.nearestLine(n.entryId, n.score.toFixed(2))).join('\n'));
}

export function failureText(failure: FailureKind, detail: string, attempts: number, t: DeskText): string {
  switch (failure) {
    case 'blocked':
      return t.failureBlocked;
    case 'rejected':
      return t.failureRejected(detail);
    case 'gave-up':
      return t.failureGaveUp(attempts, detail);
    case 'retention':
      return t.failureRetention;
  }
}

/** The staff-chat report after an answer went out: all delivered, or who is still waiting and why. */
export function deliveryReport(itemId: number, results: readonly DeliveryResult[], t: DeskText): string {
  const delivered = results.filter((r) => r.outcome === 'delivered').length;
  const pending = results.filter((r) => r.outcome === 'pending').length;
  const failed = results.flatMap((r) => (r.outcome === 'failed' ? [r] : []));
  if (pending === 0 && failed.length === 0) return t.delivered(itemId, delivered);
  const lines = failed.map((r) => t.undeliveredLine(askerLabel(r.asker), failureText(r.failure, r.detail, r.attempts, t)));
  return [t.deliveryPartial(itemId, delivered, pending, failed.length), ...lines].join('\n');
}

/** What the retry job tells staff about one asker: reached late, or given up on; nothing while still trying. */
export function lateDeliveryNote(r: DeliveryResult, t: DeskText): string | null {
  if (r.outcome === 'delivered') return t.lateDelivered(r.itemId, askerLabel(r.asker));
  if (r.outcome === 'failed') {
    return t.lateFailed(r.itemId, askerLabel(r.asker), failureText(r.failure, r.detail, r.attempts, t));
  }
  return null;
}

/** Shortens a question for one-line lists. */
export function clip(text: string, max = 80): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function pendingPage(items: readonly FollowupItem[], page: number, pages: number, total: number, now: Date, t: DeskText): string {
  if (total === 0) return t.pendingEmpty;
  const lines = items.map((i) => t.pendingLine(i.id, clip(i.text), formatDuration(now.getTime() - i.firstAskedAt.getTime(), t), i.askCount));
  return [t.pendingHeader(page, pages, total), '', ...lines, '', t.pendingFooter].join('\n');
}

export function statsText(s: DeskStats, t: DeskText): string {
  const topics = s.topUnanswered.length === 0
    ? t.none
    : s.topUnanswered.map((x) => t.topicLine(x.entryId ?? t.noTopic, x.items, x.asks)).join('\n');
  return t.stats({
    open: s.open,
    answered: s.answered,
    dismissed: s.dismissed,
    rate: s.answerRate === null ? t.notApplicable : `${Math.round(s.answerRate * 100)}%`,
    median: s.medianAnswerMs === null ? t.notApplicable : formatDuration(s.medianAnswerMs, t),
    topics,
  });
}

/**
 * The daily digest: what is still open and for how long, oldest first, at most `limit` lines, plus
 * how many answers are still being retried.
 */
export function digestText(open: readonly FollowupItem[], pendingDeliveries: number, now: Date, t: DeskText, limit = 20): string {
  const lines = open.length === 0 ? [t.digestEmpty] : [t.digestHeader(open.length), ''];
  for (const i of open.slice(0, limit)) {
    lines.push(t.digestLine(i.id, clip(i.text, 60), formatDuration(now.getTime() - i.firstAskedAt.getTime(), t), i.askCount));
  }
  if (open.length > limit) lines.push(t.digestMore(open.length - limit));
  if (pendingDeliveries > 0) lines.push('', t.digestUndelivered(pendingDeliveries));
  return lines.join('\n');
}

/** What staff are told after /answer, a reply, or `questions answer`. */
export function answerOutcomeText(o: AnswerOutcome, t: DeskText): string {
  switch (o.kind) {
    case 'answered':
      return o.report;
    case 'empty':
      return t.emptyAnswer;
    case 'not-found':
      return t.notFound(String(o.itemId));
    case 'closed':
      return t.alreadyClosed(o.item.id, t.statusLabel(o.item.status));
  }
}

/** What staff are told at once after /answer or a reply in the bot (the delivery report follows). */
export function answerStartText(o: AnswerStart, t: DeskText): string {
  return o.kind === 'sending' ? t.answerSending(o.item.id, o.askers) : answerOutcomeText(o, t);
}

export function dismissOutcomeText(o: DismissOutcome, t: DeskText): string {
  switch (o.kind) {
    case 'dismissed':
      return t.dismissed(o.item.id);
    case 'not-found':
      return t.notFound(String(o.itemId));
    case 'closed':
      return t.alreadyClosed(o.item.id, t.statusLabel(o.item.status));
  }
}

export function promoteOutcomeText(o: PromoteOutcome, t: DeskText): string {
  switch (o.kind) {
    case 'promoted':
      return t.promoted(o.item.id, o.path);
    case 'not-found':
      return t.notFound(String(o.itemId));
    case 'not-answered':
      return t.promoteNotAnswered(o.item.id);
    case 'unavailable':
      return t.promoteUnavailable;
  }
}

/** An instant as `YYYY-MM-DD HH:mm` in a time zone (the county's by default). */
export function localDateTime(d: Date, timeZone = 'Asia/Shanghai'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
