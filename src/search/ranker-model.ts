import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 785
 * questions generated from the knowledge base (11740 candidates); do not edit by hand. On that set: in-scope accuracy 91.1%,
 * out-of-scope answered 3.7%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.3313,0.1604,-0.1624,-1.1196,1.4503,0.9437,0.4833,1.4099,0.4537,0.0471,-1.0856,2.4609,-0.8934,0.1452,1.3431],"bias":-4.7446};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.5528,0.2494,0.0793,-0.3398,1.8757,-0.7891,1.4534,1.1544,0.5756,-0.0202,0.0668,1.533,-3.5553,1.6999,1.9366],"bias":-6.894};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.55,"clarifyThreshold":0.55,"ambiguityMargin":0.1} as const;
