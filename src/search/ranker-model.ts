import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev-questions.yaml (320 questions, 3556
 * candidates); do not edit by hand. On that set: in-scope accuracy 77.0%,
 * out-of-scope answered 14.0%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.5508,0.0945,0.575,-0.9628,0.9543,1.7107,0.6867,1.7037,0.3725,0.139,-0.6393,3.4912,-0.2572],"bias":-3.8069};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.8813,0.0778,0.6684,0.0211,0.7106,-0.234,0.3908,1.2005,1.0386,-0.0381,-1.0143,2.9063,-0.9819],"bias":-3.4231};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.65,"clarifyThreshold":0.65,"ambiguityMargin":0.02} as const;
