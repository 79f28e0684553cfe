/** A copy of `array` with room for at least `needed` elements (its size doubled as often as needed). */
export function grow<T extends Int32Array | Float32Array | Float64Array>(array: T, needed: number): T {
  let size = Math.max(1, array.length);
  while (size < needed) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}
