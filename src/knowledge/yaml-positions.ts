import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problem.js';

/** A parsed YAML file with the means to point at any of its nodes by line and column. */
export interface LocatedYaml {
  readonly file: string;
  readonly doc: Document.Parsed;
  problemAt(node: Node | null | undefined, message: string): Problem;
  lineOf(node: Node | null | undefined): number;
}

/**
 * Parses YAML text; syntax errors come back as problems with their own line and column (and
 * `located` is null when the text is not usable at all).
 */
export function parseYamlLocated(text: string, file: string): { located: LocatedYaml | null; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => lineCounter.linePos(offset);
  const problems: Problem[] = doc.errors.map((e) => {
    const { line, col } = pos(e.pos[0]);
    return { file, line, col, message: `YAML syntax: ${e.message.split('\n')[0]}` };
  });
  if (problems.length > 0) return { located: null, problems };
  const lineOf = (node: Node | null | undefined) => (node?.range ? pos(node.range[0]).line : 1);
  const located: LocatedYaml = {
    file,
    doc,
    lineOf,
    problemAt(node, message) {
      const at = node?.range ? pos(node.range[0]) : { line: 1, col: 1 };
      return { file, line: at.line, col: at.col, message };
    },
  };
  return { located, problems };
}

export { isMap, isSeq };
