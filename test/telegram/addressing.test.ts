import type { Message } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import { addressing } from '../../src/telegram/addressing.js';

const me = { id: 666, username: 'KazuoBot' };
const msg = (text: string, extra: Record<string, unknown> = {}) =>
  ({ message_id: 1, date: 0, chat: { id: -1, type: 'group', title: 'g' }, text, ...extra }) as unknown as Message;

describe('whether a message is for the bot', () => {
  it('in a private chat, always', () => {
    expect(addressing(msg('施工许可要多久'), 'private', me)).toEqual({ addressed: true, text: '施工许可要多久' });
  });

  it('in a group, not when nobody mentions it', () => {
    expect(addressing(msg('施工许可要多久'), 'group', me).addressed).toBe(false);
    expect(addressing(msg('ask @KazuoBotFan'), 'supergroup', me).addressed).toBe(false);
  });

  it('in a group, when mentioned; the mention is removed from the question', () => {
    expect(addressing(msg('@kazuobot 施工许可要多久'), 'group', me)).toEqual({ addressed: true, text: '施工许可要多久' });
    expect(addressing(msg('请问 @KazuoBot，施工许可要多久'), 'group', me)).toEqual({ addressed: true, text: '请问，施工许可要多久' });
  });

  it('keeps the line breaks of a multi-line message, tidying only the spaces the mention leaves', () => {
    expect(addressing(msg('@KazuoBot  材料如下：\n1. 申请表 \n2.  营业执照\n\n谢谢'), 'group', me)).toEqual({
      addressed: true,
      text: '材料如下：\n1. 申请表\n2. 营业执照\n\n谢谢',
    });
  });

  it('in a group, when mentioned by a text_mention entity', () => {
    const m = msg('Kazuo 要多久', { entities: [{ type: 'text_mention', offset: 0, length: 5, user: { id: 666, is_bot: true, first_name: 'K' } }] });
    expect(addressing(m, 'group', me).addressed).toBe(true);
  });

  it('in a group, when replying to the bot', () => {
    const m = msg('那材料呢？', { reply_to_message: { message_id: 2, date: 0, chat: { id: -1, type: 'group' }, from: { id: 666, is_bot: true, first_name: 'K' } } });
    expect(addressing(m, 'group', me)).toEqual({ addressed: true, text: '那材料呢？' });
  });

  it('in a group, for its commands but not another bot’s', () => {
    expect(addressing(msg('/start'), 'group', me).addressed).toBe(true);
    expect(addressing(msg('/start@KazuoBot permits'), 'group', me)).toEqual({ addressed: true, text: '/start@KazuoBot permits' });
    expect(addressing(msg('/start@OtherBot'), 'group', me).addressed).toBe(false);
  });

  it('for a photo with a caption mentioning it', () => {
    const m = { message_id: 1, date: 0, chat: { id: -1, type: 'group' }, photo: [], caption: '@KazuoBot look' } as unknown as Message;
    expect(addressing(m, 'group', me)).toEqual({ addressed: true, text: 'look' });
  });
});
