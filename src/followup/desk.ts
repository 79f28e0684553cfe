import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import { messages } from '../i18n/index.js';
import type { DeskText } from '../i18n/zh/desk.js';
import type { Messenger } from '../telegram/messenger.js';
import { normalizeText } from '../text/normalize.js';
import { itemButtons } from './desk-buttons.js';
import { deskQueries, type DeskQueries } from './desk-queries.js';
import { deliverDue, type DeliveryContext, type DeliveryResult } from './delivery.js';
import type { DraftInbox } from './draft-inbox.js';
import { findSameQuestion, GROUPING_DEFAULTS, groupingKey, type GroupingOptions } from './grouping.js';
import { DELIVERY_DEFAULTS, type DeliveryPolicy } from './retry.js';
import { askerLabel, deliveryReport, lateDeliveryNote, newItemPost } from './staff-text.js';
import type { FollowupStore } from './store.js';
import type { Asker, FollowupItem, StaffRef } from './types.js';
import type { UnresolvedQuestion, UnresolvedRecorder } from './unresolved.js';

export interface FollowupDeskDeps {
  readonly store: FollowupStore;
  readonly messenger: Messenger;
  /** The staff group; null: items are stored (and listed by the CLI) but posted nowhere. */
  readonly staffChatId: number | string | null;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Language of everything staff read; default Chinese. */
  readonly staffLang?: 'zh' | 'en';
  /** Where /promote writes drafts (knowledge/inbox/); without it /promote says it is unavailable. */
  readonly inbox?: DraftInbox;
  /** The category of a knowledge entry, so a draft starts in its nearest entry's category. */
  readonly entryCategory?: (entryId: string) => string | undefined;
  /** The county's time zone, for dates in drafts; default Asia/Shanghai. */
  readonly timeZone?: string;
  readonly delivery?: Partial<DeliveryPolicy>;
  readonly grouping?: Partial<GroupingOptions>;
  /** Pause between quick in-line retries; tests pass one that returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Items per /pending page; default 10. */
  readonly pageSize?: number;
}

export type RecordOutcome =
  | { readonly kind: 'created'; readonly item: FollowupItem; readonly posted: boolean }
  | { readonly kind: 'joined'; readonly item: FollowupItem; readonly asker: Asker; readonly newAsker: boolean };

/** Where a staff action came from: a reply or command in the staff chat needs no extra notice there. */
export interface ActionOrigin {
  readonly inStaffChat: boolean;
  /** reply (to a staff post), command, button, cli. */
  readonly via: 'reply' | 'command' | 'button' | 'cli';
  /** False: store the answer only; the retry job delivers it (the CLI without a bot token). */
  readonly deliver?: boolean;
}

