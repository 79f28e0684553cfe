import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev-questions.yaml (320 questions) and 781
 * questions generated from the knowledge base (11639 candidates); do not edit by hand. On that set: in-scope accuracy 79.6%,
 * out-of-scope answered 14.0%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.1462,-0.0851,0.3619,-0.9688,0.7568,1.778,0.348,1.1125,0.7423,0.2898,-1.6782,2.7929,-0.0497,0.4515,0.9693],"bias":-3.6196};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.7278,-0.2067,-0.0609,0.2152,0.5269,-0.1869,0.1406,1.2492,1.0731,0.0401,-0.915,3.2932,-1.9327,1.7407,1.571],"bias":-4.3737};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.6,"clarifyThreshold":0.6,"ambiguityMargin":0.02} as const;
