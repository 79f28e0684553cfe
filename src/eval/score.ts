import type { AnswerRecord } from '../answer/answer-record.js';
import type { EvalCase } from './eval-set.js';

export interface EvalMiss {
  readonly case: EvalCase;
  readonly got: AnswerRecord;
}

export interface KindScore {
  readonly kind: string;
  readonly total: number;
  readonly correct: number;
}

export interface EvalReport {
  /** In-scope questions answered by an expected entry (or, when ambiguous, offered it in a clarify). */
  readonly inScope: {
    readonly total: number;
    readonly correct: number;
    readonly accuracy: number;
    /** In-scope questions answered (answered/smalltalk) with an entry that was not expected. */
    readonly wrong: number;
  };
  /** Out-of-scope questions that nevertheless got an answer (answered/smalltalk) or a clarify. */
  readonly outOfScope: { readonly total: number; readonly answered: number; readonly rate: number };
  readonly byKind: readonly KindScore[];
  readonly misses: readonly EvalMiss[];
}

/** Whether a record is the right outcome for a case. */
export function isCorrect(c: EvalCase, r: AnswerRecord): boolean {
  if (c.expect.length === 0) return r.status === 'unresolved';
  if ((r.status === 'answered' || r.status === 'smalltalk') && r.entry) return c.expect.includes(r.entry);
  if (r.status === 'clarify' && c.ambiguous) return r.candidates.some((x) => c.expect.includes(x.entry));
  return false;
}

/** Scores outcomes against the evaluation set (records[i] answers cases[i]). */
export function scoreEval(cases: readonly EvalCase[], records: readonly AnswerRecord[]): EvalReport {
  const kinds = new Map<string, { total: number; correct: number }>();
  const misses: EvalMiss[] = [];
  let inTotal = 0;
  let inCorrect = 0;
  let inWrong = 0;
  let outTotal = 0;
  let outAnswered = 0;
  cases.forEach((c, i) => {
    const r = records[i] as AnswerRecord;
    const ok = isCorrect(c, r);
    const k = kinds.get(c.kind) ?? { total: 0, correct: 0 };
    k.total++;
    if (ok) k.correct++;
    kinds.set(c.kind, k);
    if (!ok) misses.push({ case: c, got: r });
    if (c.expect.length === 0) {
      outTotal++;
      if (!ok) outAnswered++;
    } else {
      inTotal++;
      if (ok) inCorrect++;
      else if ((r.status === 'answered' || r.status === 'smalltalk') && r.entry) inWrong++;
    }
  });
  return {
    inScope: { total: inTotal, correct: inCorrect, accuracy: inTotal ? inCorrect / inTotal : 1, wrong: inWrong },
    outOfScope: { total: outTotal, answered: outAnswered, rate: outTotal ? outAnswered / outTotal : 0 },
    byKind: [...kinds].map(([kind, s]) => ({ kind, ...s })).sort((a, b) => a.kind.localeCompare(b.kind)),
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The report as the lines `npm run eval` prints. */
export function formatEvalReport(report: EvalReport): string {
  const lines = [
    `in-scope top-1 accuracy: ${pct(report.inScope.accuracy)} (${report.inScope.correct}/${report.inScope.total}; floor 95%)`,
    `out-of-scope answered:   ${pct(report.outOfScope.rate)} (${report.outOfScope.answered}/${report.outOfScope.total}; ceiling 5%)`,
    '',
    'by kind:',
    ...report.byKind.map((k) => `  ${k.kind.padEnd(14)} ${pct(k.correct / k.total).padStart(6)}  (${k.correct}/${k.total})`),
    '',
    `misses (${report.misses.length}):`,
    ...report.misses.map(
      (m) =>
        `  [${m.case.kind}] ${m.case.q}\n    expected ${m.case.expect.length ? m.case.expect.join('|') : 'unresolved'}; ` +
        `got ${m.got.status} ${m.got.entry ?? ''} (confidence ${m.got.confidence}; candidates ${m.got.candidates.map((c) => `${c.entry}:${c.score}/${c.confidence}`).join(', ')})`,
    ),
  ];
  return lines.join('\n');
}
