import type { Gleichung } from './gleichungen';

/** A row Σ coef·x = rhs over unknown cells, with integer coefficients. */
interface Zeile {
  coef: Map<string, number>;
  rhs: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

function normalise(z: Zeile): Zeile {
  let g = Math.abs(z.rhs);
  for (const v of z.coef.values()) g = gcd(g, v);
  const first = z.coef.values().next().value ?? 1;
  const f = (g || 1) * Math.sign(first);
  if (f === 1) return z;
  return { coef: new Map([...z.coef].map(([k, v]) => [k, v / f])), rhs: z.rhs / f };
}

/** a·row − b·other, eliminating `key` from row (both hold it). */
function eliminate(row: Zeile, other: Zeile, key: string): Zeile {
  const a = other.coef.get(key) as number;
  const b = row.coef.get(key) as number;
  const coef = new Map<string, number>();
  for (const [k, v] of row.coef) coef.set(k, a * v);
  for (const [k, v] of other.coef) {
    const n = (coef.get(k) ?? 0) - b * v;
    if (n === 0) coef.delete(k);
    else coef.set(k, n);
  }
  const out = normalise({ coef, rhs: a * row.rhs - b * other.rhs });
  if (![...out.coef.values(), out.rhs].every(Number.isSafeInteger)) throw new Error('Geheimhaltungsprüfung: Koeffizienten zu groß');
  return out;
}

/**
 * What an attacker can recompute: every unknown cell whose value the published cells and the
 * sums that link them determine exactly. Linear algebra (a cell is determined when the row
 * space of the equations, reduced to the unknowns, holds its unit vector) plus non-negativity
 * (unknown counts that are all added and sum to 0 are all 0). `bekannt` maps a cell key to
 * its published value; every key not in it is unknown. Returns the recomputed values.
 */
export function angriff(gl: Gleichung[], bekannt: Pick<ReadonlyMap<string, number>, 'get'>): Map<string, number> {
  const found = new Map<string, number>();
  const known = (k: string) => bekannt.get(k) ?? found.get(k);
  for (;;) {
    const rows: Zeile[] = [];
    for (const g of gl) {
      const coef = new Map<string, number>();
      let rhs = 0;
      for (const [k, c] of [[g.summe, 1], ...g.teile.map((t) => [t, -1] as const)] as const) {
        const v = known(k);
        if (v === undefined) coef.set(k, (coef.get(k) ?? 0) + c);
        else rhs -= c * v;
      }
      for (const [k, v] of coef) if (v === 0) coef.delete(k);
      if (coef.size) rows.push(normalise({ coef, rhs }));
    }
    const before = found.size;
    // Gauss–Jordan elimination on the unknowns
    const pivots: { key: string; row: Zeile }[] = [];
    for (let row of rows) {
      for (const p of pivots) if (row.coef.has(p.key)) row = eliminate(row, p.row, p.key);
      const key = [...row.coef.keys()].sort()[0];
      if (key === undefined) continue;
      for (const p of pivots) if (p.row.coef.has(key)) p.row = eliminate(p.row, row, key);
      pivots.push({ key, row });
    }
    for (const { row } of [...pivots, ...rows.map((row) => ({ row }))]) {
      const coefs = [...row.coef];
      if (coefs.length === 1) {
        const [[k, c]] = coefs as [[string, number]];
        found.set(k, row.rhs / c);
      } else if (row.rhs === 0 && coefs.every(([, c]) => Math.sign(c) === Math.sign(coefs[0]?.[1] ?? 0))) {
        for (const [k] of coefs) found.set(k, 0);
      }
    }
    if (found.size === before) return found;
  }
}
