import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 791
 * questions generated from the knowledge base (11851 candidates); do not edit by hand. On that set: in-scope accuracy 95.2%,
 * out-of-scope answered 0.5%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.4913,-0.5824,0.4319,-0.8595,1.1779,0.6991,0.5461,1.7037,0.6706,0.1005,-1.2732,1.8569,-0.838,-0.3073,1.0521],"bias":-4.0364};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.4707,0.1176,-0.5138,-0.2911,2.0793,-0.6428,1.1978,1.3429,0.3884,-0.0501,-0.6884,2.1417,-3.733,1.8151,1.6781],"bias":-6.4689};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.35,"clarifyThreshold":0.35,"ambiguityMargin":0.1} as const;
