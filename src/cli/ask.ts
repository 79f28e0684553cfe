/**
 * `npm run ask -- "施工许可要多久"` prints the reply exactly as the bot would send it to a new
 * question (as plain text): a deadline question gets the working-day answer, anything else the
 * knowledge base's, published policies included.
 * `npm run --silent ask -- --json` reads one question per line on stdin and writes one JSON object per
 * line, in order: question, status, entry, score, confidence, lang, candidates, reply, buttons (the
 * labels of the buttons under the reply, which the plain form prints as [ label ] lines).
 */
import { loadDotEnv } from '../app/dotenv.js';
import { createInterface } from 'node:readline';
import { answerRecord, type AnswerRecord } from '../answer/answer-record.js';
import { deadlineTurn } from '../calendar/deadline-dialog.js';
import { stageLimitsFrom } from '../calendar/deadline.js';
import { plainDateAt } from '../calendar/plain-date.js';
import { systemClock } from '../core/clock.js';
import { localize } from '../i18n/index.js';
import { contentLang, detectLanguage } from '../text/language.js';
import { knowledgeFromEnv } from './knowledge-from-env.js';

loadDotEnv();
const args = process.argv.slice(2);
const json = args.includes('--json');
const questions = args.filter((a) => a !== '--json');
const now = systemClock();
const { assistant, calendar, timeZone } = await knowledgeFromEnv(now);
const stages = stageLimitsFrom(assistant.entries());

function record(question: string): AnswerRecord {
  const lang = detectLanguage(question) ?? 'zh';
  const turn = deadlineTurn(question, { today: plainDateAt(now, timeZone), calendar, stages, lang: contentLang(lang), awaiting: null });
  if (turn.reply === null) return answerRecord(assistant, question);
  const buttons = turn.choices.map((c) => localize(c.label, lang));
  return { question, status: 'deadline', entry: null, score: 0, confidence: 1, lang, candidates: [], reply: localize(turn.reply, lang), buttons };
}

function emit(question: string): void {
  const r = record(question);
  if (json) process.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    const buttons = r.buttons.map((label) => `[ ${label} ]\n`).join('');
    process.stdout.write(`${r.reply}\n${buttons ? `\n${buttons}` : ''}\n[${r.status}${r.entry ? ` ${r.entry}` : ''}, confidence ${r.confidence}]\n`);
  }
}

if (questions.length > 0) {
  questions.forEach(emit);
} else if (json || !process.stdin.isTTY) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) emit(line.trim());
} else {
  process.stderr.write('usage: npm run ask -- "question"   |   npm run --silent ask -- --json < questions.txt\n');
  process.exitCode = 2;
}
