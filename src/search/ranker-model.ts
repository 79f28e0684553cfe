import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 785
 * questions generated from the knowledge base (11739 candidates); do not edit by hand. On that set: in-scope accuracy 92.7%,
 * out-of-scope answered 4.7%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.3174,0.0877,-0.1753,-1.0815,1.4405,0.8413,0.4983,1.3817,0.4743,0.0484,-1.0908,2.5028,-0.9064,0.1771,1.451],"bias":-4.6759};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.6278,0.2037,-0.1493,-0.1793,1.9149,-0.8165,1.4519,1.216,0.5472,-0.009,-0.0158,1.8502,-3.8147,1.779,1.9268],"bias":-6.9893};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.4,"clarifyThreshold":0.4,"ambiguityMargin":0.1} as const;
