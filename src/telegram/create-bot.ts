import { Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import { systemClock } from '../core/clock.js';
import { boundedAnswerMemory } from './answer-memory.js';
import { BotContext, type BotDeps, type BotServices, type Feature } from './context.js';
import { askFeature } from './features/ask.js';
import { browseFeature } from './features/browse.js';
import { installErrorHandler } from './features/error-handler.js';
import { fallbackFeature } from './features/fallback.js';
import { feedbackFeature } from './features/feedback.js';
import { groupFilter } from './features/group-filter.js';
import { langFeature } from './features/lang.js';
import { languageMiddleware } from './features/language.js';
import { nonTextFeature } from './features/non-text.js';
import { rateLimit } from './features/rate-limit.js';
import { startFeature } from './features/start.js';
import { updateLogger } from './features/update-logger.js';
import { slidingWindowLimiter } from './rate-limiter.js';

export interface CreateBotOptions<D extends BotDeps = BotDeps> {
  /** Bot API server (self-hosted, or a local emulator in tests); default Telegram's own. */
  readonly apiRoot?: string;
  /** The bot's own user; given, telegraf never calls getMe (tests, and webhook start-up). */
  readonly botInfo?: UserFromGetMe;
  /** Messages per user per minute before "slow down" (RATE_LIMIT_PER_MINUTE); default 20. */
  readonly rateLimitPerMinute?: number;
  /**
   * More features (staff desk commands, /subscribe, the deadline calculator). They run after the
   * built-in commands and buttons and before the free-text answer, so their commands and buttons
   * are seen first; a feature passes on what it does not handle with `next()`.
   */
  readonly features?: readonly Feature<D>[];
  /** How long one update may take before it is abandoned as failed; default 30 s. */
  readonly handlerTimeoutMs?: number;
}

/** Commands and buttons every deployment has, in the order they see an update. */
export const CORE_FEATURES: readonly Feature[] = [startFeature, langFeature, browseFeature, feedbackFeature];
/** The catch-alls: free-text questions, non-text hints, then unknown commands and stale buttons. */
export const CATCH_ALL_FEATURES: readonly Feature[] = [askFeature, nonTextFeature, fallbackFeature];

/**
 * Builds the investors' Telegram bot. Starts nothing: main.ts (or a test) decides between polling,
 * webhook (`bot.handleUpdate`) and the terminal chat. Every update passes, in order: error handler,
 * logging, group filter (groups: only when spoken to), language, rate limit, then the features.
 */
export function createBot<D extends BotDeps>(token: string, deps: D, options: CreateBotOptions<D> = {}): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(token, {
    contextType: BotContext,
    handlerTimeout: options.handlerTimeoutMs ?? 30_000,
    ...(options.apiRoot ? { telegram: { apiRoot: options.apiRoot } } : {}),
  });
  if (options.botInfo) bot.botInfo = options.botInfo;

  const clock = deps.clock ?? systemClock;
  const services: BotServices = { clock, answers: boundedAnswerMemory() };
  const all: D & BotServices = { ...deps, ...services };

  installErrorHandler(bot, deps.logger);
  bot.use(updateLogger(deps.logger, clock));
  bot.use(groupFilter());
  bot.use(languageMiddleware(deps.preferences, deps.logger));
  bot.use(rateLimit(slidingWindowLimiter(options.rateLimitPerMinute ?? 20, clock), deps.logger));
  const features: readonly Feature<D>[] = [...CORE_FEATURES, ...(options.features ?? []), ...CATCH_ALL_FEATURES];
  for (const feature of features) bot.use(feature(all));
  return bot;
}
