import { pinyin } from 'pinyin-pro';
import { SliceMemo } from '../core/slice-memo.js';
import { DROPPABLE_WORDS, ENGLISH_STOPWORDS, stemEnglish } from './english.js';
import { normalizeText } from './normalize.js';

/**
 * The domain vocabulary the tokenizer recognises before falling back to general segmentation:
 * synonym terms (each mapped to its group's canonical token) and keywords (mapped to themselves).
 * Chinese terms live in a character trie, English terms in a trie of stemmed words, and Chinese terms
 * are also indexed by toneless pinyin so that a homophone typo (才料 for 材料) still finds its term.
 */
export interface Lexicon {
  /** Chinese (and mixed-script) terms, keyed by UTF-16 code unit: walked over a text without splitting it. */
  readonly han: CodeUnitTrie;
  readonly latin: TrieNode<string>;
  /**
   * English terms without their articles and possessives ("open company" for "open a company"), kept
   * apart: the tokenizer tries them on a question's words without those, and they never take a term
   * from the literal trie.
   */
  readonly latinLoose: TrieNode<string>;
  readonly pinyin: TrieNode<string>;
  /** Every English word in the lexicon's terms, for the typo corrector's vocabulary. */
  readonly latinWords: ReadonlySet<string>;
  /** Tokens that stand for a named domain subject (a synonym group's canonical term or a keyword). */
  readonly subjectTokens: ReadonlySet<string>;
  /**
   * What the tokenizer needs to know of an English word, remembered (see LatinWord): asked with the
   * word's place in a text, `text[start, end)` (ASCII letters and digits, read lower-cased).
   */
  readonly latinWordFacts: { get(text: string, start: number, end: number): LatinWord };
}

/** An English word as written, and what the lexicon makes of it: asked once per distinct word. */
export interface LatinWord {
  readonly stem: string;
  readonly stopword: boolean;
  /** An article or possessive (see DROPPABLE_WORDS). */
  readonly droppable: boolean;
  /** Where the terms of `latin` / `latinLoose` that begin with this word go on (none begin with it: undefined). */
  readonly term: TrieNode<string> | undefined;
  readonly looseTerm: TrieNode<string> | undefined;
}

/** The token an aspect's question-form terms become: `aspect:duration`, `aspect:materials` … */
export const ASPECT_PREFIX = 'aspect:';
export const isAspectToken = (token: string): boolean => token.startsWith(ASPECT_PREFIX);

/** The token an action's terms become: `action:replace`, `action:cancel` … (see knowledge/types.ts). */
export const ACTION_PREFIX = 'action:';
export const isActionToken = (token: string): boolean => token.startsWith(ACTION_PREFIX);

export interface TrieNode<K> {
  /** Absent on a leaf: most nodes end a term (a place or company name) and have no children. */
  children?: Map<K, TrieNode<K>>;
  /** Canonical token when a term ends here. */
  token?: string;
  /** When a term ends here: how many keys it has (the node is then its own TermMatch). */
  length?: number;
  /** For the pinyin trie: the term's own characters, to count how many the input shares. */
  surface?: string;
}

/**
 * The Chinese terms' trie, keyed by UTF-16 code unit and laid out flat: every position of every Chinese
 * text is looked up here, so a step is a few integer operations on typed arrays, not a Map lookup.
 * Nodes are numbered from 1 (0: none). `first[unit]` is the node a term's first code unit leads to;
 * the other edges are an open-addressing table of (node, unit) → child; `terms[node]` is the term
 * ending at a node.
 */
export interface CodeUnitTrie {
  readonly first: Int32Array;
  readonly terms: readonly (TermMatch | undefined)[];
  readonly edgeNode: Int32Array;
  readonly edgeUnit: Uint16Array;
  readonly edgeChild: Int32Array;
  readonly mask: number;
}

const edgeSlot = (node: number, unit: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ unit) & mask;

