/** A thread that makes no progress for this long has failed (it may have died without a word). */
const STILLSTAND_MS = 120_000;

/**
 * Blocks the calling thread until `genug` holds for `zellen[i]`, which another thread changes
 * (and notifies); throws `meldung` when the value stays the same for STILLSTAND_MS.
 */
export function wartenBis(zellen: Int32Array, i: number, genug: (n: number) => boolean, meldung: string): void {
  let seit = Date.now();
  for (let n = Atomics.load(zellen, i); !genug(n); n = Atomics.load(zellen, i)) {
    if (Atomics.wait(zellen, i, n, 1000) !== 'timed-out') seit = Date.now();
    else if (Date.now() - seit > STILLSTAND_MS) throw new Error(meldung);
  }
}
