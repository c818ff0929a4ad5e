/**
 * Loops instead of argument spreads: `push(...xs)` and `Math.max(...xs)` pass every element as
 * an argument and overflow the stack at ~100,000 elements — hostile inputs have that many.
 */

/** Appends every element of `quelle` to `ziel`; returns `ziel`. */
export function anhaengen<T>(ziel: T[], quelle: Iterable<T>): T[] {
  for (const x of quelle) ziel.push(x);
  return ziel;
}

/** The largest number (at least `start`). */
export function maximum(xs: Iterable<number>, start = -Infinity): number {
  let m = start;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** The smallest number (at most `start`). */
export function minimum(xs: Iterable<number>, start = Infinity): number {
  let m = start;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** The first `n` elements and how many are left out: for pages that show a long list in part. */
export function gekuerzt<T>(xs: readonly T[], n: number): { zeilen: T[]; weitere: number } {
  const zeilen = xs.slice(0, Math.max(0, n));
  return { zeilen, weitere: xs.length - zeilen.length };
}
