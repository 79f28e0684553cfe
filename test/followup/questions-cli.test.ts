import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { createFollowupDesk } from '../../src/followup/desk.js';
import { memoryFollowupStore } from '../../src/followup/memory-store.js';
import { runQuestions } from '../../src/followup/questions-cli.js';
import { fakeMessenger, manualClock, question, STAFF_CHAT } from './fixtures.js';

function setup(canDeliver: boolean) {
  const store = memoryFollowupStore();
  const messenger = fakeMessenger();
  const clock = manualClock('2026-03-02T02:00:00Z');
  const desk = createFollowupDesk({ store, messenger, clock, logger: silentLogger, staffChatId: canDeliver ? STAFF_CHAT : null, staffLang: 'en' });
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const run = (...argv: string[]) =>
    runQuestions(argv, {
      desk, store, staff: { id: 0, name: 'cli:li' }, canDeliver, timeZone: 'Asia/Shanghai',
      out: (l) => out.push(l), err: (l) => err.push(l), writeFile: async (p, c) => void files.set(p, c),
    });
  return { store, messenger, desk, out, err, files, run };
}

describe('npm run questions', () => {
  it('lists items, optionally by status, with their local time', async () => {
    const { desk, run, out } = setup(false);
    const a = await desk.recordQuestion(question());
    const b = await desk.recordQuestion(question({ text: 'How do I register a company?', lang: 'en' }));
    await desk.dismiss(b.item.id, { id: 1, name: 'x' }, null, { inStaffChat: true, via: 'command' });
    expect(await run('list')).toBe(0);
    expect(out).toEqual([
      `#${a.item.id}\topen\t1x\t2026-03-02 09:00\t喀左县有没有针对新能源企业的税收优惠政策？`,
      `#${b.item.id}\tdismissed\t1x\t2026-03-02 09:00\tHow do I register a company?`,
    ]);
    out.length = 0;
    expect(await run('list', '--status', 'open')).toBe(0);
    expect(out).toHaveLength(1);
    expect(await run('list', '--status', 'closed')).toBe(2);
  });

  it('exports a CSV file', async () => {
    const { desk, run, files, out } = setup(false);
    await desk.recordQuestion(question());
    expect(await run('export', '--csv', 'out.csv')).toBe(0);
    expect(files.get('out.csv')).toMatch(/^\uFEFFid,status,/);
    expect(out).toEqual(['Exported 1 question to out.csv']);
  });

  it('without a bot token stores the answer for the bot to deliver', async () => {
    const { desk, run, out, store, messenger } = setup(false);
    const { item } = await desk.recordQuestion(question());
    expect(await run('answer', String(item.id), '可以', '申请。')).toBe(0);
    expect(out[0]).toContain('it will be delivered when the bot runs');
    expect(await store.getItem(item.id)).toMatchObject({ status: 'answered', answer: '可以 申请。', closedBy: { name: 'cli:li' } });
    expect(messenger.sent).toEqual([]);
    expect(await store.countPendingDeliveries()).toBe(1);
  });

  it('with a bot token delivers at once and tells the staff chat', async () => {
    const { desk, run, out, messenger } = setup(true);
    const { item } = await desk.recordQuestion(question());
    expect(await run('answer', String(item.id), '可以申请。')).toBe(0);
    expect(out[0]).toContain('was sent to 1 asker');
    expect(messenger.to(1001)).toHaveLength(1);
    expect(messenger.to(STAFF_CHAT).at(-1)!.text).toContain('answered by cli:li');
  });

  it('dismisses with a reason, and reports unknown or closed items', async () => {
    const { desk, run, out, err, store } = setup(false);
    const { item } = await desk.recordQuestion(question());
    expect(await run('dismiss', String(item.id), 'not', 'business')).toBe(0);
    expect(out).toEqual([`🗑 Question #${item.id} dismissed (no answer).`]);
    expect((await store.getItem(item.id))!.dismissReason).toBe('not business');
    expect(await run('dismiss', String(item.id))).toBe(1);
    expect(await run('answer', '999', 'x')).toBe(1);
    expect(err).toEqual([`Question #${item.id} is already dismissed.`, 'There is no question #999.']);
  });

  it('explains its usage on anything else', async () => {
    const { run, err } = setup(false);
    expect(await run()).toBe(2);
    expect(await run('answer', 'abc', 'text')).toBe(2);
    expect(await run('export', 'file.csv')).toBe(2);
    expect(err[0]).toContain('npm run questions -- list');
  });
});
