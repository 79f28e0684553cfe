import type { ReplyLang } from '../text/language.js';
import type {
  Asker,
  AuditEntry,
  DeliveryJob,
  DeliveryUpdate,
  FollowupItem,
  ItemStatus,
  NearestEntry,
  StaffRef,
  StoredAuditEntry,
} from './types.js';
import type { UnresolvedReason } from './unresolved.js';

/** One asking of a question, as the store keeps it. */
export interface NewAsking {
  readonly chatId: number;
  readonly userId: number;
  readonly displayName: string;
  readonly lang: ReplyLang;
  readonly text: string;
  readonly reason: UnresolvedReason;
  readonly messageId: number | null;
  readonly askedAt: Date;
}

export interface NewItem extends NewAsking {
  readonly normalized: string;
  readonly groupKey: string;
  readonly nearest: readonly NearestEntry[];
}

export interface ItemQuery {
  readonly status?: ItemStatus;
  readonly offset?: number;
  readonly limit?: number;
}

/** `post`: the item's own post in the staff chat; `note`: any other single-item message (nearest entries…). */
export type StaffPostKind = 'post' | 'note';

/**
 * Everything the follow-up desk persists. Two drivers — SQLite (src/store/followup-store.ts) and
 * in memory (memory-store.ts) — pass one shared suite (test/followup/store.contract.test.ts).
 * Items are listed oldest first (by first asking, then id). State changes that could race between the
 * bot and the command-line tool (closing an item, claiming a delivery) are conditional and atomic.
 */
export interface FollowupStore {
  /** Creates an open item whose first asker is `item`. */
  createItem(item: NewItem): Promise<FollowupItem>;
  /**
   * Adds one asking to an open item: a new asker, or the same chat asking again (counted, not
   * duplicated). Null when the item is not open any more.
   */
  addAsking(itemId: number, asking: NewAsking): Promise<{ item: FollowupItem; asker: Asker; newAsker: boolean } | null>;
  getItem(id: number): Promise<FollowupItem | null>;
  listItems(query?: ItemQuery): Promise<FollowupItem[]>;
  countItems(status?: ItemStatus): Promise<number>;
  /** The grouping keys of all open items, oldest first. */
  openGroupKeys(): Promise<{ id: number; groupKey: string }[]>;
  /** An item's askers, in the order they first asked. */
  askers(itemId: number): Promise<Asker[]>;

  /** Remembers that a staff-chat message stands for an item, so a reply to it answers that item. */
  linkStaffPost(itemId: number, chatId: number | string, messageId: number, kind: StaffPostKind): Promise<void>;
  itemForStaffPost(chatId: number | string, messageId: number): Promise<number | null>;
  /** Open items that were never posted to the staff chat (posting failed, or no staff chat then). */
  unpostedOpenItems(): Promise<FollowupItem[]>;

  /**
   * Closes an open item with the staff answer and queues it for every asker (delivery pending, due
   * at `at`). False — and nothing changes — when the item is missing or not open.
   */
  answerItem(itemId: number, answer: string, by: StaffRef, at: Date): Promise<boolean>;
  /** Closes an open item without an answer. False when it is missing or not open. */
  dismissItem(itemId: number, reason: string | null, by: StaffRef, at: Date): Promise<boolean>;

  /**
   * Claims the deliveries due at `now` (pending, nextAttemptAt ≤ now), optionally of one item only,
   * by moving their nextAttemptAt to `leaseUntil`: a second process claiming at the same time gets
   * none of them, and a process that dies mid-send leaves them due again after the lease.
   */
  claimDueDeliveries(now: Date, leaseUntil: Date, itemId?: number): Promise<DeliveryJob[]>;
  /** How many answers are waiting to be sent or retried. */
  countPendingDeliveries(): Promise<number>;
  /** Records the outcome of a delivery run for one asker. */
  updateDelivery(askerId: number, update: DeliveryUpdate): Promise<void>;

  /**
   * Retention: removes the askers' personal fields (chat, user id, name, message id) of items closed
   * before `cutoff`, keeping the question text, times, counts and the staff answer. A delivery still
   * pending then can never happen and becomes failed. Staff identities stay (they act in office and
   * the audit log keeps them). Returns how many items were anonymised now.
   */
  anonymizeClosedBefore(cutoff: Date, at: Date): Promise<number>;
  /** Retention for the audit log: refused attempts (made by non-staff people) lose their actor. */
  anonymizeRefusedBefore(cutoff: Date): Promise<number>;

  appendAudit(entry: AuditEntry): Promise<void>;
  /** The most recent `limit` entries, newest first. */
  listAudit(limit?: number): Promise<StoredAuditEntry[]>;
}
