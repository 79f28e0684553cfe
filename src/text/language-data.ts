import { loadChineseWords } from './chinese-words.js';
import { loadEnglishWords } from './english-words.js';

/**
 * Loads the general language data the search reads: jieba's dictionary (segmenting Chinese the
 * lexicon does not know), its IDF table and SUBTLEX's English word counts (how much a word says).
 * Each loads by itself on first use, 0.5–0.8 s together on a 2-core machine: loaded at start-up, the
 * first index build and the first investor's reply do not wait for them. Once per process.
 */
export function loadLanguageData(): void {
  loadChineseWords();
  loadEnglishWords();
}
