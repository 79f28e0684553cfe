import type { Policy } from './policy.js';
import type { Subscription } from './subscription-store.js';
import { selectionIncludes } from './topics.js';

/** One message to queue: who gets it, in which language. */
export interface Recipient {
  readonly chatId: number;
  readonly lang: Subscription['lang'];
}

/** True when the subscriber chose "all" or at least one of the policy's topics. */
export function wantsPolicy(subscription: Subscription, policy: Policy): boolean {
  return policy.topics.some((topic) => selectionIncludes(subscription.topics, topic));
}

/** The recipients of a policy, one per chat, in chat id order (deterministic queues and reports). */
export function audience(subscriptions: readonly Subscription[], policy: Policy): Recipient[] {
  const byChat = new Map<number, Recipient>();
  for (const s of subscriptions) {
    if (wantsPolicy(s, policy)) byChat.set(s.chatId, { chatId: s.chatId, lang: s.lang });
  }
  return [...byChat.values()].sort((a, b) => a.chatId - b.chatId);
}
