/**
 * A strict checker for what the bot sends, stricter than the emulator (which accepts anything):
 * Telegram's 4,096-character limit, its HTML subset (known tags, balanced, entities valid), and the
 * 64-byte callback_data limit. Returns the problems found, empty when the message is acceptable.
 */
const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji']);

export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const re = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|&([^;\s]*);?|<|>/g;
  let visible = 0;
  let last = 0;
  for (const m of html.matchAll(re)) {
    visible += m.index - last;
    last = m.index + m[0].length;
    if (m[0] === '<' || m[0] === '>') {
      problems.push(`unescaped "${m[0]}" at ${m.index}`);
      continue;
    }
    if (m[0].startsWith('&')) {
      if (!/^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);$/.test(m[0])) problems.push(`bad entity "${m[0]}" at ${m.index}`);
      visible += 1;
      continue;
    }
    const [, slash, name = ''] = m;
    if (!TAGS.has(name.toLowerCase())) {
      problems.push(`unsupported tag <${slash}${name}> at ${m.index}`);
      continue;
    }
    if (slash) {
      if (stack.pop() !== name.toLowerCase()) problems.push(`unbalanced </${name}> at ${m.index}`);
    } else {
      stack.push(name.toLowerCase());
    }
  }
  visible += html.length - last;
  if (stack.length > 0) problems.push(`unclosed tags: ${stack.join(', ')}`);
  if (visible === 0) problems.push('empty message');
  return problems;
}

interface Payload {
  text?: unknown;
  parse_mode?: unknown;
  reply_markup?: unknown;
}

/** Every rule Telegram would enforce on a sendMessage / editMessageText we can check locally. */
export function messageProblems(payload: Payload): string[] {
  const problems: string[] = [];
  const text = typeof payload.text === 'string' ? payload.text : '';
  if (text.trim().length === 0) problems.push('text is empty');
  if (text.length > 4096) problems.push(`text is ${text.length} characters (limit 4096)`);
  if (payload.parse_mode === 'HTML') problems.push(...telegramHtmlProblems(text));
  const markup = (typeof payload.reply_markup === 'string' ? JSON.parse(payload.reply_markup) : payload.reply_markup) as
    | { inline_keyboard?: { text: string; callback_data?: string }[][] }
    | undefined;
  for (const row of markup?.inline_keyboard ?? []) {
    for (const b of row) {
      if (b.callback_data !== undefined && Buffer.byteLength(b.callback_data) > 64) {
        problems.push(`callback_data over 64 bytes: ${b.callback_data}`);
      }
    }
  }
  return problems;
}
