import type { DatensatzDatei } from '../published';

export interface AngegebenerAnteil {
  stichtag: string;
  /** Share as the source states it (e.g. "ca. 34 %"). */
  angegeben: number;
  /** Share computed from the same source's counts. */
  berechnet: number;
  zaehler: number;
  nenner: number;
  quelle: string;
}

/**
 * Shares a source states beside its own counts that do not match them (by more than half a
 * point): the pages show the computed share and explain the stated one where it appears.
 */
export function abweichendeAnteile(datei: DatensatzDatei, bevoelkerung: DatensatzDatei, gebiet: string, anteil: string, zaehler: string): AngegebenerAnteil[] {
  const wert = (d: DatensatzDatei, s: string, m: string) => d.werte.find(([st, g, mm]) => st === s && g === gebiet && mm === m);
  const out: AngegebenerAnteil[] = [];
  for (const [s, g, m, w, , q] of datei.werte) {
    if (g !== gebiet || m !== anteil || w === null) continue;
    const z = wert(datei, s, zaehler)?.[3];
    const n = wert(bevoelkerung, s, 'einwohner')?.[3];
    if (z == null || !n) continue;
    const berechnet = (z / n) * 100;
    if (Math.abs(berechnet - w) > 0.5) out.push({ stichtag: s, angegeben: w, berechnet, zaehler: z, nenner: n, quelle: q });
  }
  return out;
}
