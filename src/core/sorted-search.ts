/**
 * Binary search in an ascending array of numbers (doc ids, surface units), or in its ascending part
 * [from, to): the index, or -1 when absent.
 */
export function indexOfSorted(sorted: ArrayLike<number>, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
