import type { Gleichung } from './gleichungen';

/**
 * A row Σ val[i]·x[idx[i]] = rhs over unknown cells, with integer coefficients: the cells as
 * numbers in the order of their keys, ascending (the row's first cell is its smallest key).
 */
interface Zeile {
  idx: number[];
  val: number[];
  rhs: number;
  /** The sums it combines (indices into the equations), when asked for. */
  aus?: Set<number>;
}

const gcd = (a: number, b: number): number => {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
};

/** Divides by the coefficients' common divisor and makes the first coefficient positive. */
function normalise(z: Zeile): Zeile {
  let g = Math.abs(z.rhs);
  for (const v of z.val) g = gcd(g, v);
  const f = (g || 1) * Math.sign(z.val[0] ?? 1);
  if (f === 1) return z;
  return { idx: z.idx, val: z.val.map((v) => v / f), rhs: z.rhs / f, aus: z.aus };
}

/** The coefficient of cell `i` in a row (0 if it has none). */
function koeffizient(z: Zeile, i: number): number {
  let lo = 0;
  let hi = z.idx.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    const x = z.idx[m] as number;
    if (x === i) return z.val[m] as number;
    if (x < i) lo = m + 1;
    else hi = m - 1;
  }
  return 0;
}

/** a·row − b·other, eliminating cell `i` from row (both hold it): a merge of two sorted rows. */
function eliminate(row: Zeile, other: Zeile, i: number): Zeile {
  const a = koeffizient(other, i);
  const b = koeffizient(row, i);
  const idx: number[] = [];
  const val: number[] = [];
  let p = 0;
  let q = 0;
  while (p < row.idx.length || q < other.idx.length) {
    const x = p < row.idx.length ? (row.idx[p] as number) : Infinity;
    const y = q < other.idx.length ? (other.idx[q] as number) : Infinity;
    // Plain assignments: a destructured pair allocates an array for every cell of the row.
    let v: number;
    let k: number;
    if (x < y) {
      k = x;
      v = a * (row.val[p++] as number);
    } else if (y < x) {
      k = y;
      v = -b * (other.val[q++] as number);
    } else {
      k = x;
      v = a * (row.val[p++] as number) - b * (other.val[q++] as number);
    }
    if (v !== 0) {
      idx.push(k);
      val.push(v);
    }
  }
  const aus = row.aus && other.aus ? new Set([...row.aus, ...other.aus]) : undefined;
  const out = normalise({ idx, val, rhs: a * row.rhs - b * other.rhs, aus });
  if (!Number.isSafeInteger(out.rhs) || !out.val.every(Number.isSafeInteger)) throw new Error('Geheimhaltungsprüfung: Koeffizienten zu groß');
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
  const { namen, found } = loesen(gl, bekannt, false);
  return new Map([...found].map(([k, v]) => [namen[k] as string, v]));
}

/**
 * The attack, and for each cell it recomputes the sums it combines to do so (indices into `gl`):
 * only a published cell of one of them, once withheld, can stop that way of recomputing it.
 */
export function angriffMitHerkunft(gl: Gleichung[], bekannt: Pick<ReadonlyMap<string, number>, 'get'>): Map<string, { wert: number; summen: number[] }> {
  const { namen, found, aus } = loesen(gl, bekannt, true);
  return new Map([...found].map(([k, wert]) => [namen[k] as string, { wert, summen: [...(aus.get(k) ?? [])].sort((x, y) => x - y) }]));
}

/**
 * Gauss–Jordan elimination on sparse integer rows; each row's pivot is its smallest cell key.
 * A pivot row is found for a cell through an index of the pivot rows holding it, so a system
 * of n sums costs about n times the rows a cell reaches, not n². Recomputed cells become known
 * and the system is solved again until nothing new follows.
 */
