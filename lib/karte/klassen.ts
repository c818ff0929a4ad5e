import { ckmeans, equalIntervalBreaks, quantile } from 'simple-statistics';

export type Methode = 'jenks' | 'quantil' | 'gleich';

export const METHODEN: { id: Methode; label: string }[] = [
  { id: 'jenks', label: 'natürliche Brüche (Jenks/ckmeans)' },
  { id: 'quantil', label: 'Quantile (gleich viele Gebiete)' },
  { id: 'gleich', label: 'gleiche Intervalle' },
];

/**
 * Class bounds b0 < b1 < … ≤ bk for the values (k ≤ n): class i holds b_i ≤ v < b_{i+1},
 * the last class includes its upper bound. Fewer classes when there are fewer distinct values.
 */
export function klassengrenzen(werte: number[], methode: Methode, n = 5): number[] {
  const xs = [...werte].filter(Number.isFinite).sort((a, b) => a - b);
  const distinct = [...new Set(xs)];
  if (distinct.length === 0) return [];
  if (distinct.length === 1) return [distinct[0] as number, distinct[0] as number];
  const k = Math.min(n, distinct.length);
  if (methode === 'jenks') {
    // Cluster minima are strictly increasing; a top cluster of one value gives [max, max].
    const clusters = ckmeans(xs, k);
    return [...clusters.map((c) => c[0] as number), xs[xs.length - 1] as number];
  }
  const b = methode === 'quantil' ? Array.from({ length: k + 1 }, (_, i) => quantile(xs, i / k)) : equalIntervalBreaks(xs, k);
  return b.filter((v, i) => i === 0 || v > (b[i - 1] as number));
}

/** Index of the class a value falls into, or -1 without classes. */
export function klasseVon(wert: number, grenzen: number[]): number {
  if (grenzen.length < 2) return -1;
  for (let i = grenzen.length - 2; i >= 0; i--) if (wert >= (grenzen[i] as number)) return i;
  return 0;
}

/** How many values fall into each class. */
export function klassenAnzahl(werte: number[], grenzen: number[]): number[] {
  const out = Array.from({ length: Math.max(0, grenzen.length - 1) }, () => 0);
  for (const w of werte) {
    const k = klasseVon(w, grenzen);
    if (k >= 0) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Sequential, colour-blind safe (viridis, light to dark reversed for "more = darker"). */
export const FARBEN_SEQUENZIELL = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

export function farbeFuer(klasse: number, anzahlKlassen: number): string {
  if (klasse < 0) return '#cccccc';
  // Spread fewer classes over the whole ramp.
  const i = anzahlKlassen <= 1 ? FARBEN_SEQUENZIELL.length - 1 : Math.round((klasse * (FARBEN_SEQUENZIELL.length - 1)) / (anzahlKlassen - 1));
  return FARBEN_SEQUENZIELL[i] as string;
}
