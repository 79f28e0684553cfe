import type { DeskText } from '../zh/desk.js';

/** English texts of the follow-up desk; same keys (and parameters) as the Chinese module. Plain text. */
const REASONS: Readonly<Record<string, string>> = {
  'no-match': 'no answer in the knowledge base',
  'thumbs-down': 'the user rated the answer 👎',
  'clarify-not-picked': 'none of the offered choices was what the user meant',
};

const LANGS: Readonly<Record<string, string>> = { zh: 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English' };

const STATUSES: Readonly<Record<string, string>> = { open: 'open', answered: 'answered', dismissed: 'dismissed' };

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const desk: DeskText = {
  answerToInvestor: (question, answer) =>
    `📮 Answer from the Harqin Left Wing business environment office\n\nYour question: ${question}\n\n${answer}`,

  reasonLabel: (reason) => REASONS[reason] ?? reason,
  langLabel: (lang) => LANGS[lang] ?? lang,
  statusLabel: (status) => STATUSES[status] ?? status,
  duration: (days, hours, minutes) =>
    days > 0 ? `${days}d ${hours}h` : hours > 0 ? `${hours}h ${minutes}min` : `${minutes}min`,
  listSeparator: ', ',
  none: '(none)',

  newItem: (p) =>
    `🆕 Open question #${p.id}\n\n${p.question}\n\nAsked by: ${p.asker} (${p.lang})\nWhy: ${p.reason}\nNearest entries: ${p.nearest}\n\n` +
    '↩️ Reply to this message to answer (everyone who asked the same question receives it).',
  askedAgain: (id, asker, count) =>
    `➕ Question #${id} asked again by ${asker} (${plural(count, 'time')} in all). Reply here or to the first post to answer everyone.`,
  dismissButton: '🗑 Dismiss',
  nearestButton: '📚 Nearest entries',
  nearestList: (id, lines) => `Nearest entries for question #${id} (higher is closer):\n${lines}`,
  nearestLine: (entryId, score) => `• ${entryId} (${score})`,
  noNearest: (id) => `No knowledge entry was near question #${id}.`,

  answerSending: (id, askers) =>
    `📤 The answer to question #${id} is saved and being sent to ${plural(askers, 'asker')}; the delivery report follows here.`,
  delivered: (id, count) => `✅ The answer to question #${id} was sent to ${plural(count, 'asker')}.`,
  deliveryPartial: (id, delivered, pending, failed) =>
    `⚠️ Question #${id}: delivered to ${delivered}, retrying automatically for ${pending}, undeliverable to ${failed}.`,
  undeliveredLine: (who, why) => `• ${who}: ${why}`,
  lateDelivered: (id, who) => `✅ The answer to question #${id} has now reached ${who}.`,
  lateFailed: (id, who, why) => `❌ The answer to question #${id} could not be delivered to ${who}: ${why}`,
  failureBlocked: 'they blocked the bot or the chat no longer exists',
  failureRejected: (detail) => `Telegram refused it (${detail})`,
  failureGaveUp: (attempts, detail) => `still failing after ${plural(attempts, 'attempt')} (${detail})`,
  failureRetention: 'personal details were removed under the retention period',
  notFound: (id) => `There is no question #${id}.`,
  alreadyClosed: (id, status) => `Question #${id} is already ${status}.`,
  emptyAnswer: 'The answer cannot be empty.',
  dismissed: (id) => `🗑 Question #${id} dismissed (no answer).`,
  dismissedBy: (id, who) => `🗑 Question #${id} was dismissed by ${who}.`,
  answeredBy: (id, who) => `✅ Question #${id} was answered by ${who}.`,
  promoted: (id, path) =>
    `📝 Draft knowledge entry written from question #${id} and its answer: ${path}\n` +
    'Review it, add the other language, move it into a category file, then run npm run validate.',
  promoteNotAnswered: (id) => `Question #${id} has no answer yet, so there is nothing to turn into an entry.`,
  promoteUnavailable: 'No draft folder is configured, so no entry can be drafted.',
  refused: 'This command is for Harqin Left Wing staff only.',
  wrongChat: 'To protect askers\' privacy, use this command in the staff group or in a private chat with the bot.',
  replyNotMapped: 'That message is not a question post. Reply to the question\'s own post, or send /answer <id> <text>.',
  commandFailed: 'Sorry, that did not work; the error has been logged. Please try again later.',

  answerUsage: 'Usage: /answer <id> <answer text> (or simply reply to the question post)',
  dismissUsage: 'Usage: /dismiss <id> [reason]',
  promoteUsage: 'Usage: /promote <id>',

  pendingEmpty: '🎉 No open questions.',
  pendingHeader: (page, pages, total) => `Open questions (${total} in all, page ${page}/${pages}, oldest first):`,
  pendingLine: (id, question, age, asks) => `#${id} (waiting ${age}, asked ${plural(asks, 'time')}) ${question}`,
  pendingFooter: 'Answer with /answer <id> <text>, or reply to the question post.',
  previousPage: '⬅️ Previous',
  nextPage: 'Next ➡️',

  stats: (p) =>
    `📊 Follow-up desk\nOpen: ${p.open}\nAnswered: ${p.answered}\nDismissed: ${p.dismissed}\nAnswer rate: ${p.rate}\n` +
    `Median time to answer: ${p.median}\n\nTop unanswered topics (by nearest entry):\n${p.topics}`,
  topicLine: (topic, items, asks) => `• ${topic}: ${plural(items, 'question')}, asked ${plural(asks, 'time')}`,
  noTopic: '(no nearby entry)',
  notApplicable: '—',

  exportCaption: (count) => `All ${plural(count, 'question')} (CSV, UTF-8, opens in Excel)`,
  exportFailed:
    'Sorry, the export file could not be sent. Try again later, or run npm run questions -- export --csv FILE on the server.',

  digestHeader: (count) => `🗓 Daily digest: ${plural(count, 'question')} waiting for an answer (oldest first)`,
  digestLine: (id, question, age, asks) => `#${id} waiting ${age} (asked ${plural(asks, 'time')}): ${question}`,
  digestMore: (count) => `…and ${count} more; send /pending to see them all.`,
  digestEmpty: '🗓 Daily digest: no open questions.',
  digestUndelivered: (count) => `${plural(count, 'answer')} still being retried.`,

  cliUsage:
    'Usage:\n  npm run questions -- list [--status open|answered|dismissed]\n  npm run questions -- export --csv FILE\n' +
    '  npm run questions -- answer <id> "answer text"\n  npm run questions -- dismiss <id> [reason]',
  cliListLine: (id, status, asks, firstAsked, question) => `#${id}\t${status}\t${asks}x\t${firstAsked}\t${question}`,
  cliListEmpty: 'No matching questions.',
  cliExported: (count, path) => `Exported ${plural(count, 'question')} to ${path}`,
  cliStoredForBot: (id) =>
    `The answer to question #${id} is saved. BOT_TOKEN is not set; it will be delivered when the bot runs.`,
  cliBadStatus: (value) => `Unknown status "${value}"; use open, answered or dismissed.`,
};
