import { mayChangeToSimplified, toSimplified } from './chinese-script.js';

// What each UTF-16 code unit means to normalisation, decided once by Unicode property regexes and
// then read from a table: normalisation is the hot loop of index building.
/** Kept as it is (lower-case Latin, digits, most symbols of other scripts). */
const PLAIN = 0;
/** Punctuation, symbols, spaces: each run of them becomes one space. */
const SEPARATOR = 1;
/** A compatibility form of a separator (full-width ，？：): NFKC would fold it into another separator. */
const COMPATIBLE_SEPARATOR = 2;
/** A-Z. */
const ASCII_UPPER = 3;
/** A CJK character: kept unless it is traditional (asked of the OpenCC tables, see chinese-script.ts). */
const CJK = 4;
/**
 * Needs the general path: a compatibility character NFKC changes (full-width letters, ideographic
 * compatibility forms), a non-ASCII letter with a lower case, half of a surrogate pair.
 */
const GENERAL = 5;

const SEPARATOR_CHAR = /[\p{P}\p{S}\p{Z}\s]/u;
// NFKC is costly on long CJK text and changes nothing in the common case; it is applied only when a
// character of these blocks is there.
const COMPATIBILITY_CHAR = /[\u00A0-\u00FF\u2000-\u2BFF\u2E80-\u2FDF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
const unitKind = new Uint8Array(0x10000);
/** 1 for a separator code unit. */
const separatorUnit = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  const separator = SEPARATOR_CHAR.test(ch);
  if (separator) separatorUnit[c] = 1;
  if (c >= 0xd800 && c <= 0xdfff) unitKind[c] = GENERAL;
  else if (COMPATIBILITY_CHAR.test(ch)) {
    // Full-width punctuation, in every Chinese sentence, folds into punctuation: a space either way.
    const foldsToSeparator = separator && [...ch.normalize('NFKC')].every((x) => SEPARATOR_CHAR.test(x));
    unitKind[c] = foldsToSeparator ? COMPATIBLE_SEPARATOR : GENERAL;
  } else if (separator) unitKind[c] = SEPARATOR;
  else if (c >= 0x41 && c <= 0x5a) unitKind[c] = ASCII_UPPER;
  else if (ch.toLowerCase() !== ch) unitKind[c] = GENERAL;
  else if (c >= 0x2e80) unitKind[c] = CJK;
}

const isSeparatorKind = (kind: number): boolean => kind === SEPARATOR || kind === COMPATIBLE_SEPARATOR;

/**
 * What normalizeText makes of a code unit on its own, for a reader of raw text that wants to see it
 * as normalised (tokenize.ts, index building): `keep` it (lower-cased when an ASCII capital), a
 * `separator` (becomes a space), `cjk` (kept unless toSimplified changes it), or `general` (only the
 * whole normalisation says).
 */
export type UnitFolding = 'keep' | 'separator' | 'cjk' | 'general';

export function unitFolding(code: number): UnitFolding {
  const kind = unitKind[code] as number;
  if (kind === PLAIN || kind === ASCII_UPPER) return 'keep';
  if (isSeparatorKind(kind)) return 'separator';
  return kind === CJK ? 'cjk' : 'general';
}

/**
 * The canonical form of any text before it is tokenised or compared: Unicode compatibility forms
 * folded (full-width ＡＢＣ１２３ to ABC123, ideographic space to space), lower case, traditional
 * characters made simplified, punctuation and symbols turned into single spaces.
 */
export function normalizeText(text: string): string {
  // Most text (a simplified or English sentence) needs only its separators collapsed and ASCII
  // lower-cased: that is done in one pass, and any other character sends the text the general way.
  const n = text.length;
  let out = '';
  let copied = 0;
  let upper = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = unitKind[c];
    if (kind === PLAIN) i++;
    else if (kind === ASCII_UPPER) {
      upper = true;
      i++;
    } else if (kind === CJK) {
      if (mayChangeToSimplified(c)) return normalizeGeneral(text);
      i++;
    } else if (kind === GENERAL) return normalizeGeneral(text);
    else {
      let end = i + 1;
      while (end < n && isSeparatorKind(unitKind[text.charCodeAt(end)] as number)) end++;
      if (shouldCollapse(text, i, end)) {
        out += text.slice(copied, i) + (i === 0 || end === n ? '' : ' ');
        copied = end;
      }
      i = end;
    }
  }
  const collapsed = copied === 0 ? text : out + text.slice(copied);
  return upper ? collapsed.toLowerCase() : collapsed;
}

/** Whether the separator run text[i, end) is not already a single space between words. */
const shouldCollapse = (text: string, i: number, end: number): boolean =>
  i === 0 || end === text.length || end - i > 1 || text.charCodeAt(i) !== 0x20;

function normalizeGeneral(text: string): string {
  const folded = toSimplified(needsCompatibilityFolding(text) ? text.normalize('NFKC') : text).toLowerCase();
  return collapseSeparators(folded);
}

/** Whether some character of the text is a compatibility form that NFKC would change into another kind. */
function needsCompatibilityFolding(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (unitKind[c] === GENERAL && (c < 0xd800 || c > 0xdfff) && COMPATIBILITY_CHAR.test(text[i] as string)) return true;
  }
  return false;
}

/** Each run of separators as one space, none at either end (characters outside the BMP asked of the regex). */
function collapseSeparators(text: string): string {
  const n = text.length;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < n) {
    let width = separatorWidth(text, i);
    if (width < 0) {
      i -= width;
      continue;
    }
    let end = i + width;
    while (end < n && (width = separatorWidth(text, end)) > 0) end += width;
    if (shouldCollapse(text, i, end)) {
      out += text.slice(copied, i) + (i === 0 || end === n ? '' : ' ');
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The width of the separator at code unit i (2 for a pair outside the BMP), negated when it is none. */
function separatorWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return SEPARATOR_CHAR.test(text.slice(i, i + 2)) ? 2 : -2;
  return separatorUnit[c] === 1 ? 1 : -1;
}

// Quotation marks, straight and curly, Chinese corner brackets and title marks.
const QUOTES_TOUCHING_HAN = /(?<=\p{Script=Han})["'“”‘’「」『』《》〈〉]+|["'“”‘’「」『』《》〈〉]+(?=\p{Script=Han})/gu;

/**
 * The text without quotation marks next to a Chinese character: a quoted name is part of its clause
 * (“三篇大文章”具体是指哪三篇 asks one thing), where normalizeText would make each mark a clause break.
 */
export const unquoteChinese = (text: string): string => text.replace(QUOTES_TOUCHING_HAN, '');
