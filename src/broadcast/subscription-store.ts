import type { ReplyLang } from '../text/language.js';
import { isEmptySelection, normalizeSelection, type TopicSelection } from './topics.js';

/** One chat's subscription to policy broadcasts. */
export interface Subscription {
  readonly chatId: number;
  /** The language the chat's broadcasts are written in. */
  readonly lang: ReplyLang;
  readonly topics: TopicSelection;
}

/**
 * Who wants which policy news. Two drivers — SQLite (sqlite-subscription-store.ts) and in memory
 * (below) — pass one shared suite (test/broadcast/subscription-store.contract.ts).
 */
export interface SubscriptionStore {
  get(chatId: number): Promise<Subscription | null>;
  /** Creates or replaces the chat's subscription; an empty selection removes it. */
  save(subscription: Subscription): Promise<void>;
  /** Changes the language of an existing subscription (no-op for a chat that is not subscribed). */
  setLang(chatId: number, lang: ReplyLang): Promise<void>;
  /** Removes the chat's subscription; false when it had none. */
  remove(chatId: number): Promise<boolean>;
  /** Every subscription, in chat id order. */
  all(): Promise<Subscription[]>;
  count(): Promise<number>;
}

export function memorySubscriptionStore(): SubscriptionStore {
  const subs = new Map<number, Subscription>();
  return {
    async get(chatId) {
      return subs.get(chatId) ?? null;
    },
    async save(subscription) {
      if (isEmptySelection(subscription.topics)) subs.delete(subscription.chatId);
      else subs.set(subscription.chatId, { ...subscription, topics: normalizeSelection(subscription.topics) });
    },
    async setLang(chatId, lang) {
      const s = subs.get(chatId);
      if (s) subs.set(chatId, { ...s, lang });
    },
    async remove(chatId) {
      return subs.delete(chatId);
    },
    async all() {
      return [...subs.values()].sort((a, b) => a.chatId - b.chatId);
    },
    async count() {
      return subs.size;
    },
  };
}
