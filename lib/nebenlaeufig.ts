import { availableParallelism } from 'node:os';

/**
 * Runs `f` over `dinge` with at most `zugleich` at a time (default: one per core), started in
 * order; for work that leaves the JS thread (zlib, resvg in libuv's thread pool). Rejects with
 * the first error; no new item starts after it.
 */
export async function nebenlaeufig<T>(dinge: readonly T[], f: (ding: T) => Promise<void>, zugleich = availableParallelism()): Promise<void> {
  let naechstes = 0;
  let gescheitert = false;
  const arbeiter = async () => {
    while (!gescheitert && naechstes < dinge.length) {
      const ding = dinge[naechstes++] as T;
      try {
        await f(ding);
      } catch (fehler) {
        gescheitert = true;
        throw fehler;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(zugleich, dinge.length)) }, arbeiter));
}
