/**
 * How a benchmark's time grows with its size, for the benches' tables. Two readings of the same
 * pair of measurements (size n, time t):
 * - `jeEinheit`: time per unit of size against the base, 1.0 = linear, above 1 grows faster;
 * - `exponent`: k in t ∝ nᵏ between two sizes (1 = linear, 2 = quadratic): the complexity the
 *   step shows, which a ratio to the first size hides when the first size is mostly fixed cost.
 * Both are null where the sizes or times do not allow one (same size, a zero or missing time).
 */
export interface Messung {
  n: number;
  t: number;
}

const gueltig = (a: Messung, b: Messung) => a.n > 0 && b.n > 0 && a.t > 0 && b.t > 0 && a.n !== b.n && [a.n, a.t, b.n, b.t].every(Number.isFinite);

const runden = (x: number) => Math.round(x * 100) / 100;

/** (t / t₀) / (n / n₀), rounded to hundredths; 1 for the base itself. */
export function jeEinheit(basis: Messung, m: Messung): number | null {
  if (basis.n === m.n && basis.t === m.t && basis.t > 0) return 1;
  return gueltig(basis, m) ? runden(m.t / basis.t / (m.n / basis.n)) : null;
}

/** k with t = c · nᵏ through both measurements, rounded to hundredths. */
export function exponent(vorher: Messung, m: Messung): number | null {
  return gueltig(vorher, m) ? runden(Math.log(m.t / vorher.t) / Math.log(m.n / vorher.n)) : null;
}

/** The exponent of each step from one size to the next, as "n₀→n₁: k" (German decimal comma). */
export function schritte(messungen: Messung[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < messungen.length; i++) {
    const [a, b] = [messungen[i - 1] as Messung, messungen[i] as Messung];
    const k = exponent(a, b);
    if (k !== null) out.push(`${a.n.toLocaleString('de-DE')}→${b.n.toLocaleString('de-DE')}: ${k.toLocaleString('de-DE')}`);
  }
  return out;
}
