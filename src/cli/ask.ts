/**
 * `npm run ask -- "施工许可要多久"` prints the reply exactly as the bot would send it (as plain text).
 * `npm run --silent ask -- --json` reads one question per line on stdin and writes one JSON object per
 * line, in order: question, status, entry, score, confidence, lang, candidates, reply.
 */
import { createInterface } from 'node:readline';
import { answerRecord } from '../answer/answer-record.js';
import { assistantFromEnv } from './knowledge-from-env.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const questions = args.filter((a) => a !== '--json');
const assistant = assistantFromEnv();

function emit(question: string): void {
  const record = answerRecord(assistant, question);
  if (json) process.stdout.write(`${JSON.stringify(record)}\n`);
  else process.stdout.write(`${record.reply}\n\n[${record.status}${record.entry ? ` ${record.entry}` : ''}, confidence ${record.confidence}]\n`);
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
