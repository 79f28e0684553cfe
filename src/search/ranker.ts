/**
 * The final, calibrated confidence of a candidate: a logistic model over the signals the engine
 * computes, trained on the development question sets (test/eval/dev2- and dev3-questions.yaml) by
 * `npm run train-ranker`, never on the held-out evaluation set. Each signal alone misleads somewhere:
 * coverage is low for long colloquial questions whose right entry BM25 finds easily; BM25 is high for
 * any long question. Together, weighted from labelled questions, they separate right from wrong.
 */
export interface RankSignals {
  /** Phrasing coverage × aspect agreement × explained share (search/confidence.ts). */
  readonly coverage: number;
  readonly phrasingCoverage: number;
  readonly queryCoverage: number;
  /** 1 when the question asks an aspect this entry does not answer. */
  readonly aspectMismatch: number;
  /** BM25F score of the candidate. */
  readonly score: number;
  /** Its score relative to the best BM25F score among the candidates (1 for the best). */
  readonly relativeScore: number;
  /** 1 for small-talk entries. */
  readonly smalltalk: number;
  /** Subject weight of the question found in / missing from this entry, and the heaviest missing word. */
  readonly matchedWeight: number;
  readonly unmatchedWeight: number;
  readonly unmatchedMax: number;
  /** This candidate's coverage minus the best coverage among the other candidates. */
  readonly coverageGap: number;
  /** 1 when the question is about another place (see confidence.ts). */
  readonly foreignPlace: number;
  /**
   * 1 when the question asks something this entry never speaks of: a procedure (补办, 注销 …), a
   * strict aspect (its cost), a year, or a subject no entry covers (search/unspoken.ts). Not a
   * feature of the ranker: the answer decision refuses such a candidate outright (answer/decide.ts).
   */
  readonly unspokenAsk: number;
  /** Surface overlap (character pairs, words): best phrasing found in the query; query found in the entry. */
  readonly surfacePhrasing: number;
  readonly surfaceQuery: number;
}

export interface RankerModel {
  /** One weight per feature of `features()`, in order. */
  readonly weights: readonly number[];
  readonly bias: number;
}

export const FEATURE_NAMES = [
  'coverage',
  'phrasingCoverage',
  'queryCoverage',
  'aspectMismatch',
  'log1p(score)',
  'relativeScore',
  'smalltalk',
  'coverage×relativeScore',
  'matchedWeight/10',
  'unmatchedWeight/10',
  'unmatchedMax/10',
  'coverageGap',
  'foreignPlace',
  'surfacePhrasing',
  'surfaceQuery',
] as const;

export function features(s: RankSignals): number[] {
  return [
    s.coverage,
    s.phrasingCoverage,
    s.queryCoverage,
    s.aspectMismatch,
    Math.log1p(s.score),
    s.relativeScore,
    s.smalltalk,
    s.coverage * s.relativeScore,
    s.matchedWeight / 10,
    s.unmatchedWeight / 10,
    s.unmatchedMax / 10,
    s.coverageGap,
    s.foreignPlace,
    s.surfacePhrasing,
    s.surfaceQuery,
  ];
}

export function probability(s: RankSignals, model: RankerModel): number {
  const x = features(s);
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * (x[i] as number);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits the model by gradient descent on the log loss with L2 regularisation. Pure and
 * deterministic (zero start, fixed step count); used by the training command and its test.
 */
export function fitRanker(
  samples: readonly { readonly signals: RankSignals; readonly correct: boolean }[],
  options: { readonly steps?: number; readonly rate?: number; readonly l2?: number; readonly balance?: boolean } = {},
): RankerModel {
  const steps = options.steps ?? 4000;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 0.001;
  const balance = options.balance ?? true;
  const xs = samples.map((s) => features(s.signals));
  const ys: number[] = samples.map((s) => (s.correct ? 1 : 0));
  const n = FEATURE_NAMES.length;
  const w = new Array<number>(n).fill(0);
  let b = 0;
  // For ranking, positives are rare (one right entry among a dozen candidates): weight them up to
  // balance. For the answer decision the raw proportions are kept, so probabilities stay calibrated.
  const positives = ys.reduce((a, y) => a + y, 0);
  const posWeight = balance && positives > 0 ? (ys.length - positives) / positives : 1;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    let total = 0;
    xs.forEach((x, i) => {
      let z = b;
      for (let j = 0; j < n; j++) z += (w[j] as number) * (x[j] as number);
      const p = 1 / (1 + Math.exp(-z));
      const weight = ys[i] === 1 ? posWeight : 1;
      const err = (p - (ys[i] as number)) * weight;
      for (let j = 0; j < n; j++) gw[j] = (gw[j] as number) + err * (x[j] as number);
      gb += err;
      total += weight;
    });
    for (let j = 0; j < n; j++) w[j] = (w[j] as number) - rate * ((gw[j] as number) / total + l2 * (w[j] as number));
    b -= rate * (gb / total);
  }
  return { weights: w.map((v) => Math.round(v * 1e4) / 1e4), bias: Math.round(b * 1e4) / 1e4 };
}
