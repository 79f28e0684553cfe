/** One thing wrong in a knowledge file, located for a human: `file:line:col message`. */
export interface Problem {
  readonly file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  readonly line: number;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  readonly col: number;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col} ${p.message}`;
}
