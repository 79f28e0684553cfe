import { toSimplified } from './chinese-script.js';

/**
 * The canonical form of any text before it is tokenised or compared: Unicode compatibility forms
 * folded (full-width ＡＢＣ１２３ to ABC123, ideographic space to space), lower case, traditional
 * characters made simplified, punctuation and symbols turned into single spaces.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ' ')
    .trim();
}
