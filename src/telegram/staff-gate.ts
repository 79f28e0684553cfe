import type { Logger } from '../core/logger.js';
import type { StaffRef } from '../followup/types.js';
import { displayName, type BotContext } from './context.js';
import { sendText } from './send.js';

const MEMBER = new Set(['creator', 'administrator', 'member']);

export interface StaffGateDeps {
  /** STAFF_IDS: users who are staff wherever they write. */
  readonly staffIds: readonly number[];
  /** STAFF_CHAT_ID: its members are staff too; null when there is no staff group. */
  readonly staffChatId: number | string | null;
  /** Records a refused attempt (the desk's audit log, which also logs it). */
  readonly refuse: (actor: StaffRef, action: string, detail: string | null) => Promise<void>;
  readonly logger: Logger;
}

/** What the person is told, chosen by the feature (its own catalogue and language). */
export interface StaffGateTexts {
  /** To someone who is not staff. */
  readonly refused: (ctx: BotContext) => string;
  /** To staff writing in a chat other than the staff group or a private chat. */
  readonly wrongChat: (ctx: BotContext) => string;
}

export interface StaffGate {
  /** Whether this update comes from the staff group. */
  inStaffChat(ctx: BotContext): boolean;
  /** Staff: listed in STAFF_IDS, writing in the staff group, or a member of it (asked of Telegram). */
  isStaff(ctx: BotContext): Promise<boolean>;
  /**
   * Wraps a staff command, button or reply: runs `action` only for staff and only in the staff
   * group or a private chat (staff views hold investors' names and questions, subscriber counts…).
   * Staff elsewhere are told where to use it; anyone else is refused, and the attempt (`name` and
   * the text or button data) is recorded.
   */
  only(name: string, texts: StaffGateTexts, action: (ctx: BotContext, staff: StaffRef) => Promise<void>): (ctx: BotContext) => Promise<void>;
}

/** The one staff check of the bot, shared by the follow-up desk and /broadcast. */
export function staffGate(deps: StaffGateDeps): StaffGate {
  const { staffChatId } = deps;
  const inStaffChat = (ctx: BotContext) => staffChatId !== null && String(ctx.chat?.id) === String(staffChatId);
  const actor = (ctx: BotContext): StaffRef => ({ id: ctx.from?.id ?? 0, name: displayName(ctx) });

  async function isStaff(ctx: BotContext): Promise<boolean> {
    const userId = ctx.from?.id;
    if (userId === undefined) return false;
    if (deps.staffIds.includes(userId) || inStaffChat(ctx)) return true;
    if (staffChatId === null) return false;
    try {
      return MEMBER.has((await ctx.telegram.getChatMember(staffChatId, userId)).status);
    } catch (err) {
      deps.logger.debug({ err, userId, updateId: ctx.update.update_id }, 'staff membership check failed; not staff');
      return false;
    }
  }

  const tell = async (ctx: BotContext, text: string) => {
    if (ctx.callbackQuery) await ctx.answerCbQuery(text);
    else await sendText(ctx, text);
  };

  return {
    inStaffChat,
    isStaff,
    only: (name, texts, action) => async (ctx) => {
      if (await isStaff(ctx)) {
        if (ctx.chat?.type === 'private' || inStaffChat(ctx)) return action(ctx, actor(ctx));
        await tell(ctx, texts.wrongChat(ctx));
        return;
      }
      const text = ctx.message && 'text' in ctx.message ? ctx.message.text : ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : null;
      await deps.refuse(actor(ctx), name, text);
      await tell(ctx, texts.refused(ctx));
    },
  };
}
