import OpenCC from 'opencc-js';

/**
 * Traditional ↔ simplified conversion (OpenCC's dictionaries). Pure functions: the converters are
 * built once, lazily, from data shipped inside the package.
 */
let toSimplifiedFn: ((s: string) => string) | undefined;
let toTraditionalFn: ((s: string) => string) | undefined;

/** Traditional (Taiwan, Hong Kong or generic) Chinese to mainland simplified; other text unchanged. */
export function toSimplified(text: string): string {
  const convert = (toSimplifiedFn ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
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
