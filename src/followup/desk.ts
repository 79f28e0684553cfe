import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import { messages } from '../i18n/index.js';
import type { DeskText } from '../i18n/zh/desk.js';
import { TelegramApiError, type Messenger } from '../core/messenger.js';
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

/** Why an answer was not taken (nothing changed). */
export type AnswerRefused =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-found'; readonly itemId: number }
  | { readonly kind: 'closed'; readonly item: FollowupItem };

export type AnswerOutcome =
  | { readonly kind: 'answered'; readonly item: FollowupItem; readonly results: readonly DeliveryResult[]; readonly report: string }
  | AnswerRefused;

/**
 * An answer stored and on its way: `askers` will receive it; `report` settles with the delivery
 * report once every asker was tried, or with null when the run broke off (logged; the retry job
 * sends what is left). It never rejects.
 */
export type AnswerStart =
  | { readonly kind: 'sending'; readonly item: FollowupItem; readonly askers: number; readonly report: Promise<string | null> }
  | AnswerRefused;

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
  /**
   * Answers an open item and sends the answer to every asker before returning (see AnswerOutcome):
   * for the command-line tool, which reports and exits.
   */
  answer(itemId: number, text: string, staff: StaffRef, origin: ActionOrigin): Promise<AnswerOutcome>;
  /**
   * Answers an open item and starts sending it without waiting for the sends (retries with pauses,
   * many askers): for the bot, whose update handler must return within seconds. Resolves once the
   * answer is stored; see AnswerStart for the report. The bot can always send, so `origin.deliver`
   * does not apply here.
   */
  startAnswer(itemId: number, text: string, staff: StaffRef, origin: ActionOrigin): Promise<AnswerStart>;
  /** Settles when the answers started by startAnswer so far have been sent (shutdown, tests). */
  settled(): Promise<void>;
  dismiss(itemId: number, staff: StaffRef, reason: string | null, origin: ActionOrigin): Promise<DismissOutcome>;
  /**
   * The retry job: posts items the staff chat never got, sends every due answer (new ones stored by
   * the CLI, and retries), and tells staff about answers that now arrived or finally failed.
   */
  retryDeliveries(): Promise<DeliveryResult[]>;
}

export function createFollowupDesk(deps: FollowupDeskDeps): FollowupDesk {
  const { store, messenger, clock, logger, staffChatId } = deps;
  const staffLang = deps.staffLang ?? 'zh';
  const t = messages(staffLang).desk;
  const grouping: GroupingOptions = { ...GROUPING_DEFAULTS, ...deps.grouping };
  const delivery: DeliveryContext = {
    store, messenger, clock, logger,
    policy: { ...DELIVERY_DEFAULTS, ...deps.delivery },
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  const queries = deskQueries({ ...deps, texts: t });

  let recording: Promise<unknown> = Promise.resolve();
  /** Answers being sent in the background (startAnswer). */
  const sending = new Set<Promise<unknown>>();
  /**
   * Items Telegram refused to post (a 4xx: their post itself is at fault, so every retry would fail
   * the same way). Skipped by the retry job from then on, in this process; they stay open, so staff
   * still find them in /pending and can /answer them.
   */
  const unpostable = new Set<number>();

  async function toStaff(text: string): Promise<number | null> {
    if (staffChatId === null) return null;
    try {
      return (await messenger.send(staffChatId, text)).messageId;
    } catch (err) {
      logger.error({ err, event: 'followup_staff_notice_failed' }, 'could not post to the staff chat');
      return null;
    }
  }

  /**
   * Posts an item to the staff chat. `unreachable`: the chat cannot be reached now (network, 5xx,
   * 429, or the bot is not in the chat), so later posts would fail too; `rejected`: Telegram refused
   * this post (another 4xx), which no retry will change.
   */
  async function postItem(item: FollowupItem): Promise<'posted' | 'unreachable' | 'rejected'> {
    if (staffChatId === null) return 'unreachable';
    const [asker] = await store.askers(item.id);
    if (!asker) return 'rejected';
    try {
      const sent = await messenger.send(staffChatId, newItemPost(item, asker, t), { buttons: itemButtons(item.id, t) });
      await store.linkStaffPost(item.id, staffChatId, sent.messageId, 'post');
      return 'posted';
    } catch (err) {
      if (err instanceof TelegramApiError && err.code >= 400 && err.code < 500 && err.code !== 429 && !err.recipientGone) {
        unpostable.add(item.id);
        logger.error({ err, itemId: item.id, event: 'followup_post_rejected' }, 'Telegram refused the staff post; not retried, the item stays in /pending');
        return 'rejected';
      }
      logger.warn({ err, itemId: item.id, event: 'followup_post_failed' }, 'could not post the item to staff; will retry');
      return 'unreachable';
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
      return { ...outcome, posted: (await postItem(outcome.item)) === 'posted' };
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

  /** Closes the item with the answer (queued for every asker) and audits it; or says why not. */
  async function storeAnswer(
    itemId: number, text: string, staff: StaffRef, origin: ActionOrigin,
  ): Promise<{ readonly kind: 'stored'; readonly item: FollowupItem } | AnswerRefused> {
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
    return { kind: 'stored', item: (await store.getItem(itemId))! };
  }

  /** Sends a stored answer to every asker now, then tells the staff chat when it was given elsewhere. */
  async function sendAnswer(itemId: number, staff: StaffRef, origin: ActionOrigin): Promise<{ results: DeliveryResult[]; report: string }> {
    const results = await deliverDue(delivery, itemId);
    const report = deliveryReport(itemId, results, t);
    await afterClose(`${t.answeredBy(itemId, staff.name)}\n${report}`, origin);
    return { results, report };
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
      const stored = await storeAnswer(itemId, text, staff, origin);
      if (stored.kind !== 'stored') return stored;
      if (origin.deliver === false) return { kind: 'answered', item: stored.item, results: [], report: deliveryReport(itemId, [], t) };
      const { results, report } = await sendAnswer(itemId, staff, origin);
      return { kind: 'answered', item: (await store.getItem(itemId))!, results, report };
    },

    async startAnswer(itemId, text, staff, origin) {
      const stored = await storeAnswer(itemId, text, staff, origin);
      if (stored.kind !== 'stored') return stored;
      const askers = (await store.askers(itemId)).length;
      const report = sendAnswer(itemId, staff, origin).then(
        (sent) => sent.report,
        (err: unknown) => {
          logger.error({ err, itemId, event: 'followup_answer_send_failed' }, 'sending an answer broke off; the retry job sends the rest');
          return null;
        },
      );
      sending.add(report);
      void report.finally(() => sending.delete(report));
      return { kind: 'sending', item: stored.item, askers, report };
    },

    async settled() {
      await Promise.all([...sending]);
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
        if (unpostable.has(item.id)) continue;
        // Unreachable: the later posts would fail too; they wait for the next run. A rejected post
        // (this item's fault) is skipped, so it does not hold up the items after it.
        if ((await postItem(item)) === 'unreachable') break;
      }
      const results = await deliverDue(delivery);
      const notes = results.map((r) => lateDeliveryNote(r, t)).filter((n): n is string => n !== null);
      if (notes.length > 0) await toStaff(notes.join('\n'));
      return results;
    },
  };
}
