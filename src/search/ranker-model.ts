import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 785
 * questions generated from the knowledge base (11726 candidates); do not edit by hand. On that set: in-scope accuracy 92.5%,
 * out-of-scope answered 3.7%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.3516,0.1095,-0.1706,-1.1052,1.4474,0.9056,0.4981,1.4572,0.4601,0.0514,-1.1583,2.4963,-0.9084,0.0837,1.302],"bias":-4.6314};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.4988,-0.0427,0.2326,-0.239,1.8242,-0.6272,1.375,1.3344,0.5538,0.0211,0.021,2.1023,-3.8335,1.6068,1.9548],"bias":-6.9778};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.45,"clarifyThreshold":0.45,"ambiguityMargin":0.1} as const;
