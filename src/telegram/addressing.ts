import { escapeRegExp } from '../core/escape-regexp.js';
import type { Message, MessageEntity } from 'telegraf/types';

export interface BotIdentity {
  readonly id: number;
  readonly username: string;
}

/** Whether a group message is meant for the bot, and the question left once the @mention is removed. */
export interface Addressing {
  readonly addressed: boolean;
  /** The text without `@botname` (text messages only). */
  readonly text?: string;
}

function entitiesOf(message: Message): readonly MessageEntity[] {
  if ('entities' in message && message.entities) return message.entities;
  if ('caption_entities' in message && message.caption_entities) return message.caption_entities;
  return [];
}

function textOf(message: Message): string | undefined {
  if ('text' in message && typeof message.text === 'string') return message.text;
  if ('caption' in message && typeof message.caption === 'string') return message.caption;
  return undefined;
}

const COMMAND = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?(\s|$)/;

/** True when the text is a bot command (`/start`, `/start@kazuo_bot payload`), not a question. */
export function isCommand(text: string): boolean {
  return COMMAND.test(text);
}

/**
 * In a group the bot speaks only when spoken to: a command (for this bot, when it names one),
 * an @mention of the bot (entity or plain text), a `text_mention` of it, or a reply to its message.
 * In private chats every message is addressed to it.
 */
export function addressing(message: Message, chatType: string, me: BotIdentity): Addressing {
  const text = textOf(message);
  if (chatType === 'private') return { addressed: true, ...(text !== undefined ? { text } : {}) };

  const mention = new RegExp(`(^|[^\\w])@${escapeRegExp(me.username)}(?![\\w])`, 'gi');
  const entities = entitiesOf(message);
  const command = text !== undefined ? /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text) : null;

  if (command) {
    const target = command[1];
    const forUs = target === undefined || target.toLowerCase() === me.username.toLowerCase();
    return forUs ? { addressed: true, text: text! } : { addressed: false };
  }

  const mentioned =
    (text !== undefined && mention.test(text)) ||
    entities.some((e) => e.type === 'text_mention' && e.user.id === me.id);
  const repliedTo = 'reply_to_message' in message && message.reply_to_message?.from?.id === me.id;
  if (!mentioned && !repliedTo) return { addressed: false };

  return { addressed: true, ...(text !== undefined ? { text: withoutMention(text, mention) } : {}) };
}

/**
 * The text with the @mention taken out and the spaces it leaves tidied. Line breaks stay: a staff
 * reply in the group is the answer investors receive, and its paragraphs and lists must survive.
 */
function withoutMention(text: string, mention: RegExp): string {
  return text
    .replace(mention, '$1')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/ ([，,。？?！!])/g, '$1')
    .trim();
}
