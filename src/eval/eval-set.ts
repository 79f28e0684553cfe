import { parse } from 'yaml';

/** One evaluation question and what must happen to it. */
export interface EvalCase {
  readonly q: string;
  /** Acceptable answering entry ids; empty means the question must stay unresolved. */
  readonly expect: readonly string[];
  readonly ambiguous: boolean;
  readonly kind: string;
}

export const OUT_OF_SCOPE = 'unresolved';

/** Parses the evaluation set (see test/eval/questions.yaml); throws on a malformed case, naming it. */
export function parseEvalSet(text: string): EvalCase[] {
  const raw = parse(text) as unknown;
  if (!Array.isArray(raw)) throw new Error('the evaluation set must be a YAML list');
  return raw.map((item: Record<string, unknown>, i) => {
    const q = item?.q;
    const expect = item?.expect;
    if (typeof q !== 'string' || (typeof expect !== 'string' && !Array.isArray(expect))) {
      throw new Error(`evaluation case #${i + 1} needs q and expect`);
    }
    const ids = (Array.isArray(expect) ? expect : [expect]).map(String);
    return {
      q,
      expect: ids.includes(OUT_OF_SCOPE) ? [] : ids,
      ambiguous: item.ambiguous === true,
      kind: typeof item.kind === 'string' ? item.kind : 'other',
    };
  });
}
