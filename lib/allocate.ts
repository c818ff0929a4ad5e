import { maximum } from './listen';

/** Deterministic PRNG (mulberry32): the same seed gives the same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits a whole number into integer parts proportional to weights; the parts sum exactly to total. */
export function allocate(total: number, weights: number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`allocate: ${total} ist keine nicht-negative ganze Zahl`);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) throw new Error('allocate: Gewichte summieren sich nicht zu > 0');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/**
 * Fills a table of whole numbers whose rows sum to `rows` and columns to `cols` (Σrows = Σcols),
 * each row split like the columns still open, tilted by `bias[row][col]`. The last row takes
 * what remains, so both margins hold exactly.
 */
export function allocate2d(rows: number[], cols: number[], bias?: number[][]): number[][] {
  const total = rows.reduce((s, r) => s + r, 0);
  if (total !== cols.reduce((s, c) => s + c, 0)) throw new Error('allocate2d: Zeilen- und Spaltensummen verschieden');
  const left = [...cols];
  return rows.map((r, i) => {
    if (i === rows.length - 1) return [...left];
    const w = left.map((l, j) => l * (bias?.[i]?.[j] ?? 1));
    const part = w.some((x) => x > 0) ? allocate(r, w) : left.map(() => 0);
    // Never take more than a column has left: hand the excess, unit by unit, to columns with room.
    let excess = 0;
    part.forEach((p, j) => {
      const over = p - (left[j] ?? 0);
      if (over > 0) {
        part[j] = left[j] ?? 0;
        excess += over;
      }
    });
    while (excess > 0) {
      const room = left.map((l, j) => l - (part[j] ?? 0));
      const k = room.indexOf(maximum(room));
      if ((room[k] ?? 0) <= 0) throw new Error('allocate2d: nicht lösbar');
      part[k] = (part[k] ?? 0) + 1;
      excess--;
    }
    part.forEach((p, j) => (left[j] = (left[j] ?? 0) - p));
    return part;
  });
}
