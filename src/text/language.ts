import { hasHan, isTraditional } from './chinese-script.js';

/** The language a reply is written in; `zh-Hant` is Chinese shown in traditional characters. */
export type ReplyLang = 'zh' | 'zh-Hant' | 'en';

const LATIN_WORD = /[a-z]{2,}/i;

/**
 * The language of a message, from its own script: any Han character makes it Chinese (mixed
 * "construction permit 要多久" is a Chinese question), traditional characters make it zh-Hant, Latin
 * words make it English. Null when the text says nothing (digits, emoji), so the caller can fall back
 * to the user's saved choice or Telegram's language_code.
 */
export function detectLanguage(text: string): ReplyLang | null {
  if (hasHan(text)) return isTraditional(text) ? 'zh-Hant' : 'zh';
  if (LATIN_WORD.test(text)) return 'en';
  return null;
}

/** Telegram's `language_code` (IETF tag such as zh-hans, zh-TW, en-US) to a reply language. */
export function languageFromCode(code: string | undefined): ReplyLang | null {
  if (!code) return null;
  const c = code.toLowerCase();
  if (c === 'zh-tw' || c === 'zh-hk' || c === 'zh-hant' || c === 'zh-mo') return 'zh-Hant';
  if (c.startsWith('zh')) return 'zh';
  if (c.startsWith('en')) return 'en';
  return null;
}

/** The knowledge base's language for a reply language (traditional is simplified, converted at the end). */
export function contentLang(lang: ReplyLang): 'zh' | 'en' {
  return lang === 'en' ? 'en' : 'zh';
}
