import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev-questions.yaml (320 questions) and 781
 * questions generated from the knowledge base (11639 candidates); do not edit by hand. On that set: in-scope accuracy 78.9%,
 * out-of-scope answered 14.0%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.1273,-0.0786,0.4712,-0.9779,0.7383,1.7769,0.1987,1.0958,0.7443,0.294,-1.637,2.8291,-0.07,0.4694,0.943],"bias":-3.6572};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.7433,-0.219,-0.0606,0.1342,0.5797,-0.1882,0.0522,1.2721,1.0218,0.043,-0.9385,3.2887,-1.2994,1.6728,1.5889],"bias":-4.3881};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.6,"clarifyThreshold":0.6,"ambiguityMargin":0.02} as const;
