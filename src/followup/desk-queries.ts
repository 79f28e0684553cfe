import { plainDateAt } from '../calendar/plain-date.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { DeskText } from '../i18n/zh/desk.js';
import type { InlineButton, Messenger } from '../core/messenger.js';
import { exportCsv } from './csv.js';
import { pageButtons } from './desk-buttons.js';
import type { DraftInbox } from './draft-inbox.js';
import { draftEntry } from './draft-entry.js';
import { digestText, nearestText, pendingPage, statsText } from './staff-text.js';
import { deskStats, type DeskStats } from './stats.js';
import type { FollowupStore } from './store.js';
import type { FollowupItem, StaffRef } from './types.js';

const DAY_MS = 86_400_000;

export interface DeskQueryDeps {
  readonly store: FollowupStore;
  readonly messenger: Messenger;
  readonly staffChatId: number | string | null;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly texts: DeskText;
  readonly inbox?: DraftInbox;
  readonly entryCategory?: (entryId: string) => string | undefined;
  readonly timeZone?: string;
  readonly pageSize?: number;
}

export type PromoteOutcome =
  | { readonly kind: 'promoted'; readonly item: FollowupItem; readonly path: string }
  | { readonly kind: 'not-found'; readonly itemId: number }
  | { readonly kind: 'not-answered'; readonly item: FollowupItem }
  | { readonly kind: 'unavailable' };

export interface PendingPage {
  readonly text: string;
  readonly page: number;
  readonly pages: number;
  readonly buttons: InlineButton[][];
}

export interface RetentionOutcome {
  readonly items: number;
  readonly refusedAttempts: number;
}

/** The desk's reading and housekeeping side: lists, statistics, export, drafts, digest, retention, audit. */
export interface DeskQueries {
  /** Open items, oldest first, `page` (1-based, clamped) of pageSize. */
  pending(page: number, staff: StaffRef): Promise<PendingPage>;
  stats(staff: StaffRef): Promise<{ stats: DeskStats; text: string }>;
  /** Every item as CSV (UTF-8 with BOM, RFC 4180). */
  exportCsv(staff: StaffRef): Promise<{ csv: string; count: number }>;
  /** Writes a draft knowledge entry from an answered item into the inbox. */
  promote(itemId: number, staff: StaffRef): Promise<PromoteOutcome>;
  /** The nearest-entries text for an item (null: no such item). */
  nearest(itemId: number, staff: StaffRef): Promise<string | null>;
  /** The item a staff-chat message stands for (its post, or a note about it), from the stored mapping. */
  itemForStaffPost(chatId: number | string, messageId: number): Promise<number | null>;
  /** Remembers that a message the feature sent in the staff chat concerns an item (replying to it answers it). */
  linkStaffNote(itemId: number, chatId: number | string, messageId: number): Promise<void>;
  /** Records an allowed staff action. */
  audit(staff: StaffRef, action: string, itemId: number | null, detail: string | null): Promise<void>;
  /** Records (and logs) an attempt by someone who is not staff. */
  refuse(actor: StaffRef, action: string, detail: string | null): Promise<void>;
  /** Posts the daily digest to the staff chat; returns the text (null: no staff chat). */
  sendDigest(): Promise<string | null>;
  /** Removes askers' personal fields from items closed more than `days` days ago. */
  applyRetention(days: number): Promise<RetentionOutcome>;
}

export function deskQueries(deps: DeskQueryDeps): DeskQueries {
  const { store, clock, logger, texts: t } = deps;
  const pageSize = deps.pageSize ?? 10;

  const audit: DeskQueries['audit'] = async (staff, action, itemId, detail) => {
    await store.appendAudit({ at: clock(), actor: staff, action, itemId, allowed: true, detail });
  };

  return {
    audit,

    async refuse(actor, action, detail) {
      logger.warn({ event: 'followup_refused', actorId: actor.id, action }, 'staff command refused');
      await store.appendAudit({ at: clock(), actor, action, itemId: null, allowed: false, detail });
    },

    async pending(requested, staff) {
      const total = await store.countItems('open');
      const pages = Math.max(1, Math.ceil(total / pageSize));
      const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
      const items = await store.listItems({ status: 'open', offset: (page - 1) * pageSize, limit: pageSize });
      await audit(staff, 'pending', null, `page ${page}`);
      return { text: pendingPage(items, page, pages, total, clock(), t), page, pages, buttons: pageButtons(page, pages, t) };
    },

    async stats(staff) {
      const stats = deskStats(await store.listItems());
      await audit(staff, 'stats', null, null);
      return { stats, text: statsText(stats, t) };
    },

    async exportCsv(staff) {
      const items = await store.listItems();
      const rows = [];
      for (const item of items) rows.push({ item, askers: await store.askers(item.id) });
      await audit(staff, 'export', null, `${items.length} items`);
      return { csv: exportCsv(rows), count: items.length };
    },

    async promote(itemId, staff) {
      const item = await store.getItem(itemId);
      const refused = (why: string) => audit(staff, 'promote', itemId, `refused, ${why}`);
      if (!item) {
        await refused('not found');
        return { kind: 'not-found', itemId };
      }
      if (!deps.inbox) {
        await refused('no inbox');
        return { kind: 'unavailable' };
      }
      const nearest = item.nearest[0]?.entryId;
      const category = nearest !== undefined ? deps.entryCategory?.(nearest) : undefined;
      const draft = draftEntry({
        item,
        askers: await store.askers(itemId),
        date: plainDateAt(clock(), deps.timeZone ?? 'Asia/Shanghai'),
        ...(category !== undefined ? { category } : {}),
      });
      if (!draft) {
        await refused(item.status);
        return { kind: 'not-answered', item };
      }
      const path = await deps.inbox.save(draft.fileName, draft.yaml);
      await audit(staff, 'promote', itemId, path);
      return { kind: 'promoted', item, path };
    },

    async nearest(itemId, staff) {
      const item = await store.getItem(itemId);
      await audit(staff, 'nearest', itemId, item ? null : 'not found');
      return item ? nearestText(item, t) : null;
    },

    itemForStaffPost: (chatId, messageId) => store.itemForStaffPost(chatId, messageId),

    linkStaffNote: (itemId, chatId, messageId) => store.linkStaffPost(itemId, chatId, messageId, 'note'),

    async sendDigest() {
      if (deps.staffChatId === null) return null;
      const open = await store.listItems({ status: 'open' });
      const text = digestText(open, await store.countPendingDeliveries(), clock(), t);
      await deps.messenger.send(deps.staffChatId, text);
      return text;
    },

    async applyRetention(days) {
      const now = clock();
      const cutoff = new Date(now.getTime() - days * DAY_MS);
      const items = await store.anonymizeClosedBefore(cutoff, now);
      const refusedAttempts = await store.anonymizeRefusedBefore(cutoff);
      if (items + refusedAttempts > 0) {
        await store.appendAudit({
          at: now, actor: null, action: 'retention', itemId: null, allowed: true,
          detail: `${items} items, ${refusedAttempts} refused attempts anonymised (closed before ${cutoff.toISOString()})`,
        });
      }
      logger.info({ event: 'followup_retention', items, refusedAttempts, days }, 'retention applied');
      return { items, refusedAttempts };
    },
  };
}