export type AnswerOutcome =
  | { readonly kind: 'answered'; readonly item: FollowupItem; readonly results: readonly DeliveryResult[]; readonly report: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-found'; readonly itemId: number }
  | { readonly kind: 'closed'; readonly item: FollowupItem };

export type DismissOutcome =
  | { readonly kind: 'dismissed'; readonly item: FollowupItem }
  | { readonly kind: 'not-found'; readonly itemId: number }
  | { readonly kind: 'closed'; readonly item: FollowupItem };

/**
 * The staff follow-up desk: every unresolved question becomes (or joins) an item that staff see in
 * their group, answer once, and whose answer reaches every investor who asked. Also the bot's
 * UnresolvedRecorder. Every staff action, and every refused attempt, is in the audit log.
 */
export interface FollowupDesk extends UnresolvedRecorder, DeskQueries {
  /** The texts of the staff language, for the Telegram feature and the CLI. */
  readonly texts: DeskText;
  readonly staffChatId: number | string | null;
  /** Like record, with the outcome (which item, new or joined). */
  recordQuestion(q: UnresolvedQuestion): Promise<RecordOutcome>;
  /** Answers an open item and sends the answer to every asker (see AnswerOutcome). */
  answer(itemId: number, text: string, staff: StaffRef, origin: ActionOrigin): Promise<AnswerOutcome>;
  dismiss(itemId: number, staff: StaffRef, reason: string | null, origin: ActionOrigin): Promise<DismissOutcome>;
  /**
   * The retry job: posts items the staff chat never got, sends every due answer (new ones stored by
   * the CLI, and retries), and tells staff about answers that now arrived or finally failed.
   */
  retryDeliveries(): Promise<DeliveryResult[]>;
}

export function createFollowupDesk(deps: FollowupDeskDeps): FollowupDesk {
  const { store, messenger, clock, logger, staffChatId } = deps;
  const t = messages(deps.staffLang ?? 'zh').desk;
  const grouping: GroupingOptions = { ...GROUPING_DEFAULTS, ...deps.grouping };
  const delivery: DeliveryContext = {
    store, messenger, clock, logger,
    policy: { ...DELIVERY_DEFAULTS, ...deps.delivery },
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  const queries = deskQueries({ ...deps, texts: t });

  let recording: Promise<unknown> = Promise.resolve();

  async function toStaff(text: string): Promise<number | null> {
    if (staffChatId === null) return null;
    try {
      return (await messenger.send(staffChatId, text)).messageId;
    } catch (err) {
      logger.error({ err, event: 'followup_staff_notice_failed' }, 'could not post to the staff chat');
      return null;
    }
  }

  async function postItem(item: FollowupItem): Promise<boolean> {
    if (staffChatId === null) return false;
    const [asker] = await store.askers(item.id);
    if (!asker) return false;
    try {
      const sent = await messenger.send(staffChatId, newItemPost(item, asker, t), { buttons: itemButtons(item.id, t) });
      await store.linkStaffPost(item.id, staffChatId, sent.messageId, 'post');
      return true;
    } catch (err) {
      logger.warn({ err, itemId: item.id, event: 'followup_post_failed' }, 'could not post the item to staff; will retry');
      return false;
    }
  }

  /** Finds the open item the question joins, or creates one. Runs one at a time (see `recording`). */
  async function joinOrCreate(q: UnresolvedQuestion): Promise<RecordOutcome> {
    const normalized = q.normalized || normalizeText(q.text);
    const key = groupingKey(normalized);
    const asking = {
      chatId: q.chatId, userId: q.userId, displayName: q.displayName, lang: q.lang, text: q.text,
      reason: q.reason, messageId: q.messageId ?? null, askedAt: q.askedAt,
    };
    const match = findSameQuestion(key, await store.openGroupKeys(), grouping);
    const joined = match === null ? null : await store.addAsking(match, asking);
    if (joined) return { kind: 'joined', ...joined };
    return { kind: 'created', item: await store.createItem({ ...asking, normalized, groupKey: key, nearest: q.nearest }), posted: false };
  }

  async function recordQuestion(q: UnresolvedQuestion): Promise<RecordOutcome> {
    // Two askings of one new question arriving together must not both create an item; posting to
    // the staff chat happens outside this queue, so a slow Telegram does not hold up other askings.
    const run = recording.then(() => joinOrCreate(q));
    recording = run.catch(() => undefined);
    const outcome = await run;
    if (outcome.kind === 'created') {
      logger.info({ event: 'followup_created', itemId: outcome.item.id, reason: outcome.item.reason }, 'new question for staff');
      return { ...outcome, posted: await postItem(outcome.item) };
    }
    const { item, asker, newAsker } = outcome;
    logger.info({ event: 'followup_joined', itemId: item.id, askCount: item.askCount }, 'question joined an open item');
    if (newAsker) {
      const note = await toStaff(t.askedAgain(item.id, askerLabel(asker), item.askCount));
      if (note !== null) await store.linkStaffPost(item.id, staffChatId!, note, 'note');
    }
    return outcome;
  }

  async function afterClose(message: string, origin: ActionOrigin): Promise<void> {
    if (!origin.inStaffChat) await toStaff(message);
  }

  return {
    ...queries,
    texts: t,
    staffChatId,
    recordQuestion,

    async record(q) {
      await recordQuestion(q);
    },

    async answer(itemId, text, staff, origin) {
      const answer = text.trim();
      const audit = (detail: string) => queries.audit(staff, 'answer', itemId, `${origin.via}: ${detail}`);
      if (!answer) {
        await audit('empty');
        return { kind: 'empty' };
      }
      if (!(await store.answerItem(itemId, answer, staff, clock()))) {
        const item = await store.getItem(itemId);
        await audit(item ? `refused, already ${item.status}` : 'not found');
        return item ? { kind: 'closed', item } : { kind: 'not-found', itemId };
      }
      await audit(answer);
      const results = origin.deliver === false ? [] : await deliverDue(delivery, itemId);
      const report = deliveryReport(itemId, results, t);
      if (origin.deliver !== false) await afterClose(`${t.answeredBy(itemId, staff.name)}\n${report}`, origin);
      return { kind: 'answered', item: (await store.getItem(itemId))!, results, report };
    },

    async dismiss(itemId, staff, reason, origin) {
      const ok = await store.dismissItem(itemId, reason, staff, clock());
      const item = await store.getItem(itemId);
      await queries.audit(staff, 'dismiss', itemId, `${origin.via}: ${ok ? (reason ?? '') : `refused, ${item?.status ?? 'not found'}`}`);
      if (!item) return { kind: 'not-found', itemId };
      if (!ok) return { kind: 'closed', item };
      await afterClose(t.dismissedBy(itemId, staff.name), origin);
      return { kind: 'dismissed', item };
    },

    async retryDeliveries() {
      for (const item of await store.unpostedOpenItems()) {
        if (!(await postItem(item))) break; // the staff chat is unreachable: try again next run
      }
      const results = await deliverDue(delivery);
      const notes = results.map((r) => lateDeliveryNote(r, t)).filter((n): n is string => n !== null);
      if (notes.length > 0) await toStaff(notes.join('\n'));
      return results;
    },
  };
}
