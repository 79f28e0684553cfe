import { toTraditional } from '../text/chinese-script.js';
import type { ReplyLang } from '../text/language.js';
import { answer as enAnswer } from './en/answer.js';
import { bot as enBot } from './en/bot.js';
import { broadcast as enBroadcast } from './en/broadcast.js';
import { deadline as enDeadline } from './en/deadline.js';
import { desk as enDesk } from './en/desk.js';
import { answer as zhAnswer } from './zh/answer.js';
import { bot as zhBot } from './zh/bot.js';
import { broadcast as zhBroadcast } from './zh/broadcast.js';
import { deadline as zhDeadline } from './zh/deadline.js';
import { desk as zhDesk } from './zh/desk.js';

/**
 * Every user-facing text, by language and feature. Chinese is written once, in simplified
 * characters; `zh-Hant` readers get it converted with OpenCC at the edge (see `localize`).
 */
const catalogs = {
  zh: { answer: zhAnswer, bot: zhBot, desk: zhDesk, broadcast: zhBroadcast, deadline: zhDeadline },
  en: { answer: enAnswer, bot: enBot, desk: enDesk, broadcast: enBroadcast, deadline: enDeadline },
} as const;

export type Catalog = (typeof catalogs)['zh'];

/** The texts for a reply language (traditional readers get the simplified catalogue; see localize). */
export function messages(lang: ReplyLang): Catalog {
  return (lang === 'en' ? catalogs.en : catalogs.zh) as Catalog;
}

/** The final step before text leaves the bot: Chinese for a traditional-script reader is converted. */
export function localize(text: string, lang: ReplyLang): string {
  return lang === 'zh-Hant' ? toTraditional(text) : text;
}
