import { cellKey, sumCells, type Cell } from './cells';
import type { Quelle } from './quellen';
import { abgeleitet as fluechtlingeGruppen } from './schemas/fluechtlinge';

export interface DerivedCell extends Cell {
  /** How the value was computed from other published cells. */
  formel: string;
}

/** Sums published cells into a derived one; illustrative when any input is. */
function sum(parts: Cell[], merkmal: string, formel: string, isIllustrative: (q: string) => boolean): DerivedCell {
  const cell = sumCells(parts, merkmal, formel) as Cell;
  return { ...cell, quelle: parts.find((p) => isIllustrative(p.quelle))?.quelle ?? cell.quelle, formel };
}

/**
 * Cells the pages need that no input states but the inputs determine: EU-2 = Bulgarien +
 * Rumänien, the refugee groups "vorrangig Integration" / "vorrangig Rückführung".
 */
export function deriveCells(cells: Cell[], quellen: Quelle[]): DerivedCell[] {
  const map = new Map(cells.map((c) => [cellKey(c), c]));
  const illustrative = new Set(quellen.filter((q) => q.art === 'illustrativ').map((q) => q.id));
  const isIll = (q: string) => illustrative.has(q);
  const out: DerivedCell[] = [];
  const places = new Set(cells.map((c) => `${c.stichtag}|${c.gebiet}`));
  for (const place of places) {
    const [stichtag, gebiet] = place.split('|') as [string, string];
    const get = (datensatz: Cell['datensatz'], merkmal: string) => map.get(cellKey({ datensatz, stichtag, gebiet, merkmal }));
    const bg = get('zuwanderung-suedosteuropa', 'bulgarien');
    const ro = get('zuwanderung-suedosteuropa', 'rumaenien');
    if (bg && ro && !get('zuwanderung-suedosteuropa', 'eu2_insgesamt')) out.push(sum([bg, ro], 'eu2_insgesamt', 'bulgarien + rumaenien', isIll));
    for (const [merkmal, parts] of Object.entries(fluechtlingeGruppen)) {
      const found = parts.map((p) => get('fluechtlinge', p));
      if (found.every((f): f is Cell => f !== undefined)) out.push(sum(found, merkmal, parts.join(' + '), isIll));
    }
  }
  return out;
}
