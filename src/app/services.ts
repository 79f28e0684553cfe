/**
 * Builds every long-lived piece of the application from the configuration: knowledge, calendar and
 * policies (each following its folder), the follow-up desk, the broadcaster and the bot's deps and
 * features. Starts nothing that talks to Telegram: main.ts decides how the bot runs and which jobs
 * start. Used by main.ts only.
 */
import { join } from 'node:path';
import { Telegram } from 'telegraf';
import { createBroadcaster, type Broadcaster } from '../broadcast/broadcaster.js';
import { isLeaseHolderDead, processLeaseHolder } from '../broadcast/lease-holder.js';
import { createLivePolicies, type LivePolicies } from '../broadcast/live-policies.js';
import { SendPacer } from '../broadcast/pacer.js';
import type { BroadcastSchedule } from '../broadcast/schedule.js';
import { sqliteDeliveryStore } from '../broadcast/sqlite-delivery-store.js';
import { sqliteSubscriptionStore } from '../broadcast/sqlite-subscription-store.js';
import { staffGroupObserver } from '../broadcast/staff-observer.js';
import { stageLimitsFrom } from '../calendar/deadline.js';
import { createLiveCalendar, type LiveCalendar } from '../calendar/live-calendar.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { Config } from '../config.js';
import { createFollowupDesk, type FollowupDesk } from '../followup/desk.js';
import { fileDraftInbox } from '../followup/draft-inbox.js';
import { noMessenger } from '../followup/no-messenger.js';
import { createLiveKnowledge, type LiveKnowledge } from '../knowledge/live-knowledge.js';
import { INBOX_DIR } from '../knowledge/load.js';
import type { IndexingHelper } from '../search/build-share.js';
import type { Db } from '../store/database.js';
import { sqliteFollowupStore } from '../store/followup-store.js';
import { sqlitePreferences } from '../store/preferences.js';
import type { BotDeps, Feature } from '../telegram/context.js';
import { broadcastAdminFeature, type BroadcastAdminDeps } from '../telegram/features/broadcast-admin.js';
import { deadlineFeature, type DeadlineDeps } from '../telegram/features/deadline.js';
import type { LangDeps } from '../telegram/features/lang.js';
import { staffDeskFeature, type StaffDeskDeps } from '../telegram/features/staff-desk.js';
import { subscriptionsFeature, type SubscriptionDeps } from '../telegram/features/subscriptions.js';
import type { Messenger } from '../core/messenger.js';
import { telegrafMessenger } from '../telegram/telegraf-messenger.js';

export type AppDeps = BotDeps & LangDeps & StaffDeskDeps & SubscriptionDeps & BroadcastAdminDeps & DeadlineDeps;

export interface App {
  readonly knowledge: LiveKnowledge;
  readonly calendar: LiveCalendar;
  readonly policies: LivePolicies;
  readonly desk: FollowupDesk;
  readonly broadcaster: Broadcaster;
  /** Sends outside an update (desk deliveries, broadcasts, reminders); a refusing stand-in without a token. */
  readonly messenger: Messenger;
  readonly deps: AppDeps;
  /**
   * The extra bot features, in order: staff and broadcast commands first (a staff reply that
   * contains a date is the desk's), then subscriptions, then deadline questions before free text.
   */
  readonly features: readonly Feature<AppDeps>[];
  /** Set by main.ts once the broadcast job runs, so /broadcast's Confirm starts a pass through it. */
  attachBroadcastSchedule(schedule: BroadcastSchedule): void;
  /**
   * Waits for staff answers still being delivered in the background (an answer cut off here would be
   * sent again after a restart), then stops the folder watchers and timers. The database is
   * main.ts's to close, after this.
   */
  close(): Promise<void>;
}

/** `indexingHelper` shares the knowledge's index builds when it is large (main.ts starts one). */
export async function buildApp(config: Config, logger: Logger, db: Db, clock: Clock, indexingHelper?: IndexingHelper): Promise<App> {
  const policies = createLivePolicies(join(config.knowledgeDir, 'policies'), clock, logger, config.timeZone);
  const knowledge = createLiveKnowledge(config.knowledgeDir, {
    logger,
    watch: true,
    extraEntries: () => policies.entries(),
    ...(indexingHelper ? { indexingHelper } : {}),
  });
  const stopPolicyTimer = policies.onScheduleChange(() => knowledge.reload());
  const calendar = await createLiveCalendar(join(config.knowledgeDir, 'calendar'), { logger, watch: true });

  const messenger: Messenger = config.botToken
    ? telegrafMessenger(new Telegram(config.botToken, { apiRoot: config.telegramApiRoot }))
    : noMessenger();
  const desk = createFollowupDesk({
    store: sqliteFollowupStore(db),
    messenger,
    staffChatId: config.botToken ? config.staffChatId : null,
    clock,
    logger,
    inbox: fileDraftInbox(join(config.knowledgeDir, INBOX_DIR)),
    entryCategory: (id) => knowledge.current().entry(id)?.category,
    timeZone: config.timeZone,
  });
  const subscriptions = sqliteSubscriptionStore(db);
  const deliveries = sqliteDeliveryStore(db);
  const broadcaster = createBroadcaster({
    deliveries,
    subscriptions,
    messenger,
    logger,
    clock,
    pacer: new SendPacer({ ratePerSecond: config.broadcastRate }),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    policies: () => policies.current(),
    holder: processLeaseHolder(),
    isHolderDead: isLeaseHolderDead,
    timeZone: config.timeZone,
    ...(config.staffChatId !== null ? { observer: staffGroupObserver(messenger, config.staffChatId, 'zh', logger) } : {}),
  });

  let schedule: BroadcastSchedule | undefined;
  const deps: AppDeps = {
    assistant: () => knowledge.current(),
    preferences: sqlitePreferences(db),
    unresolved: desk,
    logger,
    clock,
    desk,
    staffIds: config.staffIds,
    staffChatId: config.staffChatId,
    subscriptions,
    deliveries,
    // /lang also switches the language of the chat's broadcasts (a no-op when it has no subscription).
    onLangChosen: (chatId, lang) => subscriptions.setLang(chatId, lang),
    broadcaster,
    runBroadcastPass: () => schedule?.runNow() ?? Promise.resolve(),
    workCalendar: () => calendar.current(),
    stageLimits: () => stageLimitsFrom(knowledge.current().entries()),
    timeZone: config.timeZone,
  };
  const features: Feature<AppDeps>[] = [staffDeskFeature, broadcastAdminFeature, subscriptionsFeature, deadlineFeature];

  return {
    knowledge,
    calendar,
    policies,
    desk,
    broadcaster,
    messenger,
    deps,
    features,
    attachBroadcastSchedule: (s) => {
      schedule = s;
    },
    async close() {
      await desk.settled();
      stopPolicyTimer();
      calendar.close();
      knowledge.close();
    },
  };
}
