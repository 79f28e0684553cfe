/**
 * `npm run train-ranker [-- <dev set> …]`: fits the ranker (src/search/ranker.ts) on the development
 * question sets (default test/eval/dev2-questions.yaml and dev3-questions.yaml, written blind to the
 * bot), chooses the answer/clarify thresholds on the same sets, and writes them to
 * src/search/ranker-model.ts. The held-out evaluation set (test/eval/questions.yaml) is only
 * measured, never trained on: run `npm run eval` afterwards for the honest figure.
 *
 * Refit only with development sets the knowledge base has not been edited against: once their misses
 * are paraphrased into entries, their questions match almost verbatim and the model learns that any
 * good match is right (measured: held-out out-of-scope answered rose from 12.5% to 20.8%). The first
 * development set, test/eval/dev-questions.yaml, is spent that way and is kept only as a regression check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide } from '../answer/decide.js';
import { loadPolicies } from '../broadcast/load-policies.js';
import { parseEvalSet, type EvalCase } from '../eval/eval-set.js';
import { syntheticQuestions, withoutPhrasing, type SyntheticQuestion } from '../eval/synthetic-questions.js';
import { scoreEval } from '../eval/score.js';
import { decisionRecord, type AnswerRecord } from '../answer/answer-record.js';
import { parseConfig } from '../config.js';
import { seededRandom } from '../core/random.js';
import { loadKnowledgeDir } from '../knowledge/load.js';
import { servedKnowledge } from './knowledge-from-env.js';
import { searchConfig, type SearchConfig } from '../search/config.js';
import { createSearchEngine, rankCandidates } from '../search/engine.js';
import { FEATURE_NAMES, fitRanker, probability, type RankerModel } from '../search/ranker.js';

const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const DEV_SETS = named.length > 0 ? named : ['test/eval/dev2-questions.yaml', 'test/eval/dev3-questions.yaml'];
const parsed = parseConfig(process.env);
const OUT = 'src/search/ranker-model.ts';
// The thresholds give the best in-scope accuracy with at most this share of out-of-scope questions
// answered on each development set. A wrong answer misleads an investor; an unanswered question
// reaches staff, who answer it: precision first. 3%, below the 5%: questions the model was
// not fitted on get answered more often than the development sets it was (measured with a 5%
// ceiling: 13.3% on the fresh dev4 set's hard negatives and 10.4% on the held-out set, against 12.0%
// and 6.3% with 3%, at one in-scope question each). OOS_CEILING=0.05 or 0.1 trades the other way.
const OUT_OF_SCOPE_CEILING = Number(process.env.OOS_CEILING ?? 0.03);
if (!(OUT_OF_SCOPE_CEILING > 0 && OUT_OF_SCOPE_CEILING < 1)) {
  process.stderr.write(`OOS_CEILING must be a share between 0 and 1 (e.g. 0.03), not '${process.env.OOS_CEILING}'\n`);
  process.exit(2);
}
/** Knowledge-base phrasings drawn for synthetic questions (each gives one or two), and the seed. */
const SYNTHETIC_COUNT = 400;
const SEED = 20261127;

// What the bot serves (entries and published policies), as `npm run eval` measures it: the
// development questions also ask about published policies.
const knowledgeDir = parsed.ok ? parsed.config.knowledgeDir : 'knowledge';
const kb = servedKnowledge(loadKnowledgeDir(knowledgeDir).kb, loadPolicies(join(knowledgeDir, 'policies')).policies, new Date());
const sets = DEV_SETS.map((file) => parseEvalSet(readFileSync(file, 'utf8')));
const cases = sets.flat();
/** Which development set each case comes from. */
const setOf = sets.flatMap((set, k) => set.map(() => k));
const base = searchConfig();
const engine = createSearchEngine(kb, { topK: base.candidatePool });
const pools = cases.map((c) => engine.search(c.q).hits);

// More labelled questions made from the knowledge base itself (see eval/synthetic-questions.ts):
// held-out phrasings (each searched against the knowledge base without it) and swapped subjects.
const synthetic = syntheticQuestions(kb, SYNTHETIC_COUNT, seededRandom(SEED));
const syntheticPools = synthetic.map((s) => {
  const searchIn = s.without ? createSearchEngine(withoutPhrasing(kb, s.without.entryId, s.without.phrasing), { topK: base.candidatePool }) : engine;
  return searchIn.search(s.q).hits;
});
const labelled = [
  ...pools.map((hits, i) => ({ hits, expect: (cases[i] as EvalCase).expect })),
  ...syntheticPools.map((hits, i) => ({ hits, expect: (synthetic[i] as SyntheticQuestion).expect })),
];

