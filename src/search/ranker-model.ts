import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev-questions.yaml (320 questions) and 781
 * questions generated from the knowledge base (8113 candidates); do not edit by hand. On that set: in-scope accuracy 81.9%,
 * out-of-scope answered 10.0%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.2032,-0.0394,0.4283,-0.9323,0.6713,2.0063,0.5015,1.1085,0.7477,0.2689,-1.6654,2.8727,-0.3144,0.186,0.7308],"bias":-3.845};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.8123,-0.2793,-0.1862,0.2822,0.4765,-0.2917,-0.0335,1.4006,1.098,-0.0077,-0.715,3.6017,-3.805,2.1596,1.7135],"bias":-4.516};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.55,"clarifyThreshold":0.55,"ambiguityMargin":0.02} as const;
