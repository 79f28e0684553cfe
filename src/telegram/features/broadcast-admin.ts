import { Composer } from 'telegraf';
import type { Broadcaster } from '../../broadcast/broadcaster.js';
import { composePolicyMessage } from '../../broadcast/compose.js';
import { refusalText, usageText } from '../../broadcast/staff-report.js';
import type { DeskQueries } from '../../followup/desk-queries.js';
import { localize, messages } from '../../i18n/index.js';
import type { ReplyLang } from '../../text/language.js';
import type { BotContext, BotDeps, Feature } from '../context.js';
import { sendHtml, sendText } from '../send.js';
import { staffGate, type StaffGateTexts } from '../staff-gate.js';

export interface BroadcastAdminDeps {
  readonly broadcaster: Broadcaster;
  /** Runs a broadcast pass now (the schedule's runNow, so shutdown stops it too); not awaited by the handler. */
  readonly runBroadcastPass: () => Promise<void>;
  /** STAFF_IDS: users who are staff (see staff-gate.ts). */
  readonly staffIds: readonly number[];
  /** STAFF_CHAT_ID: its members are staff too; progress and reports go there. */
  readonly staffChatId: number | null;
  /** The follow-up desk: refused attempts go into its audit log, with the desk's own. */
  readonly desk: Pick<DeskQueries, 'refuse'> & { readonly texts: { readonly wrongChat: string } };
  /** TZ: dates in previews and refusals are shown in it (default Asia/Shanghai). */
  readonly timeZone?: string;
}

/** Button data: `bb:ok:<policy id>` confirms, `bb:no:<policy id>` cancels (ids are ≤ 48 characters). */
const DATA = /^bb:(ok|no):([a-z0-9-]+)$/;

/**
 * /broadcast <policy-id> (staff only, in the staff group or a private chat, like the desk's commands:
 * see staff-gate.ts): shows the policy as Chinese and English subscribers will see it and the number
 * of recipients, and queues it only when Confirm is tapped. The send runs in the background; its
 * progress and final report (sent, failed, blocked) go to the staff group through the broadcaster's
 * observer. Refused attempts are recorded in the desk's audit log.
 */
export const broadcastAdminFeature: Feature<BotDeps & BroadcastAdminDeps> = (deps) => {
  const c = new Composer<BotContext>();
  const t = (lang: ReplyLang) => messages(lang).broadcast;
  const { desk } = deps;
  const gate = staffGate({
    staffIds: deps.staffIds,
    staffChatId: deps.staffChatId,
    refuse: (actor, action, detail) => desk.refuse(actor, action, detail),
    logger: deps.logger,
  });
  const texts: StaffGateTexts = { refused: (ctx) => localize(t(ctx.lang).staffOnly, ctx.lang), wrongChat: () => desk.texts.wrongChat };

  c.command('broadcast', (ctx) => gate.only('broadcast', texts, () => preview(ctx, ctx.payload))(ctx));
  c.action(DATA, (ctx) => gate.only('broadcast', texts, () => confirm(ctx, ctx.match[1]!, ctx.match[2]!))(ctx));

  /** /broadcast <policy-id> from staff: usage, a refusal, or the previews with Confirm / Cancel. */
  async function preview(ctx: BotContext, payload: string): Promise<void> {
    const lang = ctx.lang;
    const id = payload.trim().toLowerCase();
    const check = await deps.broadcaster.check(id);
    if (!id) {
      await sendText(ctx, usageText(check.kind === 'unknown' ? check.known : [], lang));
      return;
    }
    const refusal = refusalText(check, lang, deps.timeZone);
    if (refusal !== null || check.kind !== 'ready') {
      await sendText(ctx, refusal ?? '');
      return;
    }
    for (const previewLang of ['zh', 'en'] as const) {
      await sendText(ctx, localize(t(lang).previewLang(previewLang), lang));
      await sendHtml(ctx, composePolicyMessage(check.policy, previewLang, deps.timeZone));
    }
    await sendText(ctx, localize(t(lang).previewSummary(check.policy.id, check.recipients.length), lang), [
      [
        { text: localize(t(lang).confirmButton, lang), callbackData: `bb:ok:${check.policy.id}` },
        { text: localize(t(lang).cancelButton, lang), callbackData: `bb:no:${check.policy.id}` },
      ],
    ]);
  }

  /** Confirm or Cancel under a preview, tapped by staff. */
  async function confirm(ctx: BotContext, verb: string, id: string): Promise<void> {
    const lang = ctx.lang;
    await ctx.answerCbQuery();
    if (verb === 'no') {
      await ctx.editMessageText(localize(t(lang).cancelled, lang));
      return;
    }
    const queued = await deps.broadcaster.queue(id, `staff:${ctx.from?.id ?? ctx.chat?.id ?? 'unknown'}`);
    if (queued.kind !== 'queued') {
      await ctx.editMessageText(refusalText(queued, lang, deps.timeZone) ?? '');
      return;
    }
    deps.logger.info({ updateId: ctx.update.update_id, policyId: id, userId: ctx.from?.id, recipients: queued.record.recipients }, 'broadcast confirmed');
    await ctx.editMessageText(localize(t(lang).started(id, queued.record.recipients), lang));
    // Not awaited: a broadcast takes minutes; errors are logged by the pass runner.
    void deps.runBroadcastPass();
  }

  return c;
};
