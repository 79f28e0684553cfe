import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import { localize, messages } from '../i18n/index.js';
import { TelegramApiError, type Messenger } from '../core/messenger.js';
import { clipQuote, QUOTE_MAX, TELEGRAM_TEXT_LIMIT } from './quote.js';
import { classifyFailure, inlineWait, nextAttemptDelay, type DeliveryPolicy, type FailureKind } from './retry.js';
import type { FollowupStore } from './store.js';
import type { Asker, DeliveryJob } from './types.js';

export interface DeliveryContext {
  readonly store: FollowupStore;
  readonly messenger: Messenger;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly policy: DeliveryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
}

/** What became of one asker's answer in this run. */
export type DeliveryResult =
  | { readonly asker: Asker; readonly itemId: number; readonly outcome: 'delivered'; readonly attempts: number }
  | { readonly asker: Asker; readonly itemId: number; readonly outcome: 'pending'; readonly attempts: number; readonly detail: string }
  | {
      readonly asker: Asker;
      readonly itemId: number;
      readonly outcome: 'failed';
      readonly attempts: number;
      readonly failure: FailureKind;
      readonly detail: string;
    };

/**
 * Sends every answer that is due (of one item, or all), one asker at a time, recording each outcome
 * before moving on. Never throws for a failed send: the outcome says what happened, and a delivery
 * that could not be recorded stays claimed until its lease ends, then is tried again.
 */
export async function deliverDue(ctx: DeliveryContext, itemId?: number): Promise<DeliveryResult[]> {
  const now = ctx.clock();
  const jobs = await ctx.store.claimDueDeliveries(now, new Date(now.getTime() + ctx.policy.leaseMs), itemId);
  const results: DeliveryResult[] = [];
  for (const job of jobs) results.push(await deliverOne(ctx, job));
  return results;
}

async function deliverOne(ctx: DeliveryContext, { asker, item }: DeliveryJob): Promise<DeliveryResult> {
  const base = { asker, itemId: item.id };
  let attempts = asker.delivery.attempts;
  if (asker.chatId === null || item.answer === null) {
    await ctx.store.updateDelivery(asker.id, { status: 'failed', attempts, error: 'retention' });
    return { ...base, outcome: 'failed', attempts, failure: 'retention', detail: 'retention' };
  }
  const text = answerText(asker, item.answer);
  for (let tries = 1; ; tries++) {
    attempts++;
    try {
      await sendWithReply(ctx.messenger, asker.chatId, text, asker.messageId);
      await ctx.store.updateDelivery(asker.id, { status: 'delivered', attempts, at: ctx.clock() });
      ctx.logger.info({ event: 'followup_delivered', itemId: item.id, askerId: asker.id, attempts }, 'answer delivered');
      return { ...base, outcome: 'delivered', attempts };
    } catch (err) {
      const verdict = classifyFailure(err, attempts, ctx.policy);
      const log = { event: 'followup_delivery_failed', itemId: item.id, askerId: asker.id, attempts, err };
      if (verdict.kind === 'fail') {
        ctx.logger.warn({ ...log, failure: verdict.failure }, 'answer undeliverable');
        await ctx.store.updateDelivery(asker.id, { status: 'failed', attempts, error: `${verdict.failure}: ${verdict.detail}` });
        return { ...base, outcome: 'failed', attempts, failure: verdict.failure, detail: verdict.detail };
      }
      const wait = inlineWait(tries, verdict.retryAfterMs, ctx.policy);
      if (wait !== null) {
        await ctx.sleep(wait);
        continue;
      }
      const delay = nextAttemptDelay(attempts, verdict.retryAfterMs, ctx.policy);
      const nextAttemptAt = new Date(ctx.clock().getTime() + delay);
      ctx.logger.warn({ ...log, nextAttemptAt }, 'answer delivery will be retried');
      await ctx.store.updateDelivery(asker.id, { status: 'pending', attempts, nextAttemptAt, error: verdict.detail });
      return { ...base, outcome: 'pending', attempts, detail: verdict.detail };
    }
  }
}

/** Even beside a very long answer the question is quoted this far (the answer itself is staff's to shorten). */
const MIN_QUOTE = 200;

/**
 * The answer as the investor receives it, quoting their question. The quote is clipped to QUOTE_MAX,
 * and further when the staff answer is long, so that the message stays within Telegram's limit
 * (a longer one would be refused for good).
 */
export function answerText(asker: Pick<Asker, 'lang' | 'text'>, answer: string): string {
  const compose = (question: string) => localize(messages(asker.lang).desk.answerToInvestor(question, answer), asker.lang);
  const room = TELEGRAM_TEXT_LIMIT - compose('').length;
  // Converting to traditional characters may change the length slightly: keep a small margin.
  return compose(clipQuote(asker.text, Math.min(QUOTE_MAX, Math.max(MIN_QUOTE, room - 16))));
}

/**
 * Sends as a reply to the investor's own question; if that message is gone (deleted), Telegram
 * refuses the reply, so the answer goes out as a plain message instead (it quotes the question).
 */
async function sendWithReply(messenger: Messenger, chatId: number, text: string, replyTo: number | null): Promise<void> {
  if (replyTo === null) {
    await messenger.send(chatId, text);
    return;
  }
  try {
    await messenger.send(chatId, text, { replyToMessageId: replyTo });
  } catch (err) {
    if (!(err instanceof TelegramApiError && err.code === 400 && /repl/i.test(err.description))) throw err;
    await messenger.send(chatId, text);
  }
}
