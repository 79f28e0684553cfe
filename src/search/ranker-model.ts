import type { RankerModel } from './ranker.js';

/**
 * Written by `npm run train-ranker` from test/eval/dev2-questions.yaml and test/eval/dev3-questions.yaml (833 questions) and 785
 * questions generated from the knowledge base (11731 candidates); do not edit by hand. On that set: in-scope accuracy 92.8%,
 * out-of-scope answered 4.2%.
 * Features: coverage, phrasingCoverage, queryCoverage, aspectMismatch, log1p(score), relativeScore, smalltalk, coverage×relativeScore, matchedWeight/10, unmatchedWeight/10, unmatchedMax/10, coverageGap, foreignPlace, surfacePhrasing, surfaceQuery.
 */
export const TRAINED_RANKER: RankerModel = {"weights":[0.3186,0.0887,-0.1789,-1.0824,1.4383,0.825,0.4967,1.3983,0.4759,0.0499,-1.1077,2.4994,-0.9063,0.1695,1.4535],"bias":-4.6521};

/** Calibrated confidence: trained on the ranker's top candidate of each question (right or not). */
export const TRAINED_ANSWER_MODEL: RankerModel = {"weights":[0.6165,0.1717,0.0386,-0.1356,1.9348,-0.7931,1.4547,1.2209,0.5272,-0.0076,0.1034,1.7834,-3.8345,1.7389,1.9458],"bias":-7.1382};

/** The decision thresholds chosen on the same set (see answer/decide.ts). */
export const TRAINED_THRESHOLDS = {"answerThreshold":0.4,"clarifyThreshold":0.4,"ambiguityMargin":0.1} as const;
