import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev-questions.yaml (320 questions) and 781
 * questions generated from the knowledge base (8113 candidates); do not edit by hand. On that set: in-scope accuracy 79.6%,
 * out-of-scope answered 14.0%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.203,-0.04,0.4287,-0.9327,0.6713,2.0067,0.5016,1.1081,0.7479,0.2689,-1.666,2.8738,-0.0657,0.1862,0.7307],"bias":-3.8454};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.7204,-0.2341,-0.0931,0.2203,0.5251,-0.2249,0.1173,1.2339,1.0603,0.0159,-0.9012,3.2427,-1.9432,1.7971,1.5756],"bias":-4.2594};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.6,"clarifyThreshold":0.6,"ambiguityMargin":0.02} as const;
