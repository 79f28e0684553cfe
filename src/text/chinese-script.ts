import OpenCC from 'opencc-js';

/**
 * Traditional ↔ simplified conversion (OpenCC's dictionaries). Pure functions: the converters are
 * built once, lazily, from data shipped inside the package.
 */
let toSimplifiedFn: ((s: string) => string) | undefined;
let toTraditionalFn: ((s: string) => string) | undefined;

// Whether a single character changes under conversion, remembered: most text is already simplified,
// and OpenCC's phrase-level conversion is only worth running when some character is traditional.
// 0 = not yet asked, 1 = unchanged, 2 = changes. Characters outside the BMP always take the slow path.
const UNKNOWN = 0;
const SAME = 1;
const changesAlone = new Uint8Array(0x10000);

/** Traditional (Taiwan, Hong Kong or generic) Chinese to mainland simplified; other text unchanged. */
export function toSimplified(text: string): string {
  const convert = (toSimplifiedFn ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c >= 0xd800 && c <= 0xdfff) return convert(text);
    let state = changesAlone[c] as number;
    if (state === UNKNOWN) {
      const ch = String.fromCharCode(c);
      changesAlone[c] = state = convert(ch) === ch ? SAME : 2;
    }
    if (state !== SAME) return convert(text);
  }
  return text;
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