function loesen(gl: Gleichung[], bekannt: Pick<ReadonlyMap<string, number>, 'get'>, herkunft: boolean) {
  const schluessel = new Set<string>();
  for (const g of gl) {
    schluessel.add(g.summe);
    for (const t of g.teile) schluessel.add(t);
  }
  const namen = [...schluessel].sort();
  const nummer = new Map(namen.map((k, i) => [k, i]));
  const wert: (number | undefined)[] = namen.map((k) => bekannt.get(k));
  const gleichungen = gl.map((g) => [[nummer.get(g.summe) as number, 1], ...g.teile.map((t) => [nummer.get(t) as number, -1])] as [number, number][]);

  const found = new Map<number, number>();
  // The sums behind each recomputed cell, when asked for.
  const aus = new Map<number, Set<number>>();
  for (;;) {
    const rows: Zeile[] = [];
    gleichungen.forEach((g, n) => {
      const coef = new Map<number, number>();
      const quellen = herkunft ? new Set([n]) : undefined;
      let rhs = 0;
      for (const [k, c] of g) {
        const v = wert[k] ?? found.get(k);
        if (v === undefined) coef.set(k, (coef.get(k) ?? 0) + c);
        else {
          rhs -= c * v;
          if (quellen && wert[k] === undefined) for (const q of aus.get(k) ?? []) quellen.add(q);
        }
      }
      const idx = [...coef.keys()].filter((k) => coef.get(k) !== 0).sort((x, y) => x - y);
      if (idx.length) rows.push(normalise({ idx, val: idx.map((k) => coef.get(k) as number), rhs, aus: quellen }));
    });
    const before = found.size;
    const pivots: Zeile[] = [];
    const pivotVon = new Map<number, number>();
    // Which pivot rows hold a cell (kept current as pivot rows change).
    const halter = new Map<number, Set<number>>();
    const eintragen = (n: number, k: number) => {
      let s = halter.get(k);
      if (!s) halter.set(k, (s = new Set()));
      s.add(n);
    };
    // Pivot row n changed from alt to neu (both sorted): only the cells it lost or gained change
    // their holders — elimination keeps most of a row, and these sets were most of the attack's time.
    const umtragen = (n: number, alt: Zeile, neu: Zeile) => {
      let p = 0;
      let q = 0;
      while (p < alt.idx.length || q < neu.idx.length) {
        const x = p < alt.idx.length ? (alt.idx[p] as number) : Infinity;
        const y = q < neu.idx.length ? (neu.idx[q] as number) : Infinity;
        if (x === y) {
          p++;
          q++;
        } else if (x < y) {
          halter.get(x)?.delete(n);
          p++;
        } else {
          eintragen(n, y);
          q++;
        }
      }
    };
    for (let row of rows) {
      // Reduce by every pivot it holds, in column order: a pivot row holds no other pivot, so
      // what elimination adds below the eliminated column is no pivot either.
      for (let j = 0; j < row.idx.length; ) {
        const k = row.idx[j] as number;
        const p = pivotVon.get(k);
        if (p === undefined) j++;
        else {
          row = eliminate(row, pivots[p] as Zeile, k);
          while (j < row.idx.length && (row.idx[j] as number) < k) j++;
        }
      }
      const key = row.idx[0];
      if (key === undefined) continue;
      const n = pivots.length;
      for (const m of [...(halter.get(key) ?? [])].sort((x, y) => x - y)) {
        const alt = pivots[m] as Zeile;
        const neu = eliminate(alt, row, key);
        umtragen(m, alt, neu);
        pivots[m] = neu;
      }
      pivots.push(row);
      pivotVon.set(key, n);
      for (const k of row.idx) eintragen(n, k);
    }
    const finden = (k: number, v: number, row: Zeile) => {
      if (herkunft && !found.has(k)) aus.set(k, row.aus as Set<number>);
      found.set(k, v === 0 ? 0 : v); // no −0 from a negated row
    };
    for (const row of [...pivots, ...rows]) {
      if (row.idx.length === 1) finden(row.idx[0] as number, row.rhs / (row.val[0] as number), row);
      else if (row.rhs === 0 && row.val.every((c) => Math.sign(c) === Math.sign(row.val[0] as number))) for (const k of row.idx) finden(k, 0, row);
    }
    if (found.size === before) return { namen, found, aus };
  }
}
