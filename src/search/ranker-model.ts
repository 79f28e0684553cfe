import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 791
 * questions generated from the knowledge base (11846 candidates); do not edit by hand. On that set: in-scope accuracy 95.3%,
 * out-of-scope answered 1.6%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.4914,-0.5789,0.3926,-0.8737,1.1784,0.6843,0.5419,1.6713,0.6724,0.1005,-1.3374,1.8852,-0.8339,-0.3035,1.0502],"bias":-3.9441};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.4931,0.1475,-0.5107,-0.2971,2.072,-0.7163,1.192,1.2881,0.3867,-0.0527,-0.6623,2.165,-3.7487,1.818,1.683],"bias":-6.3981};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.35,"clarifyThreshold":0.35,"ambiguityMargin":0.1} as const;
