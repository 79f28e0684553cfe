import OpenCC from 'opencc-js';
import { boundedMemo } from '../core/bounded-memo.js';

/**
 * Traditional ↔ simplified conversion (OpenCC's dictionaries). Pure functions: the converters are
 * built once, lazily, from data shipped inside the package.
 */
let toSimplifiedFn: ((s: string) => string) | undefined;
let toTraditionalFn: ((s: string) => string) | undefined;
/** OpenCC's Taiwan-to-mainland conversion, with the simplified forms it would change kept (see SIMPLIFIED_FORMS). */
const simplifier = (): ((s: string) => string) => {
  if (!toSimplifiedFn) {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    toSimplifiedFn = (s) => keepSimplifiedForms(s, convert(s));
  }
  return toSimplifiedFn;
};

// Whether a single character changes under conversion, remembered: most text is already simplified,
// and OpenCC's phrase-level conversion is only worth running where some character is traditional.
// 0 = not yet asked, 1 = unchanged, 2 = changes. Characters outside the BMP always take the slow path.
const UNKNOWN = 0;
const SAME = 1;
const changesAlone = new Uint8Array(0x10000);

// Some characters change alone but not in every word (著 alone, yet 著作 stays 著作), so a change
// found by the character table is settled by converting a window of text around it, wide enough for
// OpenCC's phrases: converting a long answer whole for one such character would make normalisation
// the slowest step of indexing. Windows recur, so their conversions are remembered.
const PHRASE_MARGIN = 6;
const convertWindow = boundedMemo((window) => simplifier()(window), 50_000);

/**
 * 么 is the simplified form of 麼 (什么, 在么, 好么), yet OpenCC's Taiwan table reads a lone 么 as 幺
 * (youngest): 在么 became 在幺, a word nobody wrote, and even counted as traditional. It is kept,
 * wherever it stands (a window of text may begin inside 什么).
 */
const SIMPLIFIED_FORMS = new Set([0x4e48]);

/** The conversion of a text with its simplified forms put back. */
function keepSimplifiedForms(text: string, converted: string): string {
  if (converted.length !== text.length) return converted;
  let out = '';
  let copied = 0;
  for (let k = 0; k < text.length; k++) {
    if (!SIMPLIFIED_FORMS.has(text.charCodeAt(k)) || converted.charCodeAt(k) === text.charCodeAt(k)) continue;
    out += converted.slice(copied, k) + text[k];
    copied = k + 1;
  }
  return copied === 0 ? converted : out + converted.slice(copied);
}

function changesAt(text: string, i: number, convert: (s: string) => string): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x2e80) return false;
  let state = changesAlone[c] as number;
  if (state === UNKNOWN) {
    const ch = String.fromCharCode(c);
    changesAlone[c] = state = convert(ch) === ch ? SAME : 2;
  }
  return state !== SAME;
}

/**
 * Whether toSimplified() may change text holding this BMP code unit (a traditional character, or one
 * that changes alone but not in every word, such as 乾 in 乾隆). False means it is certainly kept as it is.
 */
export function mayChangeToSimplified(code: number): boolean {
  return code >= 0x2e80 && (changesAlone[code] === SAME ? false : changesAt(String.fromCharCode(code), 0, simplifier()));
}

/** Traditional (Taiwan, Hong Kong or generic) Chinese to mainland simplified; other text unchanged. */
export function toSimplified(text: string): string {
  const convert = simplifier();
  if (/[\uD800-\uDFFF]/.test(text)) return convert(text);
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    if (!changesAt(text, i, convert)) continue;
    const from = Math.max(copied, i - PHRASE_MARGIN);
    // The window takes in every changing character closer than a margin to its end, so that the next
    // window starts a full margin before its own first changing character, never inside this one.
    let to = Math.min(text.length, i + PHRASE_MARGIN + 1);
    for (let j = i + 1; j < Math.min(text.length, to + PHRASE_MARGIN); j++) {
      if (changesAt(text, j, convert)) to = Math.min(text.length, j + PHRASE_MARGIN + 1);
    }
    const window = text.slice(from, to);
    const converted = convertWindow(window);
    // A phrase conversion that changes the length cannot be spliced safely: convert the whole text.
    if (converted.length !== window.length) return convert(text);
    out += text.slice(copied, from) + converted;
    copied = to;
    i = to - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Simplified Chinese to traditional characters (Taiwan standard); other text unchanged. */
export function toTraditional(text: string): string {
  const convert = (toTraditionalFn ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convert(text);
}

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * True when the text is written in traditional characters: some of its Han characters change when
 * converted to simplified. Text that is the same in both scripts counts as simplified.
 */
export function isTraditional(text: string): boolean {
  const han = (text.match(HAN_ALL) ?? []).join('');
  return han.length > 0 && toSimplified(han) !== han;
}
