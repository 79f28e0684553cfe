import { Composer } from 'telegraf';
import type { Broadcaster } from '../../broadcast/broadcaster.js';
import { composePolicyMessage } from '../../broadcast/compose.js';
import { refusalText, usageText } from '../../broadcast/staff-report.js';
import { localize, messages } from '../../i18n/index.js';
import type { ReplyLang } from '../../text/language.js';
import type { BotContext, BotDeps, Feature } from '../context.js';
import { sendHtml, sendText } from '../send.js';

export interface BroadcastAdminDeps {
  readonly broadcaster: Broadcaster;
  /** Runs a broadcast pass now (the schedule's runNow, so shutdown stops it too); not awaited by the handler. */
  readonly runBroadcastPass: () => Promise<void>;
  /** STAFF_IDS: users who may broadcast from anywhere. */
  readonly staffIds: readonly number[];
  /** STAFF_CHAT_ID: anyone in the staff group may broadcast; progress and reports go there. */
  readonly staffChatId: number | null;
}

/** Button data: `bb:ok:<policy id>` confirms, `bb:no:<policy id>` cancels (ids are ≤ 48 characters). */
const DATA = /^bb:(ok|no):([a-z0-9-]+)$/;

/**
 * /broadcast <policy-id> (staff only): shows the policy as Chinese and English subscribers will see
 * it and the number of recipients, and queues it only when Confirm is tapped. The send runs in the
 * background; its progress and final report (sent, failed, blocked) go to the staff group through
 * the broadcaster's observer.
 */
export const broadcastAdminFeature: Feature<BotDeps & BroadcastAdminDeps> = (deps) => {
  const c = new Composer<BotContext>();
  const isStaff = (ctx: BotContext) =>
    (ctx.from !== undefined && deps.staffIds.includes(ctx.from.id)) ||
    (deps.staffChatId !== null && ctx.chat?.id === deps.staffChatId);
  const t = (lang: ReplyLang) => messages(lang).broadcast;

  c.command('broadcast', async (ctx) => {
    const lang = ctx.lang;
    if (!isStaff(ctx)) {
      await sendText(ctx, localize(t(lang).staffOnly, lang));
      return;
    }
    const id = ctx.payload.trim().toLowerCase();
    const check = await deps.broadcaster.check(id);
    if (!id) {
      await sendText(ctx, usageText(check.kind === 'unknown' ? check.known : [], lang));
      return;
    }
    const refusal = refusalText(check, lang);
    if (refusal !== null || check.kind !== 'ready') {
      await sendText(ctx, refusal ?? '');
      return;
    }
    for (const previewLang of ['zh', 'en'] as const) {
      await sendText(ctx, localize(t(lang).previewLang(previewLang), lang));
      await sendHtml(ctx, composePolicyMessage(check.policy, previewLang));
    }
    await sendText(ctx, localize(t(lang).previewSummary(check.policy.id, check.recipients.length), lang), [
      [
        { text: localize(t(lang).confirmButton, lang), callbackData: `bb:ok:${check.policy.id}` },
        { text: localize(t(lang).cancelButton, lang), callbackData: `bb:no:${check.policy.id}` },
      ],
    ]);
  });

  c.action(DATA, async (ctx) => {
    const [, verb, id] = ctx.match;
    const lang = ctx.lang;
    if (!isStaff(ctx)) {
      await ctx.answerCbQuery(localize(t(lang).staffOnly, lang));
      return;
    }
    await ctx.answerCbQuery();
    if (verb === 'no') {
      await ctx.editMessageText(localize(t(lang).cancelled, lang));
      return;
    }
    const queued = await deps.broadcaster.queue(id!, `staff:${ctx.from?.id ?? ctx.chat?.id ?? 'unknown'}`);
    if (queued.kind !== 'queued') {
      await ctx.editMessageText(refusalText(queued, lang) ?? '');
      return;
    }
    deps.logger.info({ updateId: ctx.update.update_id, policyId: id, userId: ctx.from?.id, recipients: queued.record.recipients }, 'broadcast confirmed');
    await ctx.editMessageText(localize(t(lang).started(id!, queued.record.recipients), lang));
    // Not awaited: a broadcast takes minutes; errors are logged by the pass runner.
    void deps.runBroadcastPass();
  });

  return c;
};
