const ggT = (a: number, b: number): number => (b === 0 ? a : ggT(b, a % b));

/** The simple fraction a/b (b ≤ 10, reduced) nearest to a percentage, if within `naehe` percentage points. */
export function einfacherBruch(prozent: number, naehe: number): { a: number; b: number } | undefined {
  let best: { a: number; b: number; d: number } | undefined;
  for (let b = 2; b <= 10; b++)
    for (let a = 1; a < b; a++) {
      if (ggT(a, b) !== 1) continue;
      const d = Math.abs(prozent - (100 * a) / b);
      if (d <= naehe && (!best || d < best.d - 1e-9)) best = { a, b, d };
    }
  return best && { a: best.a, b: best.b };
}
