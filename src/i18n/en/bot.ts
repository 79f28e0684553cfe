import type { bot as zh } from '../zh/bot.js';

/** The Chinese catalogue's shape with every literal widened: same keys, same function signatures. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** English texts of the Telegram bot; same keys as the Chinese module. Plain text (escaped on sending). */
export const bot: Widen<typeof zh> = {
  welcome: (name) => `Hello, ${name}! I am the Harqin Left Wing (Kazuo) business assistant.`,
  capabilities:
    'I answer questions about investing and doing business in Harqin Left Wing county, in English or Chinese:\n' +
    '• construction project approval: time limits, materials and where to apply for each stage\n' +
    '• starting a company: steps, documents, the one-stop online portal\n' +
    '• investment incentives and rewards, services for businesses\n' +
    'Type your question, or tap a topic below. Questions I cannot answer go to county staff, who reply in this chat.',
  help:
    'How to use me:\n' +
    '• Just type a question, e.g. "How long does the construction permit take?"\n' +
    '• /menu browses by topic\n' +
    '• /lang switches language (中文 / English)\n' +
    '• Every answer has 👍 / 👎; a 👎 sends the question to staff\n' +
    'In a group, mention me or reply to one of my messages.',
  menuPrompt: 'Choose a topic:',
  topicPrompt: (topic) => `${topic}: choose`,
  stagePrompt: (stage) => `${stage}: what would you like to know?`,
  emptyTopic: 'Nothing here yet.',
  topics: {
    permits: '🏗 Construction permits',
    startup: '🏢 Starting a business',
    incentives: '💰 Investment policies & rewards',
    policies: '📢 New policies',
    services: '🤝 Services for businesses',
    industry: '🏭 Industries & parks',
    investment: '📈 Investment projects',
    contact: '☎️ Contacts',
  },
  stages: {
    'land-planning': 'Project approval & land-use planning',
    'construction-planning': 'Construction planning permit',
    'construction-permit': 'Construction permit',
    'completion-acceptance': 'Joint completion acceptance',
  },
  aspects: {
    overview: '📋 Overview',
    duration: '⏱ How long',
    materials: '📄 What materials',
    where: '📍 Where to apply',
  },
  back: '⬅️ Back',
  home: '🏠 Topics',
  nextPage: 'Next ➡️',
  previousPage: '⬅️ Previous',
  langPrompt: '请选择语言 / Choose your language:',
  langSet: 'OK, I will reply in English.',
  langSetHant: 'OK, I will reply in traditional Chinese.',
  langNames: { zh: '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
  nonText: 'I can only read text. Please type your question, or send /menu to browse topics.',
  emptyQuestion: 'Please write your question after mentioning me, e.g. "How long does the construction permit take?"',
  slowDown: 'You are sending messages very quickly. Please wait a minute and try again.',
  error: 'Sorry, something went wrong on our side. Please try again in a moment, or rephrase your question.',
  feedbackThanks: 'Thank you for your feedback!',
  feedbackRecorded: 'Thank you for your feedback. I have passed your question to the staff; they will reply in this chat.',
  feedbackAlready: 'Your feedback has already been received.',
  noneFitsForgotten: 'Sorry, I no longer have that question. Please send it again.',
  staleButton: 'This button is no longer available. Please send /menu to browse again.',
  unknownCommand: "I don't know that command. Send /help to see what I can do.",
  commands: {
    start: 'Start and see what I can do',
    menu: 'Browse by topic',
    help: 'How to use this bot',
    lang: 'Change language / 语言',
  },
  terminalBanner:
    'Local terminal chat (BOT_TOKEN is not set). Type a question and press Enter; type a button number to tap it; /quit exits.\n' +
    'To connect Telegram: create a bot with @BotFather, put its token in BOT_TOKEN (see .env.example), then run npm start.',
  terminalButtons: 'Buttons (type the number):',
  terminalEdited: '(message updated)',
};
