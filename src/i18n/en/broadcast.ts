import type { broadcast as zh } from '../zh/broadcast.js';

const TOPICS: Readonly<Record<string, string>> = {
  equipment: 'Advanced equipment manufacturing',
  semiconductor: 'Semiconductors & new materials',
  printing: 'Printing & packaging',
  agrifood: 'Green agri-food processing',
  land: 'Land for projects',
  startup: 'Starting a business',
  energy: 'Clean energy',
  incentives: 'Investment incentives',
  services: 'Services for enterprises',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** English texts of the broadcast feature; same keys as the Chinese module. Plain text: callers escape. */
export const broadcast: { readonly [K in keyof typeof zh]: string | ((...args: never[]) => string) } = {
  topicLabel: (id: string): string => TOPICS[id] ?? id,
  allTopics: 'All topics',
  listSeparator: ', ',

  policyHeader: '📢 New policy from Harqin Left Wing (Kazuo)',
  date: (year: number, month: number, day: number): string => `${day} ${MONTHS[month - 1] ?? month} ${year}`,
  published: (date: string): string => `Published: ${date}`,
  sourceLine: (source: string): string => `Source: ${source}`,
  footer: 'Manage topics: /subscribe · Stop these messages: /unsubscribe',

  commandSubscribe: 'Get new policies on chosen topics',
  commandUnsubscribe: 'Stop all policy news',
  commandSubscriptions: 'Show my policy topics',
  subscribeIntro: 'Choose the policy topics you want to hear about; tap to switch each on or off:',
  on: '✅',
  off: '⬜',
  doneButton: 'Done',
  toggledOn: (label: string): string => `Subscribed: ${label}`,
  toggledOff: (label: string): string => `Removed: ${label}`,
  subscriptionsSome: (labels: string): string =>
    `You receive new policies on: ${labels}. Change with /subscribe, stop all with /unsubscribe.`,
  subscriptionsAll:
    'You receive new policies on all topics (including topics added later). Change with /subscribe, stop all with /unsubscribe.',
  subscriptionsNone: 'You are not subscribed to policy news. Send /subscribe to choose topics.',
  unsubscribed: 'You will no longer receive policy news. Send /subscribe any time to start again.',
  notSubscribed: 'You are not subscribed to policy news, so there is nothing to stop.',

  staffOnly: 'This command is for staff only.',
  usage: (ids: string): string => `Usage: /broadcast <policy-id>. Policies: ${ids}`,
  noPolicies: '(none)',
  unknownPolicy: (id: string): string => `There is no policy "${id}".`,
  notYetPublished: (id: string, when: string): string =>
    `Policy "${id}" is scheduled for ${when} and cannot be sent before then.`,
  expiredPolicy: (id: string, when: string): string => `Policy "${id}" expired on ${when} and is no longer sent.`,
  alreadyBroadcast: (id: string, when: string): string =>
    `Policy "${id}" was already broadcast on ${when}; a policy goes out once (editing it does not resend it).`,
  previewLang: (lang: string): string => `Preview (what ${lang === 'en' ? 'English' : 'Chinese'} subscribers will see):`,
  previewSummary: (id: string, recipients: number): string =>
    `Policy "${id}" will go to ${recipients} subscriber(s), each in their own language. Send it?`,
  confirmButton: '✅ Confirm and send',
  cancelButton: 'Cancel',
  cancelled: 'Cancelled; nothing was sent.',
  started: (id: string, recipients: number): string =>
    `Broadcast of "${id}" started (${recipients} subscriber(s)). Progress and the result go to the staff group.`,
  progress: (id: string, done: number, total: number, failed: number, blocked: number): string =>
    `Broadcasting "${id}": ${done}/${total} done, ${failed} failed, ${blocked} blocked.`,
  finalReport: (id: string, sent: number, failed: number, blocked: number): string =>
    `Broadcast of "${id}" finished: ${sent} sent, ${failed} failed, ${blocked} blocked the bot or gone (unsubscribed).`,
  resentNote: (count: number): string =>
    `${count} message(s) were in flight when the sender was interrupted and were sent again after the restart; they may have arrived twice.`,
  busy: 'Another broadcast process is running; nothing was sent this time. It will continue later.',
};