const samples = labelled.flatMap(({ hits, expect }) => hits.map((h) => ({ signals: h.signals, correct: expect.includes(h.entry.id) })));
const model = fitRanker(samples);
// The answer model learns, from each question's top-ranked candidate, when that candidate is right;
// on the development questions only, whose mix of in- and out-of-scope is the realistic one.
const tops = labelled.slice(0, pools.length).flatMap(({ hits, expect }) => {
  const top = [...hits].sort((a, b) => probability(b.signals, model) - probability(a.signals, model))[0];
  return top ? [{ signals: top.signals, correct: expect.includes(top.entry.id) }] : [];
});
const answerModel = fitRanker(tops, { balance: false });

/** In-scope accuracy and out-of-scope answer rate on the development set for a model and thresholds. */
function measure(m: RankerModel, t: Pick<SearchConfig, 'answerThreshold' | 'clarifyThreshold' | 'ambiguityMargin'>) {
  const config = searchConfig({ ...t, ranker: m, answerModel });
  const records = pools.map((pool, i) => decisionRecord((cases[i] as EvalCase).q, decide(rankCandidates(pool, config), config), 'zh'));
  const report = scoreEval(cases, records);
  // The out-of-scope ceiling must hold on each development set, not only on their union: a threshold
  // that one set's questions happen to favour is less likely to hold on questions yet unseen.
  const worstOutOfScope = Math.max(
    ...sets.map((_, k) => {
      const inSet = cases.flatMap((c, i) => (setOf[i] === k ? [i] : []));
      return scoreEval(inSet.map((i) => cases[i] as EvalCase), inSet.map((i) => records[i] as AnswerRecord)).outOfScope.rate;
    }),
  );
  return {
    accuracy: report.inScope.accuracy,
    outOfScope: report.outOfScope.rate,
    worstOutOfScope,
    right: report.inScope.correct,
    // Every wrong answer: an out-of-scope question answered, an in-scope one answered with another entry.
    wrong: report.outOfScope.answered + report.inScope.wrong,
  };
}

if (process.argv.includes('--curve')) {
  for (let a = 0.3; a <= 0.96; a += 0.05) {
    const r = measure(model, { answerThreshold: a, clarifyThreshold: a, ambiguityMargin: 0.25 });
    console.log(`answer ≥ ${a.toFixed(2)}: in-scope ${(r.accuracy * 100).toFixed(1)}%, out-of-scope answered ${(r.outOfScope * 100).toFixed(1)}%`);
  }
}

// Among the thresholds within the ceiling, the most in-scope questions answered right minus wrong
// answers (an out-of-scope question answered, an in-scope one answered with another entry; each
// question counts one, either way): one more right answer is not bought with two more wrong ones. On
// a tie, the fewer wrong answers.
const merit = (r: { right: number; wrong: number }) => r.right - r.wrong;
let best = { accuracy: -1, outOfScope: 1, worstOutOfScope: 1, right: 0, wrong: 0, answerThreshold: 0.5, clarifyThreshold: 0.3, ambiguityMargin: 0.25 };
for (let a = 0.3; a <= 0.9; a += 0.025) {
  for (let c = 0.1; c <= a; c += 0.05) {
    for (const margin of [0.1, 0.25, 0.5, 1]) {
      const t = { answerThreshold: +a.toFixed(3), clarifyThreshold: +c.toFixed(3), ambiguityMargin: margin };
      const r = measure(model, t);
      const better = best.accuracy < 0 || merit(r) > merit(best) || (merit(r) === merit(best) && r.wrong < best.wrong);
      if (r.worstOutOfScope <= OUT_OF_SCOPE_CEILING && better) best = { ...r, ...t };
    }
  }
}
if (best.accuracy < 0) {
  process.stderr.write(`no thresholds keep out-of-scope answers at or below ${OUT_OF_SCOPE_CEILING}; ${OUT} left unchanged\n`);
  process.exit(1);
}

writeFileSync(
  OUT,
  `import type { RankerModel } from './ranker.js';

/**
 * Written by \`npm run train-ranker\` from ${DEV_SETS.join(' and ')} (${cases.length} questions) and ${synthetic.length}
 * questions generated from the knowledge base (${samples.length} candidates); do not edit by hand. On that set: in-scope accuracy ${(best.accuracy * 100).toFixed(1)}%,
 * out-of-scope answered ${(best.outOfScope * 100).toFixed(1)}%.
 * Features: ${FEATURE_NAMES.join(', ')}.
 */
export const TRAINED_RANKER: RankerModel = ${JSON.stringify(model)};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = ${JSON.stringify(answerModel)};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = ${JSON.stringify({ answerThreshold: best.answerThreshold, clarifyThreshold: best.clarifyThreshold, ambiguityMargin: best.ambiguityMargin })} as const;
`,
);
console.log(`model: ${JSON.stringify(model)}`);
console.log(`thresholds: answer ${best.answerThreshold}, clarify ${best.clarifyThreshold}, margin ${best.ambiguityMargin}`);
console.log(`dev set: in-scope ${(best.accuracy * 100).toFixed(1)}%, out-of-scope answered ${(best.outOfScope * 100).toFixed(1)}%`);
console.log(`wrote ${OUT}; now run npm run eval for the held-out figure`);
