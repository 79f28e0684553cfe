import type { Asker, FollowupItem } from './types.js';

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled).
 * A text starting with = + - @ (or a tab/CR) is prefixed with ' so a spreadsheet shows it instead of
 * running it as a formula (CSV injection: the text comes from the public).
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF (RFC 4180), ending with CRLF, after a UTF-8 BOM. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return UTF8_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const EXPORT_COLUMNS = [
  'id', 'status', 'reason', 'question', 'normalized', 'ask_count', 'first_asked_at', 'last_asked_at',
  'askers', 'asker_user_ids', 'asker_languages', 'nearest_entries', 'answer', 'closed_by', 'closed_at',
  'dismiss_reason', 'delivered', 'pending', 'failed', 'anonymized_at',
] as const;

const iso = (d: Date | null) => (d ? d.toISOString() : '');

/**
 * The export of every item, one row each, with its askers folded into ';'-separated columns.
 * Personal fields already removed by retention come out empty.
 */
export function exportCsv(items: readonly { item: FollowupItem; askers: readonly Asker[] }[]): string {
  const rows = items.map(({ item, askers }) => {
    const delivery = (s: string) => askers.filter((a) => a.delivery.status === s).length;
    return [
      item.id,
      item.status,
      item.reason,
      item.text,
      item.normalized,
      item.askCount,
      iso(item.firstAskedAt),
      iso(item.lastAskedAt),
      askers.map((a) => a.displayName ?? '').filter(Boolean).join('; '),
      askers.map((a) => a.userId ?? '').filter((v) => v !== '').join('; '),
      [...new Set(askers.map((a) => a.lang))].join('; '),
      item.nearest.map((n) => `${n.entryId} (${n.score.toFixed(2)})`).join('; '),
      item.answer,
      item.closedBy?.name ?? '',
      iso(item.closedAt),
      item.dismissReason,
      delivery('delivered'),
      delivery('pending'),
      delivery('failed'),
      iso(item.anonymizedAt),
    ];
  });
  return toCsv([[...EXPORT_COLUMNS], ...rows]);
}
