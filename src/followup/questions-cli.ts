import type { FollowupDesk } from './desk.js';
import { answerOutcomeText, clip, dismissOutcomeText, localDateTime } from './staff-text.js';
import type { FollowupStore } from './store.js';
import { ITEM_STATUSES, type ItemStatus, type StaffRef } from './types.js';

export interface QuestionsCliDeps {
  readonly desk: FollowupDesk;
  readonly store: FollowupStore;
  /** Who is acting (recorded in the audit log). */
  readonly staff: StaffRef;
  /** True when a bot token is set: answers are delivered now; otherwise the bot's retry job sends them. */
  readonly canDeliver: boolean;
  readonly timeZone: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly writeFile: (path: string, content: string) => Promise<void>;
}

/** Exit codes: 0 done, 1 the command was understood but could not be carried out, 2 usage error. */
export type ExitCode = 0 | 1 | 2;

const isId = (s: string | undefined): s is string => s !== undefined && /^\d{1,12}$/.test(s);

/**
 * `npm run questions -- <command>`: the desk for staff without Telegram. No environment, no
 * process: the entry (src/cli/questions.ts) passes everything in, so tests run it against a
 * memory store.
 */
export async function runQuestions(argv: readonly string[], deps: QuestionsCliDeps): Promise<ExitCode> {
  const { desk, store, staff, out, err } = deps;
  const t = desk.texts;
  const [command, ...rest] = argv;
  const usage = (): ExitCode => (err(t.cliUsage), 2);

  switch (command) {
    case 'list': {
      let status: ItemStatus | undefined;
      if (rest[0] === '--status') {
        if (!ITEM_STATUSES.includes(rest[1] as ItemStatus)) return err(t.cliBadStatus(rest[1] ?? '')), 2;
        status = rest[1] as ItemStatus;
      } else if (rest.length > 0) return usage();
      const items = await store.listItems(status ? { status } : {});
      await desk.audit(staff, 'list', null, status ?? 'all');
      if (items.length === 0) out(t.cliListEmpty);
      for (const i of items) {
        out(t.cliListLine(i.id, t.statusLabel(i.status), i.askCount, localDateTime(i.firstAskedAt, deps.timeZone), clip(i.text)));
      }
      return 0;
    }
    case 'export': {
      if (rest[0] !== '--csv' || !rest[1] || rest.length > 2) return usage();
      const { csv, count } = await desk.exportCsv(staff);
      await deps.writeFile(rest[1], csv);
      out(t.cliExported(count, rest[1]));
      return 0;
    }
    case 'answer': {
      const [id, ...words] = rest;
      if (!isId(id) || words.length === 0) return usage();
      const origin = { inStaffChat: false, via: 'cli', deliver: deps.canDeliver } as const;
      const outcome = await desk.answer(Number(id), words.join(' '), staff, origin);
      if (outcome.kind !== 'answered') return err(answerOutcomeText(outcome, t)), 1;
      out(deps.canDeliver ? outcome.report : t.cliStoredForBot(outcome.item.id));
      return 0;
    }
    case 'dismiss': {
      const [id, ...words] = rest;
      if (!isId(id)) return usage();
      const outcome = await desk.dismiss(Number(id), staff, words.join(' ').trim() || null, { inStaffChat: false, via: 'cli' });
      if (outcome.kind !== 'dismissed') return err(dismissOutcomeText(outcome, t)), 1;
      out(dismissOutcomeText(outcome, t));
      return 0;
    }
    default:
      return usage();
  }
}
