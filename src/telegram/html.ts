/**
 * Telegram HTML helpers: escaping plain text, and splitting a long HTML message into parts that each
 * fit Telegram's limit and each parse on their own.
 */
export { escapeHtml } from '../answer/html.js';

/** Telegram's limit on a message's text, in UTF-16 code units (we count the HTML source: an upper bound). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** Telegram HTML back to the text a reader sees: tags removed, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|amp|#(\d+)|#x([0-9a-f]+));/gi, (m, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { lt: '<', gt: '>', quot: '"', amp: '&' }[name.toLowerCase()] ?? m;
    });
}

type Token = { kind: 'open'; raw: string; name: string } | { kind: 'close'; raw: string; name: string } | { kind: 'text'; raw: string };

/** A tag, an entity, or one code point (surrogate pairs stay whole). */
const TOKEN = /<\/?[a-zA-Z][^>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g;

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  for (const [raw] of html.matchAll(TOKEN)) {
    if (raw.length > 1 && raw.startsWith('<')) {
      const name = /^<\/?([a-zA-Z][\w-]*)/.exec(raw)?.[1]?.toLowerCase() ?? '';
      if (raw.startsWith('</')) tokens.push({ kind: 'close', raw, name });
      else if (raw.endsWith('/>')) tokens.push({ kind: 'text', raw }); // self-closed: nothing to balance
      else tokens.push({ kind: 'open', raw, name });
    } else {
      tokens.push({ kind: 'text', raw });
    }
  }
  return tokens;
}

type Open = { readonly raw: string; readonly name: string };

const closing = (stack: readonly Open[]): string => stack.map((t) => `</${t.name}>`).reverse().join('');
const opening = (stack: readonly Open[]): string => stack.map((t) => t.raw).join('');

/** How good a place to cut "after token i" is: paragraph 4, line 3, sentence 2, word 1, none 0. */
function breakQuality(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.kind !== 'text') return 0;
  const next = tokens[i + 1]?.raw;
  if (t.raw === '\n') return tokens[i - 1]?.raw === '\n' ? 4 : 3;
  if ('。！？；'.includes(t.raw)) return 2;
  if ('.!?;'.includes(t.raw) && (next === undefined || /\s/.test(next))) return 2;
  if (t.raw === ' ' || '，、,'.includes(t.raw)) return 1;
  return 0;
}

interface Break {
  readonly end: number; // index of the last token in the part
  readonly quality: number;
  readonly length: number;
  readonly stack: readonly Open[];
}

/**
 * Splits Telegram HTML into parts of at most `limit` UTF-16 code units. Never cuts inside a tag, an
 * entity or a surrogate pair; each part closes the tags still open at its end and the next part
 * reopens them (attributes included), so every part is well-formed on its own. Prefers cutting
 * after a blank line, then a line, a sentence, a word, in the second half of the part; whitespace
 * at the start of a part and parts with no visible text are dropped.
 */
export function splitHtml(html: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  if (html.length <= limit) return htmlToText(html).trim() ? [html] : [];
  const tokens = tokenize(html);
  const parts: string[] = [];
  let start = 0;
  let startStack: Open[] = [];

  while (start < tokens.length) {
    // Skip leading whitespace of a part (text only; tags are kept).
    while (start < tokens.length && tokens[start]!.kind === 'text' && /^\s$/.test(tokens[start]!.raw)) start++;
    if (start >= tokens.length) break;

    const prefix = opening(startStack);
    const stack = [...startStack];
    let length = prefix.length;
    let best: Break | null = null;
    let latest: Break | null = null;
    let i = start;
    for (; i < tokens.length; i++) {
      const t = tokens[i]!;
      const next = t.kind === 'open' ? [...stack, { raw: t.raw, name: t.name }] : t.kind === 'close' ? popTag(stack, t.name) : stack;
      if (length + t.raw.length + closing(next).length > limit && i > start) break;
      length += t.raw.length;
      stack.splice(0, stack.length, ...next);
      const quality = breakQuality(tokens, i);
      if (quality > 0) {
        const candidate: Break = { end: i, quality, length, stack: [...stack] };
        latest = candidate;
        if (length >= limit / 2 && (best === null || quality >= best.quality)) best = candidate;
      }
    }

    let end: number;
    let endStack: readonly Open[];
    if (i >= tokens.length) {
      end = tokens.length - 1;
      endStack = stack;
    } else {
      const cut = best ?? latest ?? { end: i - 1, stack };
      end = cut.end;
      endStack = cut.stack;
    }
    const body = tokens.slice(start, end + 1).map((t) => t.raw).join('');
    const part = prefix + body + closing(endStack);
    if (htmlToText(part).trim()) parts.push(part);
    start = end + 1;
    startStack = [...endStack];
  }
  return parts;
}

/** The stack after `</name>`: the innermost open tag of that name is closed (and anything opened inside it). */
function popTag(stack: readonly Open[], name: string): Open[] {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k]!.name === name) return stack.slice(0, k);
  }
  return [...stack];
}
