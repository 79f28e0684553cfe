import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 791
 * questions generated from the knowledge base (11815 candidates); do not edit by hand. On that set: in-scope accuracy 95.0%,
 * out-of-scope answered 0.5%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.4971,-0.5967,0.4347,-0.8605,1.203,0.674,0.5462,1.7091,0.6582,0.1001,-1.2811,1.8722,-0.8385,-0.3257,1.0441],"bias":-4.0346};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.5004,-0.0056,-0.356,-0.517,2.0557,-0.6674,1.1664,1.355,0.3821,-0.0226,-0.7631,2.4109,-3.7257,1.6655,1.6584],"bias":-6.3661};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.35,"clarifyThreshold":0.35,"ambiguityMargin":0.1} as const;
