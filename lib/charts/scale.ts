/** "Nice" axis ticks from 0 to at least max: steps of 1, 2, 2.5 or 5 × 10^n. */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((s) => s * mag >= raw) ?? 10) * mag;
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/**
 * Linear map from a domain to a range, to a hundredth of a unit: drawing coordinates, where more
 * digits change no pixel but are written into every page (HTML and its payload) for every point.
 */
export const linear = ([d0, d1]: [number, number], [r0, r1]: [number, number]) => (v: number) =>
  d1 === d0 ? r0 : Math.round((r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)) * 100) / 100;

/** A bar's width as a CSS percentage of the largest value, to a hundredth of a percent. */
export const anteilBreite = (v: number, max: number) => `${max > 0 ? Math.round((v / max) * 10000) / 100 : 0}%`;

/** A Stichtag (ISO date) as a point on the time axis: milliseconds at midnight UTC. */
export const zeitpunkt = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
