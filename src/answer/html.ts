const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Plain text to Telegram HTML (the one escaper of the codebase). Telegram's parser requires `&`, `<`
 * and `>` to be escaped; `"` is escaped too, so the result is also safe inside an attribute value.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}
