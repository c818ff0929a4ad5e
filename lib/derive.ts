import { cellKey, sumCells, type Cell } from './cells';
import { hauptquelle, herkunftAus, illustrativPruefer, type IstIllustrativ } from './provenienz';
import type { Quelle } from './quellen';
import type { DatasetId } from './datasets';
import type { Gruppen } from './gruppen';

export interface DerivedCell extends Cell {
  /** How the value was computed from other published cells. */
  formel: string;
  /** The merkmale (same dataset, area and Stichtag) it is the sum of: an equation for disclosure control. */
  teile: string[];
}

/** Sums published cells into a derived one; its source is the one the provenance module names. */
function sum(parts: Cell[], merkmal: string, istIll: IstIllustrativ): DerivedCell {
  const teile = parts.map((p) => p.merkmal);
  const formel = teile.join(' + ');
  const cell = sumCells(parts, merkmal, formel) as Cell;
  return { ...cell, quelle: hauptquelle(herkunftAus(parts.map((p) => p.quelle), istIll), istIll), formel, teile };
}

/**
 * Cells the pages need that no input states but the inputs determine: EU-2 = Bulgarien +
 * Rumänien, and the groups the municipality forms (kommune.json `gruppen`).
 */
export function deriveCells(cells: Cell[], quellen: Quelle[], gruppen: Gruppen = {}): DerivedCell[] {
  const map = new Map(cells.map((c) => [cellKey(c), c]));
  const istIll = illustrativPruefer(quellen);
  const out: DerivedCell[] = [];
  const places = new Set(cells.map((c) => `${c.stichtag}|${c.gebiet}`));
  for (const place of places) {
    const [stichtag, gebiet] = place.split('|') as [string, string];
    const get = (datensatz: Cell['datensatz'], merkmal: string) => map.get(cellKey({ datensatz, stichtag, gebiet, merkmal }));
    const bg = get('zuwanderung-suedosteuropa', 'bulgarien');
    const ro = get('zuwanderung-suedosteuropa', 'rumaenien');
    if (bg && ro && !get('zuwanderung-suedosteuropa', 'eu2_insgesamt')) out.push(sum([bg, ro], 'eu2_insgesamt', istIll));
    for (const [ds, liste] of Object.entries(gruppen) as [DatasetId, NonNullable<Gruppen[DatasetId]>][])
      for (const g of liste) {
        const found = g.teile.map((p) => get(ds, p));
        if (found.every((f): f is Cell => f !== undefined)) out.push(sum(found, g.id, istIll));
      }
  }
  return out;
}
