import { Context, type Middleware } from 'telegraf';
import type { Assistant } from '../answer/assistant.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { UnresolvedRecorder } from '../followup/unresolved.js';
import { localize, messages } from '../i18n/index.js';
import type { PreferenceStore } from '../store/preferences.js';
import type { ReplyLang } from '../text/language.js';
import type { AnswerMemory } from './answer-memory.js';

/**
 * telegraf's context plus what the bot's own middleware works out once per update: the reply
 * language and, for text addressed to the bot, the question (with any @mention removed).
 */
export class BotContext extends Context {
  /** Set by the language middleware before any feature runs. */
  lang: ReplyLang = 'zh';
  /** Text addressed to the bot (group @mention removed); undefined for non-text updates. */
  question: string | undefined = undefined;

  /** The bot's texts in this update's language (simplified for zh-Hant: pass results through `tr`). */
  get texts() {
    return messages(this.lang).bot;
  }

  /** The final step for a catalogue text: traditional characters for zh-Hant readers. */
  tr(text: string, lang: ReplyLang = this.lang): string {
    return localize(text, lang);
  }
}

/**
 * Everything the bot needs from outside, given by the composition root. Open to extension: a
 * feature that needs more (the staff desk, subscriptions) declares `BotDeps & { desk: … }` and
 * createBot is called with the wider object.
 */
export interface BotDeps {
  /** The assistant over the current knowledge; called per update so that a reload is picked up. */
  readonly assistant: () => Assistant;
  readonly preferences: PreferenceStore;
  /** Where questions for staff go (the follow-up desk, or the log until it exists). */
  readonly unresolved: UnresolvedRecorder;
  readonly logger: Logger;
  readonly clock?: Clock;
}

/** What createBot adds to the deps for its features. */
export interface BotServices {
  readonly clock: Clock;
  /** Recent answers by message, so 👎 can hand the original question to staff. */
  readonly answers: AnswerMemory;
}

/**
 * A feature: given the deps, the middleware (usually a Composer) that handles its commands,
 * callbacks or messages. Features run in list order; a feature that does not handle an update
 * calls `next()`.
 */
export type Feature<D extends BotDeps = BotDeps> = (deps: D & BotServices) => Middleware<BotContext>;

/** The name the staff desk sees for an investor: first and last name, or @username, or the id. */
export function displayName(ctx: Context): string {
  const from = ctx.from;
  if (!from) return 'unknown';
  const name = [from.first_name, from.last_name].filter(Boolean).join(' ').trim();
  return name || (from.username ? `@${from.username}` : String(from.id));
}
