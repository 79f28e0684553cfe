/**
 * Quoting an investor's question inside a longer message (the staff post, the answer sent back).
 * Telegram refuses a text over 4,096 characters for good (400), so a question asked near that
 * length, quoted with labels around it, would never be posted or delivered: the quote is clipped.
 */

/** Telegram's limit for one text message, in UTF-16 code units (what it counts). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** How much of a question a staff post or an answer quotes; room is left for the rest of the message. */
export const QUOTE_MAX = 3000;

/**
 * `text` when it fits in `max` UTF-16 code units, otherwise its beginning with `…` (the whole at
 * most `max`), cut between characters, never inside a surrogate pair. Line breaks are kept.
 */
export function clipQuote(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - 1);
  let kept = '';
  for (const ch of text) {
    if (kept.length + ch.length > room) break;
    kept += ch;
  }
  return `${kept.trimEnd()}…`;
}
