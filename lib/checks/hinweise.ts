import { nachStichtag } from '../stichtag';
import type { Cell } from '../cells';
import { areaKm2 } from '../geo/measure';
import type { Geometry } from '../geo/types';
import { warning, type Problem } from '../problems';
import type { Quelle } from '../quellen';

/** How far the outline's area may differ from the official area before the office is told. */
export const FLAECHE_TOLERANZ = 0.02;

/**
 * Warnings an office wants before it publishes: sources in quellen.csv no value uses, and an
 * outline whose area differs from the official area (flaeche_km2 of the city) by more than 2 %.
 */
export function hinweise(
  cells: Cell[],
  quellen: Quelle[],
  ags: string,
  outline: Geometry | undefined,
  pfade: { quellen: string; stadtgrenze: string; quellenZeilen: Map<string, number> },
  auchGenutzt: string[] = [],
): Problem[] {
  const out: Problem[] = [];
  const genutzt = new Set(auchGenutzt);
  for (const c of cells) genutzt.add(c.quelle);
  for (const q of quellen) if (!genutzt.has(q.id)) out.push(warning({ path: pfade.quellen, line: pfade.quellenZeilen.get(q.id) }, `Quelle „${q.id}“ wird von keinem Wert verwendet`));
  const amtlich = cells.filter((c) => c.gebiet === ags && c.merkmal === 'flaeche_km2' && c.wert !== null).sort(nachStichtag).at(-1);
  if (outline && amtlich?.wert) {
    const gemessen = areaKm2(outline);
    const abw = Math.abs(gemessen - amtlich.wert) / amtlich.wert;
    if (abw > FLAECHE_TOLERANZ)
      out.push(
        warning(
          { path: pfade.stadtgrenze },
          `Fläche der Stadtgrenze ${gemessen.toFixed(1).replace('.', ',')} km² weicht um ${(abw * 100).toFixed(1).replace('.', ',')} % von der amtlichen ab (${String(amtlich.wert).replace('.', ',')} km², ${amtlich.ort.path}) – grobe oder falsche Geometrie?`,
        ),
      );
  }
  return out;
}
