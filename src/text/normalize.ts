import { toSimplified } from './chinese-script.js';

// NFKC is costly on long CJK text and changes nothing in the common case; apply it only when a
// compatibility character (full-width forms, ideographic space, compatibility ideographs …) is there.
const COMPATIBILITY = /[\u00A0-\u00FF\u2000-\u2BFF\u2E80-\u2FDF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;

// Which UTF-16 code units are separators (punctuation, symbols, spaces), decided once by the Unicode
// property regex and then read from a table: normalisation is the hot loop of index building.
const SEPARATOR = /[\p{P}\p{S}\p{Z}\s]/u;
const separatorTable = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  if (SEPARATOR.test(String.fromCharCode(c))) separatorTable[c] = 1;
}

/**
 * The canonical form of any text before it is tokenised or compared: Unicode compatibility forms
 * folded (full-width ＡＢＣ１２３ to ABC123, ideographic space to space), lower case, traditional
 * characters made simplified, punctuation and symbols turned into single spaces.
 */
export function normalizeText(text: string): string {
  const folded = toSimplified(COMPATIBILITY.test(text) ? text.normalize('NFKC') : text).toLowerCase();
  // The text between separators, joined by single spaces.
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    let sep = separatorTable[c] === 1;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < folded.length) {
      // A character outside the BMP (emoji, rare ideographs): ask the regex.
      width = 2;
      sep = SEPARATOR.test(folded.slice(i, i + 2));
    }
    if (sep) {
      if (runStart < i) parts.push(folded.slice(runStart, i));
      runStart = i + width;
    }
    i += width - 1;
  }
  if (runStart === 0) return folded;
  if (runStart < folded.length) parts.push(folded.slice(runStart));
  return parts.join(' ');
}
