import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { createFollowupDesk } from '../../src/followup/desk.js';
import type { DraftInbox } from '../../src/followup/draft-inbox.js';
import { memoryFollowupStore } from '../../src/followup/memory-store.js';
import { parse } from 'yaml';
import { fakeMessenger, manualClock, question, STAFF_CHAT, staff } from './fixtures.js';

const inChat = { inStaffChat: true, via: 'command' } as const;
const DAY = 86_400_000;

function setup(staffLang: 'zh' | 'en' = 'zh') {
  const store = memoryFollowupStore();
  const messenger = fakeMessenger();
  const clock = manualClock('2026-03-02T02:00:00Z');
  const saved: { name: string; content: string }[] = [];
  const inbox: DraftInbox = { save: async (name, content) => (saved.push({ name, content }), `knowledge/inbox/${name}`) };
  const desk = createFollowupDesk({
    store, messenger, clock, logger: silentLogger, staffChatId: STAFF_CHAT, staffLang, inbox, pageSize: 5,
    entryCategory: (id) => (id === 'incentives-overview' ? 'incentives' : undefined), sleep: async () => {},
  });
  /** n distinct questions, one hour apart. */
  const ask = async (n: number) => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      clock.advance(3_600_000);
      ids.push((await desk.recordQuestion(question({ text: `问题编号${i}：能不能办理第${i}类许可`, askedAt: clock() }))).item.id);
    }
    return ids;
  };
  return { store, messenger, clock, saved, desk, ask };
}

describe('staff views of the desk', () => {
  it('pages open questions oldest first, with previous/next buttons, clamping the page', async () => {
    const { desk, ask } = setup();
    const ids = await ask(12);
    const first = await desk.pending(1, staff);
    expect(first).toMatchObject({ page: 1, pages: 3 });
    expect(first.text).toContain('共 12 个，第 1/3 页');
    expect(first.text.indexOf(`#${ids[0]}`)).toBeLessThan(first.text.indexOf(`#${ids[1]}`));
    expect(first.buttons[0]!.map((b) => b.callbackData)).toEqual(['desk:page:2']);
    const last = await desk.pending(99, staff);
    expect(last.page).toBe(3);
    expect(last.text).toContain(`#${ids[11]}`);
    expect(last.buttons[0]!.map((b) => b.callbackData)).toEqual(['desk:page:2']);
  });

  it('says so when nothing is open', async () => {
    const { desk } = setup('en');
    expect((await desk.pending(1, staff)).text).toBe('🎉 No open questions.');
  });

  it('shows statistics: counts, answer rate, median time to answer and top unanswered topics', async () => {
    const { desk, ask, clock } = setup('en');
    const [a, b] = await ask(3);
    clock.advance(2 * 3_600_000);
    await desk.answer(a!, 'answer', staff, inChat);
    await desk.dismiss(b!, staff, null, inChat);
    const { stats, text } = await desk.stats(staff);
    expect(stats).toMatchObject({ open: 1, answered: 1, dismissed: 1, medianAnswerMs: 4 * 3_600_000 });
    expect(text).toContain('Answer rate: 33%');
    expect(text).toContain('Median time to answer: 4h 0min');
    expect(text).toContain('• incentives-overview: 1 question, asked 1 time');
  });

  it('shows the nearest entries of an item', async () => {
    const { desk, ask } = setup('en');
    const [id] = await ask(1);
    expect(await desk.nearest(id!, staff)).toBe(`Nearest entries for question #${id} (higher is closer):\n• incentives-overview (2.50)`);
    expect(await desk.nearest(999, staff)).toBeNull();
  });

  it('exports every item as CSV', async () => {
    const { desk, ask } = setup();
    await ask(2);
    const { csv, count } = await desk.exportCsv(staff);
    expect(count).toBe(2);
    expect(csv.startsWith('\uFEFFid,status,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('posts a daily digest of what is open and for how long', async () => {
    const { desk, ask, clock, messenger } = setup();
    const [id] = await ask(2);
    clock.advance(3 * DAY);
    const text = await desk.sendDigest();
    expect(text).toContain('每日待办：2 个问题等待答复');
    expect(text).toContain(`#${id} 已等 3天1小时（问了 1 次）`);
    expect(messenger.to(STAFF_CHAT).at(-1)!.text).toBe(text);
  });

  it('promotes an answered item to a draft entry dated in the county time zone', async () => {
    const { desk, ask, clock, saved } = setup();
    const [id] = await ask(1);
    expect(await desk.promote(id!, staff)).toMatchObject({ kind: 'not-answered' });
    await desk.answer(id!, '可以，在县政务服务中心办理。', staff, inChat);
    clock.set('2026-03-04T17:30:00Z'); // 01:30 on 5 March in Asia/Shanghai
    expect(await desk.promote(id!, staff)).toMatchObject({ kind: 'promoted', path: `knowledge/inbox/followup-${id}.yaml` });
    const doc = parse(saved[0]!.content) as { category: string; entries: Record<string, unknown>[] };
    expect(doc.category).toBe('incentives');
    expect(doc.entries[0]).toMatchObject({
      id: `followup-${id}`,
      answer: { zh: '可以，在县政务服务中心办理。', en: '' },
      verified: '2026-03-05',
    });
    expect(String(doc.entries[0]!.source)).toContain(`staff answer on 2026-03-05, follow-up question #${id}`);
    expect(await desk.promote(999, staff)).toEqual({ kind: 'not-found', itemId: 999 });
  });

  it('applies retention: personal fields of long-closed items go, the question stays', async () => {
    const { desk, ask, clock, store } = setup();
    const [old, recent] = await ask(2);
    await desk.answer(old!, '答复', staff, inChat);
    await desk.refuse({ id: 4242, name: 'Stranger' }, 'stats', null);
    clock.advance(100 * DAY);
    await desk.answer(recent!, '答复', staff, inChat);
    clock.advance(100 * DAY);
    expect(await desk.applyRetention(180)).toEqual({ items: 1, refusedAttempts: 1 });
    const [gone] = await store.askers(old!);
    expect([gone!.displayName, gone!.userId, gone!.chatId]).toEqual([null, null, null]);
    expect(gone!.text).toContain('问题编号0');
    expect((await store.getItem(old!))!.anonymizedAt).toEqual(clock());
    expect((await store.askers(recent!))[0]!.displayName).toBe('Zhang San');
    expect((await store.listAudit(1))[0]).toMatchObject({ action: 'retention', actor: null });
  });
});
