import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

/**
 * General-purpose Chinese word knowledge from jieba's dictionaries (shipped inside the package):
 * segmentation (with parts of speech) of text the domain lexicon does not know, and each word's IDF over a large general
 * corpus — how specific a word is in Chinese at large (护照 9.7, 需要 4.3), which the knowledge
 * base's own statistics cannot tell for a word it has never seen. Both load lazily, once.
 */
let jieba: Jieba | undefined;
let idfTable: Map<string, number> | undefined;

const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));

/** Words with their part of speech (jieba's tags: n noun, v verb, ns place name, …). */
export function tagChinese(text: string): { word: string; tag: string }[] {
  return segmenter().tag(text, true);
}

/**
 * The same words as tagChinese, without their tags (jieba tags the words it cuts): half the time,
 * and no object per word, for the index build, which segments every span the lexicon does not know.
 */
export function cutChinese(text: string): string[] {
  return segmenter().cut(text, true);
}

export function generalIdf(word: string): number | undefined {
  return idfOf().get(word);
}

function idfOf(): Map<string, number> {
  if (!idfTable) {
    idfTable = new Map();
    for (const line of new TextDecoder().decode(idf).split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) idfTable.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
  }
  return idfTable;
}

/** Loads both dictionaries now rather than on first use (see text/language-data.ts). */
export function loadChineseWords(): void {
  segmenter();
  idfOf();
}


/** Whether jieba tags the word, on its own, as a noun of some kind (n, nr, ns, nt, nz, vn, ng …). */
export function isNoun(word: string): boolean {
  return tagChinese(word).some(({ tag }) => tag.startsWith('n') || tag === 'vn');
}
