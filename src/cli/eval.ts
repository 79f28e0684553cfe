/** `npm run eval`: accuracy on the evaluation set in test/eval/questions.yaml, by kind, with every miss. */
import { readFileSync } from 'node:fs';
import { answerRecord } from '../answer/answer-record.js';
import { parseEvalSet } from '../eval/eval-set.js';
import { formatEvalReport, scoreEval } from '../eval/score.js';
import { assistantFromKnowledgeDir } from './knowledge-from-env.js';

const file = process.argv[2] ?? 'test/eval/questions.yaml';
const cases = parseEvalSet(readFileSync(file, 'utf8'));
const assistant = assistantFromKnowledgeDir(new Date());
const report = scoreEval(cases, cases.map((c) => answerRecord(assistant, c.q)));
process.stdout.write(`${formatEvalReport(report)}\n`);
