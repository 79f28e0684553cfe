import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 791
 * questions generated from the knowledge base (11819 candidates); do not edit by hand. On that set: in-scope accuracy 95.3%,
 * out-of-scope answered 2.6%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.4938,-0.5874,0.4289,-0.8481,1.1767,0.7036,0.5466,1.7042,0.6706,0.1007,-1.2752,1.8597,-0.8389,-0.309,1.053],"bias":-4.0365};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.4711,0.147,-0.4765,-0.2763,2.0552,-0.6509,1.2038,1.3452,0.3997,-0.0454,-0.6831,2.1428,-3.7237,1.7783,1.6914],"bias":-6.4761};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.35,"clarifyThreshold":0.35,"ambiguityMargin":0.1} as const;
