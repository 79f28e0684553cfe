import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 791
 * questions generated from the knowledge base (11805 candidates); do not edit by hand. On that set: in-scope accuracy 94.9%,
 * out-of-scope answered 0.5%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.4977,-0.5908,0.4196,-0.851,1.2031,0.683,0.5383,1.7127,0.6591,0.0992,-1.2761,1.8685,-0.8402,-0.3344,1.049],"bias":-4.0429};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.5438,0.1217,-0.5847,-0.2986,2.0649,-0.6257,1.1814,1.431,0.3984,-0.0408,-0.7236,2.3374,-3.749,1.5768,1.6605],"bias":-6.4377};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.35,"clarifyThreshold":0.35,"ambiguityMargin":0.1} as const;
