import type { ButtonAction } from '../answer/reply.js';
import type { ReplyLang } from '../text/language.js';

/**
 * What an inline button does, and its `callback_data` (at most 64 bytes, Telegram's limit).
 * Every action carries the language of the message it sits on, so a tap is answered in the language
 * the user was reading — not whatever their Telegram client is set to.
 *
 * Wire format: `<kind>:<lang>:<fields…>`, lang one letter (z = zh, t = zh-Hant, e = en).
 * Entry ids longer than fit are sent as `#<hash>` and found again by hashing the known ids.
 */
export type CallbackAction =
  | { readonly kind: 'menu'; readonly lang: ReplyLang }
  | { readonly kind: 'topic'; readonly lang: ReplyLang; readonly category: string; readonly page: number }
  | { readonly kind: 'stage'; readonly lang: ReplyLang; readonly stage: string }
  /** Show an entry inside the menu message (edited in place). */
  | { readonly kind: 'view'; readonly lang: ReplyLang; readonly entryRef: string }
  /** Answer with an entry as a new message (related questions, clarify choices). */
  | { readonly kind: 'entry'; readonly lang: ReplyLang; readonly entryRef: string }
  | { readonly kind: 'feedback'; readonly lang: ReplyLang; readonly helpful: boolean; readonly entryRef: string }
  | { readonly kind: 'deadline'; readonly lang: ReplyLang; readonly stage: string }
  /** Choose the reply language (`lang` is the choice). */
  | { readonly kind: 'lang'; readonly lang: ReplyLang }
  /** "None of these" under a clarify: the question goes to staff (reason clarify-not-picked). */
  | { readonly kind: 'nonefits'; readonly lang: ReplyLang };

export const CALLBACK_DATA_LIMIT = 64;

/**
 * A reply language as the one letter every button's data carries (this file's actions, and other
 * features' own formats such as /subscribe's). Changing a letter makes the buttons already sent stale.
 */
export const LANG_CODE: Readonly<Record<ReplyLang, string>> = Object.freeze({ zh: 'z', 'zh-Hant': 't', en: 'e' });
/** The reply language behind a letter of LANG_CODE (undefined for any other letter). */
export const CODE_LANG: Readonly<Record<string, ReplyLang>> = Object.freeze({ z: 'zh', t: 'zh-Hant', e: 'en' });
const KIND_CODE = {
  menu: 'm',
  topic: 't',
  stage: 's',
  view: 'v',
  entry: 'e',
  feedback: 'f',
  deadline: 'd',
  lang: 'l',
  nonefits: 'n',
} as const satisfies Record<CallbackAction['kind'], string>;

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A short, stable name for an entry id: FNV-1a (32 bit) in base 36, prefixed with '#'. */
export function hashEntryId(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `#${h.toString(36)}`;
}

/** True when `ref` (from a decoded action) names the entry `id`. */
export function refersTo(ref: string, id: string): boolean {
  return ref.startsWith('#') ? hashEntryId(id) === ref : ref === id;
}

/** The callback_data for an action; always within 64 bytes. */
export function encodeCallback(action: CallbackAction): string {
  const head = `${KIND_CODE[action.kind]}:${LANG_CODE[action.lang]}`;
  switch (action.kind) {
    case 'menu':
    case 'lang':
    case 'nonefits':
      return head;
    case 'topic':
      return fit(`${head}:${action.page}:`, action.category);
    case 'stage':
    case 'deadline':
      return fit(`${head}:`, action.stage);
    case 'view':
    case 'entry':
      return fit(`${head}:`, action.entryRef);
    case 'feedback':
      return fit(`${head}:${action.helpful ? '+' : '-'}:`, action.entryRef);
  }
}

/** `prefix + name`, with the name replaced by its hash when the whole would pass 64 bytes. */
function fit(prefix: string, name: string): string {
  const data = prefix + name;
  return byteLength(data) <= CALLBACK_DATA_LIMIT ? data : prefix + hashEntryId(name);
}

/** The action behind a callback_data, or null for anything this bot did not write (or an old format). */
export function decodeCallback(data: string): CallbackAction | null {
  const match = /^([a-z]):([zte])(?::(.*))?$/s.exec(data);
  if (!match) return null;
  const [, kind, code, rest = ''] = match;
  const lang = CODE_LANG[code!]!;
  switch (kind) {
    case 'm':
      return rest === '' ? { kind: 'menu', lang } : null;
    case 'l':
      return rest === '' ? { kind: 'lang', lang } : null;
    case 'n':
      return rest === '' ? { kind: 'nonefits', lang } : null;
    case 't': {
      const m = /^(\d{1,3}):(.+)$/s.exec(rest);
      return m ? { kind: 'topic', lang, page: Number(m[1]), category: m[2]! } : null;
    }
    case 's':
      return rest ? { kind: 'stage', lang, stage: rest } : null;
    case 'd':
      return rest ? { kind: 'deadline', lang, stage: rest } : null;
    case 'v':
      return rest ? { kind: 'view', lang, entryRef: rest } : null;
    case 'e':
      return rest ? { kind: 'entry', lang, entryRef: rest } : null;
    case 'f': {
      const m = /^([+-]):(.+)$/s.exec(rest);
      return m ? { kind: 'feedback', lang, helpful: m[1] === '+', entryRef: m[2]! } : null;
    }
    default:
      return null;
  }
}

/** The callback action for a composer button (ReplyButton.action), in the reply's language. */
export function actionFor(button: ButtonAction, lang: ReplyLang, place: 'chat' | 'menu' = 'chat'): CallbackAction {
  switch (button.kind) {
    case 'entry':
      return { kind: place === 'menu' ? 'view' : 'entry', lang, entryRef: button.entryId };
    case 'feedback':
      return { kind: 'feedback', lang, helpful: button.helpful, entryRef: button.entryId };
    case 'deadline':
      return { kind: 'deadline', lang, stage: button.stage };
    case 'none-fits':
      return { kind: 'nonefits', lang };
  }
}
