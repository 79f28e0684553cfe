import { describe, expect, it } from 'vitest';
import { csvField, EXPORT_COLUMNS, exportCsv, toCsv, UTF8_BOM } from '../../src/followup/csv.js';
import type { Asker, FollowupItem } from '../../src/followup/types.js';

const t0 = new Date('2026-03-01T00:00:00Z');
const item: FollowupItem = {
  id: 7, text: '土地价格，"工业用地"多少钱？\n谢谢', normalized: '土地价格 工业用地 多少钱 谢谢', groupKey: 'k', reason: 'thumbs-down',
  nearest: [{ entryId: 'land-price', score: 1.234 }, { entryId: 'land-area', score: 0.5 }], status: 'answered', askCount: 3,
  firstAskedAt: t0, lastAskedAt: new Date('2026-03-02T00:00:00Z'), answer: '=以公告为准', closedBy: { id: 9, name: 'Li' },
  closedAt: new Date('2026-03-03T00:00:00Z'), dismissReason: null, anonymizedAt: null,
};
const asker = (id: number, over: Partial<Asker> = {}): Asker => ({
  id, itemId: 7, chatId: id, userId: id, displayName: `User ${id}`, lang: 'zh', text: item.text, reason: 'no-match', messageId: 1,
  askCount: 1, firstAskedAt: t0, lastAskedAt: t0,
  delivery: { status: 'delivered', attempts: 1, nextAttemptAt: null, lastError: null, deliveredAt: t0 }, ...over,
});

/** A small RFC 4180 reader, to check that what we write reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes only what needs quoting, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
  });

  it('defuses spreadsheet formulas in text fields', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+86 421')).toBe("'+86 421");
  });

  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    const csv = toCsv([['a', 'b'], ['1', '2']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n1,2\r\n');
  });

  it('writes one row per item with its askers folded in, reading back to the same values', () => {
    const csv = exportCsv([
      { item, askers: [asker(1), asker(2, { lang: 'en', delivery: { status: 'failed', attempts: 1, nextAttemptAt: null, lastError: 'blocked', deliveredAt: null } })] },
    ]);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      id: '7', status: 'answered', reason: 'thumbs-down', question: '土地价格，"工业用地"多少钱？\n谢谢', ask_count: '3',
      first_asked_at: '2026-03-01T00:00:00.000Z', askers: 'User 1; User 2', asker_user_ids: '1; 2', asker_languages: 'zh; en',
      nearest_entries: 'land-price (1.23); land-area (0.50)', answer: "'=以公告为准", closed_by: 'Li',
      closed_at: '2026-03-03T00:00:00.000Z', dismiss_reason: '', delivered: '1', pending: '0', failed: '1', anonymized_at: '',
    });
    expect(rows).toHaveLength(2);
  });

  it('leaves personal columns empty once retention removed them', () => {
    const gone = asker(1, { chatId: null, userId: null, displayName: null });
    const rows = parseCsv(exportCsv([{ item, askers: [gone] }]).slice(1));
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect([row.askers, row.asker_user_ids, row.question]).toEqual(['', '', item.text]);
  });
});
