/**
 * When the next message may go out, under Telegram's limits: a global rate (GCRA, i.e. a token
 * bucket holding `burst` tokens refilled at `ratePerSecond`), at least `perChatIntervalMs` between
 * two messages to one chat, and a global pause after a 429 (Telegram's limit is per bot, so a
 * retry_after stops every chat). Pure: it is told the time in epoch milliseconds and never waits.
 */
export interface PacerOptions {
  readonly ratePerSecond: number;
  readonly perChatIntervalMs: number;
  /**
   * Messages that may go back to back after an idle spell. A few absorb timer jitter so that the
   * achieved rate matches the target; over any second at most ratePerSecond + burst are sent.
   */
  readonly burst: number;
}

export const DEFAULT_PACER: PacerOptions = Object.freeze({ ratePerSecond: 25, perChatIntervalMs: 1000, burst: 3 });

export class SendPacer {
  readonly options: PacerOptions;
  private readonly intervalMs: number;
  private readonly toleranceMs: number;
  /** GCRA's theoretical arrival time of the next message. */
  private tat = Number.NEGATIVE_INFINITY;
  private pausedUntilMs = Number.NEGATIVE_INFINITY;
  private readonly chatNext = new Map<number, number>();

  constructor(options: Partial<PacerOptions> = {}) {
    this.options = { ...DEFAULT_PACER, ...options };
    if (!(this.options.ratePerSecond > 0)) throw new RangeError('ratePerSecond must be positive');
    this.intervalMs = 1000 / this.options.ratePerSecond;
    this.toleranceMs = this.intervalMs * Math.max(0, this.options.burst - 1);
  }

  /** The earliest instant ≥ now at which the global budget allows one more message. */
  globalReadyAt(now: number): number {
    return Math.max(now, this.pausedUntilMs, this.tat - this.toleranceMs);
  }

  /** The earliest instant ≥ now at which `chatId` may receive another message. */
  chatReadyAt(chatId: number, now: number): number {
    return Math.max(now, this.chatNext.get(chatId) ?? Number.NEGATIVE_INFINITY);
  }

  readyAt(chatId: number, now: number): number {
    return Math.max(this.globalReadyAt(now), this.chatReadyAt(chatId, now));
  }

  /** Records a message to `chatId` at `at` (which must be ≥ readyAt): the slot is spent even if the call fails. */
  book(chatId: number, at: number): void {
    this.tat = Math.max(this.tat, at) + this.intervalMs;
    this.chatNext.set(chatId, at + this.options.perChatIntervalMs);
  }

  /**
   * Records that the request to `chatId` actually left at `at` (it may leave later than booked: a
   * slow commit, a busy event loop), so the chat's next message keeps its full spacing.
   */
  departed(chatId: number, at: number): void {
    this.chatNext.set(chatId, Math.max(this.chatNext.get(chatId) ?? at, at + this.options.perChatIntervalMs));
  }

  /** After a 429: nobody is sent anything before `until`. */
  pause(until: number): void {
    this.pausedUntilMs = Math.max(this.pausedUntilMs, until);
  }

  pausedUntil(): number {
    return this.pausedUntilMs;
  }

  /** Forgets chats whose spacing has passed, so memory stays bounded over long runs. */
  prune(now: number): void {
    for (const [chat, next] of this.chatNext) if (next <= now) this.chatNext.delete(chat);
  }
}

/**
 * Of the candidates (queue order), the one that can go soonest and when; ties go to the earlier in
 * the queue. Null when there are none.
 */
export function pickNext(
  candidates: readonly { readonly chatId: number; readonly notBefore: Date }[],
  pacer: SendPacer,
  now: number,
): { index: number; at: number } | null {
  const floor = pacer.globalReadyAt(now);
  let best: { index: number; at: number } | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const at = Math.max(floor, pacer.chatReadyAt(c.chatId, now), c.notBefore.getTime());
    if (!best || at < best.at) best = { index: i, at };
    if (at === floor) break;
  }
  return best;
}
