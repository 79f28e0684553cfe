import type { ReplyLang } from '../text/language.js';
import type { UnresolvedReason } from './unresolved.js';

/** Where a follow-up item stands: waiting for staff, answered by staff, or closed without an answer. */
export type ItemStatus = 'open' | 'answered' | 'dismissed';

export const ITEM_STATUSES: readonly ItemStatus[] = ['open', 'answered', 'dismissed'];

/** A member of staff acting on the desk (Telegram user id, or 0 for the command-line tool). */
export interface StaffRef {
  readonly id: number;
  readonly name: string;
}

export interface NearestEntry {
  readonly entryId: string;
  readonly score: number;
}

/**
 * One question staff owe an answer to. Repeated askings of the same question (see grouping.ts) join
 * the open item: `askCount` counts every asking, the askers list holds every distinct chat.
 */
export interface FollowupItem {
  readonly id: number;
  /** The question as first asked. */
  readonly text: string;
  readonly normalized: string;
  /** groupingKey(normalized): what repeated questions are matched on. */
  readonly groupKey: string;
  readonly reason: UnresolvedReason;
  readonly nearest: readonly NearestEntry[];
  readonly status: ItemStatus;
  readonly askCount: number;
  readonly firstAskedAt: Date;
  readonly lastAskedAt: Date;
  /** The staff answer (answered items only). */
  readonly answer: string | null;
  /** Who answered or dismissed it, and when (null while open, and the name after retention). */
  readonly closedBy: StaffRef | null;
  readonly closedAt: Date | null;
  readonly dismissReason: string | null;
  /** When retention removed the askers' personal fields; null while they are kept. */
  readonly anonymizedAt: Date | null;
}

/**
 * The answer's journey to one asker:
 * - none: there is no answer yet;
 * - pending: to be sent (first try, or a retry after a network failure / 5xx / 429) at `nextAttemptAt`;
 * - delivered: Telegram accepted it;
 * - failed: it cannot be delivered (bot blocked, chat gone, retries exhausted); `lastError` says why.
 */
export type DeliveryStatus = 'none' | 'pending' | 'delivered' | 'failed';

export interface Delivery {
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly lastError: string | null;
  readonly deliveredAt: Date | null;
}

/** One chat that asked an item's question (personal fields become null after retention). */
export interface Asker {
  readonly id: number;
  readonly itemId: number;
  readonly chatId: number | null;
  readonly userId: number | null;
  readonly displayName: string | null;
  readonly lang: ReplyLang;
  /** The words this asker used (may differ slightly from the item's text). */
  readonly text: string;
  readonly reason: UnresolvedReason;
  /** The asker's own message, so the answer can reply to it. */
  readonly messageId: number | null;
  readonly askCount: number;
  readonly firstAskedAt: Date;
  readonly lastAskedAt: Date;
  readonly delivery: Delivery;
}

/** An asker whose answer is due now, with what to send. */
export interface DeliveryJob {
  readonly asker: Asker;
  readonly item: FollowupItem;
}

/** The outcome of one delivery run; `attempts` is the asker's total number of send attempts so far. */
export type DeliveryUpdate =
  | { readonly status: 'delivered'; readonly attempts: number; readonly at: Date }
  | { readonly status: 'pending'; readonly attempts: number; readonly nextAttemptAt: Date; readonly error: string }
  | { readonly status: 'failed'; readonly attempts: number; readonly error: string };

/** One line of the audit log: every staff action, and every refused attempt at one. */
export interface AuditEntry {
  readonly at: Date;
  readonly actor: StaffRef | null;
  /** The command or button: answer, dismiss, promote, pending, stats, export, nearest, reply, … */
  readonly action: string;
  readonly itemId: number | null;
  /** False: the actor was not staff and was refused. */
  readonly allowed: boolean;
  readonly detail: string | null;
}

export interface StoredAuditEntry extends AuditEntry {
  readonly id: number;
}
