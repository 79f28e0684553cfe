import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 785
 * questions generated from the knowledge base (11726 candidates); do not edit by hand. On that set: in-scope accuracy 93.8%,
 * out-of-scope answered 4.7%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.3618,-0.0247,-0.0374,-1.1246,1.4083,0.792,0.4852,1.4333,0.498,0.0966,-1.3618,2.5134,-0.8529,0.1624,1.3247],"bias":-4.5662};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.4725,0.097,-0.2913,-0.3852,2.041,-0.6779,1.3408,1.2343,0.5229,-0.002,-0.6768,1.8296,-3.6051,1.5613,1.8965],"bias":-6.5659};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.4,"clarifyThreshold":0.4,"ambiguityMargin":0.1} as const;
