/**
 * A pure function of an ASCII word, with its results remembered like boundedMemo's, but looked up by
 * where the word lies in a text (`text[start, end)`, upper-case ASCII letters read as lower-case)
 * instead of by a string cut out of it: the index build reads millions of English words (2.2 million
 * at 50,000 synthetic entries), nearly all seen before, and cutting each out (and lower-casing it) only
 * to look it up made a string per word. A word is cut out once, when it is first seen.
 * Open addressing over a power-of-two table at most half full; when `limit` words are held, the memo
 * starts over.
 */
export class SliceMemo<V> {
  private readonly compute: (word: string) => V;
  private readonly limit: number;
  private readonly mask: number;
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private readonly hashes: Int32Array;
  private size = 0;

  constructor(compute: (word: string) => V, limit: number) {
    this.compute = compute;
    this.limit = limit;
    let capacity = 16;
    while (capacity < limit * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
  }

  /** compute(text.slice(start, end).toLowerCase()), remembered. */
  get(text: string, start: number, end: number): V {
    // FNV-1a over the lower-cased code units.
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ lowerAscii(text.charCodeAt(i)), 0x01000193);
    const { keys, hashes, mask } = this;
    let slot = hash & mask;
    for (let key = keys[slot]; key !== undefined; key = keys[slot]) {
      if (hashes[slot] === hash && sameWord(key, text, start, end)) return this.values[slot] as V;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end).toLowerCase();
    const value = this.compute(word);
    if (this.size >= this.limit) {
      this.clear();
      slot = hash & mask;
    }
    keys[slot] = word;
    this.values[slot] = value;
    hashes[slot] = hash;
    this.size++;
    return value;
  }

  private clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.size = 0;
  }
}

const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/** Whether `word` (lower-case) is text[start, end) read with ASCII letters lower-cased. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lowerAscii(text.charCodeAt(start + i))) return false;
  return true;
}
