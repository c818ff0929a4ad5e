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

/** The parts of a derived merkmal and its formula, made once and shared by all its cells. */
interface Summe {
  merkmal: string;
  teile: string[];
  formel: string;
}
const summe = (merkmal: string, teile: string[]): Summe => ({ merkmal, teile, formel: teile.join(' + ') });
const EU2 = summe('eu2_insgesamt', ['bulgarien', 'rumaenien']);

/** Sums published cells (the parts of `s`, in its order) into a derived one; its source is the one the provenance module names. */
function sum(parts: Cell[], s: Summe, istIll: IstIllustrativ): DerivedCell {
  const cell = sumCells(parts, s.merkmal, s.formel) as Cell;
  return { ...cell, quelle: hauptquelle(herkunftAus(parts.map((p) => p.quelle), istIll), istIll), formel: s.formel, teile: s.teile };
}

/**
 * Cells the pages need that no input states but the inputs determine: EU-2 = Bulgarien +
 * Rumänien, and the groups the municipality forms (kommune.json `gruppen`).
 */
export function deriveCells(cells: Cell[], quellen: Quelle[], gruppen: Gruppen = {}): DerivedCell[] {
  const map = new Map(cells.map((c) => [cellKey(c), c]));
  const istIll = illustrativPruefer(quellen);
  const eigene = (Object.entries(gruppen) as [DatasetId, NonNullable<Gruppen[DatasetId]>][]).map(([ds, liste]) => [ds, liste.map((g) => summe(g.id, g.teile))] as const);
  const out: DerivedCell[] = [];
  const places = new Set(cells.map((c) => `${c.stichtag}|${c.gebiet}`));
  for (const place of places) {
    const [stichtag, gebiet] = place.split('|') as [string, string];
    const get = (datensatz: Cell['datensatz'], merkmal: string) => map.get(cellKey({ datensatz, stichtag, gebiet, merkmal }));
    const [bg, ro] = EU2.teile.map((m) => get('zuwanderung-suedosteuropa', m));
    if (bg && ro && !get('zuwanderung-suedosteuropa', EU2.merkmal)) out.push(sum([bg, ro], EU2, istIll));
    for (const [ds, summen] of eigene)
      for (const s of summen) {
        const found = s.teile.map((p) => get(ds, p));
        if (found.every((f): f is Cell => f !== undefined)) out.push(sum(found, s, istIll));
      }
  }
  return out;
}