function codeUnitTrie(root: TrieNode<number>): CodeUnitTrie {
  const terms: (TermMatch | undefined)[] = [undefined];
  const edges: number[] = [];
  const numbered = (node: TrieNode<number>): number => {
    const id = terms.length;
    terms.push(node.token !== undefined ? (node as TermMatch) : undefined);
    for (const [unit, child] of node.children ?? []) edges.push(id, unit, numbered(child));
    return id;
  };
  const first = new Int32Array(0x10000);
  for (const [unit, node] of root.children ?? []) first[unit] = numbered(node);
  // At most half full, as SliceMemo's table (three numbers per edge in `edges`).
  let capacity = 16;
  while (capacity < (edges.length / 3) * 2) capacity *= 2;
  const mask = capacity - 1;
  const edgeNode = new Int32Array(capacity);
  const edgeUnit = new Uint16Array(capacity);
  const edgeChild = new Int32Array(capacity);
  for (let e = 0; e < edges.length; e += 3) {
    const node = edges[e] as number;
    const unit = edges[e + 1] as number;
    let slot = edgeSlot(node, unit, mask);
    while (edgeNode[slot] !== 0) slot = (slot + 1) & mask;
    edgeNode[slot] = node;
    edgeUnit[slot] = unit;
    edgeChild[slot] = edges[e + 2] as number;
  }
  return { first, terms, edgeNode, edgeUnit, edgeChild, mask };
}

// Every node has every field from the start: nodes of one shape keep the tokenizer's trie walks
// monomorphic (fields added as needed gave several shapes, and V8's slowest property loads).
const newNode = <K>(): TrieNode<K> => ({ children: undefined, token: undefined, length: undefined, surface: undefined });

function insert<K>(root: TrieNode<K>, keys: readonly K[], token: string, surface?: string): void {
  let node = root;
  for (const k of keys) {
    const children = (node.children ??= new Map());
    let next = children.get(k);
    if (!next) children.set(k, (next = newNode()));
    node = next;
  }
  // The first registration wins: a synonym group claims its terms before plain keywords do.
  if (node.token === undefined) {
    node.token = token;
    node.length = keys.length;
    if (surface !== undefined) node.surface = surface;
  }
}

/**
 * The words of normalised English text: its space-separated parts (normalizeText has made every
 * punctuation mark, the apostrophe too, a single space).
 */
function latinWordsOf(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w !== '');
}

/** Toneless pinyin, one syllable per character (non-Han characters stand for themselves). */
export function pinyinSyllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'spaced' });
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
// One character and a particle (懂了, 签了, 在吗): matched as written only, never by sound (动了 is not
// 懂了, i.e. thanks).
const PARTICLE_PAIR = /^.[了吗呢啊吧的么呀啦]$/u;

/**
 * Builds the lexicon. `groups` are synonym groups whose first term is canonical; `words` are extra
 * single terms (keywords); `aspects` map an aspect name to its question-form terms, `actions` an
 * action name to the terms of that procedure (补办, 注销 …). Terms are
 * normalised exactly as queries are, so either script matches.
 */
