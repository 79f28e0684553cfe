import type { DeskText } from '../i18n/zh/desk.js';
import type { InlineButton } from '../core/messenger.js';

/**
 * The desk's inline buttons and their callback data: `desk:<action>:<number>`, well under Telegram's
 * 64 bytes, and never mistaken for the investor bot's `<k>:<lang>:…` format.
 */
export type DeskAction =
  | { readonly kind: 'dismiss'; readonly itemId: number }
  | { readonly kind: 'nearest'; readonly itemId: number }
  | { readonly kind: 'page'; readonly page: number };

export function encodeDeskAction(a: DeskAction): string {
  return `desk:${a.kind}:${a.kind === 'page' ? a.page : a.itemId}`;
}

/** The action behind callback data, or null when it is not the desk's. */
export function decodeDeskAction(data: string): DeskAction | null {
  const m = /^desk:(dismiss|nearest|page):(\d{1,12})$/.exec(data);
  if (!m) return null;
  const n = Number(m[2]);
  return m[1] === 'page' ? { kind: 'page', page: n } : { kind: m[1] as 'dismiss' | 'nearest', itemId: n };
}

/** The buttons under a new item's staff post. */
export function itemButtons(itemId: number, t: DeskText): InlineButton[][] {
  return [
    [
      { text: t.dismissButton, callbackData: encodeDeskAction({ kind: 'dismiss', itemId }) },
      { text: t.nearestButton, callbackData: encodeDeskAction({ kind: 'nearest', itemId }) },
    ],
  ];
}

/** Previous / next under a /pending page (none when there is one page). */
export function pageButtons(page: number, pages: number, t: DeskText): InlineButton[][] {
  const row: InlineButton[] = [];
  if (page > 1) row.push({ text: t.previousPage, callbackData: encodeDeskAction({ kind: 'page', page: page - 1 }) });
  if (page < pages) row.push({ text: t.nextPage, callbackData: encodeDeskAction({ kind: 'page', page: page + 1 }) });
  return row.length > 0 ? [row] : [];
}
