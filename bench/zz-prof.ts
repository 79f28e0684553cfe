import { pino } from 'pino';
import { Telegram } from 'telegraf';
import { createAssistant } from '../src/answer/assistant.js';
import { logRecorder } from '../src/followup/log-recorder.js';
import { loadKnowledgeDir } from '../src/knowledge/load.js';
import { createLogger } from '../src/logging.js';
import { openDatabase } from '../src/store/database.js';
import { sqlitePreferences } from '../src/store/preferences.js';
import { createBot } from '../src/telegram/create-bot.js';
(Telegram.prototype as any).callApi = async function (method: string, payload: any) {
  if (method === 'sendMessage') return { message_id: 1, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text };
  return true;
};
const logger = createLogger('info', [], pino.destination('/dev/null'));
const assistant = createAssistant(loadKnowledgeDir('knowledge').kb);
const db = openDatabase(':memory:');
const bot = createBot('1:x', { assistant: () => assistant, preferences: sqlitePreferences(db), unresolved: logRecorder(logger), logger }, { botInfo: { id: 1, is_bot: true, first_name: 'b', username: 'b', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false }, rateLimitPerMinute: 1e9 });
const QUESTIONS = ['施工许可要多久？', '开公司需要什么材料', '施工許可要多久？', 'How long does the construction permit take?', '火星签证怎么办理', '材料', '你好'];
const N = Number(process.env.N ?? 20000);
const t0 = performance.now();
const search0 = { t: 0 };
for (let i = 0; i < N; i++) {
  const text = QUESTIONS[i % QUESTIONS.length]!;
  await bot.handleUpdate({ update_id: i, message: { message_id: i, date: 0, chat: { id: 1 + (i % 2000), type: 'private', first_name: 'x' }, from: { id: 1 + (i % 2000), is_bot: false, first_name: 'x' }, text } } as any);
}
const t = performance.now() - t0;
console.log(`${N} updates in ${t.toFixed(0)} ms: ${(t / N * 1000).toFixed(0)} µs/update`);
const t1 = performance.now();
for (let i = 0; i < N; i++) assistant.ask(QUESTIONS[i % QUESTIONS.length]!);
console.log(`search alone: ${((performance.now() - t1) / N * 1000).toFixed(0)} µs/question`);
