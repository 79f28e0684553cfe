/**
 * A pure function of a string (or number), with its results remembered, at most `limit` of them:
 * when full, the memo starts over. Common inputs (需要什么, a frequent misspelling) come back at once
 * and are cheap again; a flood of novel text (a long message, an attacker) cannot grow it without limit.
 */
export function boundedMemo<V, K extends string | number = string>(compute: (key: K) => V, limit: number): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