export function buildLexicon(
  groups: readonly (readonly string[])[],
  words: readonly string[],
  aspects: Readonly<Record<string, readonly string[]>> = {},
  actions: Readonly<Record<string, readonly string[]>> = {},
): Lexicon {
  const han = newNode<number>();
  const latin = newNode<string>();
  const latinLoose = newNode<string>();
  const py = newNode<string>();
  const latinVocab = new Set<string>();
  const subjects = new Set<string>();
  // Homophone repair covers the curated vocabulary (aspects, synonym groups), not every keyword:
  // keywords are many (place and company names) and rarely mistyped in a way that matters.
  const add = (term: string, token: string, soundsAlike = true, norm = normalizeText(term)): void => {
    if (!norm) return;
    if (HAN_ONLY.test(norm)) {
      if (norm.length < 2) return;
      insert(han, codeUnits(norm), token);
      if (soundsAlike && !PARTICLE_PAIR.test(norm)) insert(py, pinyinSyllables(norm), token, norm);
    } else if (/^[a-z0-9 ]+$/.test(norm)) {
      const raw = latinWordsOf(norm);
      const ws = raw.map(stemEnglish);
      if (ws.length === 0) return;
      ws.forEach((w) => latinVocab.add(w));
      insert(latin, ws, token);
      // Also without its articles and possessives, for questions that drop or change them (see
      // latinLoose). Only when two or more words remain.
      const loose = ws.filter((_, i) => !DROPPABLE_WORDS.has(raw[i] as string));
      if (loose.length >= 2 && loose.length < ws.length) insert(latinLoose, loose, token);
    } else {
      // Mixed-script terms ("ip地址") are matched character by character like Chinese.
      insert(han, codeUnits(norm.replace(/ /g, '')), token);
    }
  };
  for (const [name, terms] of Object.entries(aspects)) for (const term of terms) add(term, `${ASPECT_PREFIX}${name}`);
  // Not repaired by sound: 补交 (hand in later) must not become 补缴 (pay arrears), a procedure.
  for (const [name, terms] of Object.entries(actions)) for (const term of terms) add(term, `${ACTION_PREFIX}${name}`, false);
  for (const group of groups) {
    const canonical = normalizeText(group[0] ?? '');
    if (!canonical) continue;
    subjects.add(canonical);
    for (const term of group) add(term, canonical);
  }
  // Keywords repeat across entries (a town's, a park's name): each distinct one is added once.
  for (const w of new Set(words)) {
    const token = normalizeText(w);
    subjects.add(token);
    add(w, token, false, token);
  }
  // Words recur endlessly in English text (the, permit, days): one lookup here instead of stemming
  // and four set lookups per word. Bounded: queries bring words without end.
  const latinWordFacts = new SliceMemo((raw): LatinWord => {
    const stem = stemEnglish(raw);
    return {
      stem,
      stopword: ENGLISH_STOPWORDS.has(raw),
      droppable: DROPPABLE_WORDS.has(raw),
      term: latin.children?.get(stem),
      looseTerm: latinLoose.children?.get(stem),
    };
  }, 100_000);
  return { han: codeUnitTrie(han), latin, latinLoose, pinyin: py, latinWords: latinVocab, subjectTokens: subjects, latinWordFacts };
}

function codeUnits(text: string): number[] {
  const units = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

export interface TermMatch {
  readonly token: string;
  /** How many keys (words, syllables or code units) the term covers. */
  readonly length: number;
  readonly surface?: string;
}

/** Longest term in `root` starting at `keys[from]` and ending by keys[end - 1]: its token and length, or null. */
export function longestMatch<K>(root: TrieNode<K>, keys: readonly K[], from: number, end = keys.length): TermMatch | null {
  return from < end ? longestMatchAfter(root.children?.get(keys[from] as K), keys, from + 1, end) : null;
}

/**
 * longestMatch, when the node its first key leads to is known (`first`: the terms that begin with
 * keys[next - 1]), going on from keys[next].
 */
export function longestMatchAfter<K>(first: TrieNode<K> | undefined, keys: readonly K[], next: number, end: number): TermMatch | null {
  let node = first;
  let found: TrieNode<K> | null = null;
  for (let i = next; node; i++) {
    if (node.token !== undefined) found = node;
    if (i >= end) break;
    node = node.children?.get(keys[i] as K);
  }
  // A term's end node carries its token and length: it is the match, nothing is allocated.
  return found as TermMatch | null;
}

/**
 * Longest Chinese term in `trie` starting at code unit `from` of `text` and ending by `end`. A term
 * never starts inside a surrogate pair (terms are inserted whole), so any start position is safe.
 */
export function longestMatchIn(trie: CodeUnitTrie, text: string, from: number, end: number): TermMatch | null {
  const { first, terms, edgeNode, edgeUnit, edgeChild, mask } = trie;
  let node = first[text.charCodeAt(from)] as number;
  let found: TermMatch | null = null;
  for (let i = from + 1; node !== 0; i++) {
    const term = terms[node];
    if (term !== undefined) found = term;
    if (i >= end) break;
    const unit = text.charCodeAt(i);
    let slot = edgeSlot(node, unit, mask);
    let next = 0;
    for (let at = edgeNode[slot] as number; at !== 0; at = edgeNode[slot] as number) {
      if (at === node && edgeUnit[slot] === unit) {
        next = edgeChild[slot] as number;
        break;
      }
      slot = (slot + 1) & mask;
    }
    node = next;
  }
  return found;
}
