import { cellKey, sumCells, type Cell } from './cells';
import { hauptquelle, herkunftAus, illustrativPruefer, type IstIllustrativ } from './provenienz';
import type { Quelle } from './quellen';
import { abgeleitet as fluechtlingeGruppen } from './schemas/fluechtlinge';

export interface DerivedCell extends Cell {
  /** How the value was computed from other published cells. */
  formel: string;
}

/** Sums published cells into a derived one; its source is the one the provenance module names. */
function sum(parts: Cell[], merkmal: string, formel: string, istIll: IstIllustrativ): DerivedCell {
  const cell = sumCells(parts, merkmal, formel) as Cell;
  return { ...cell, quelle: hauptquelle(herkunftAus(parts.map((p) => p.quelle), istIll), istIll), formel };
}

/**
 * Cells the pages need that no input states but the inputs determine: EU-2 = Bulgarien +
 * Rumänien, the refugee groups "vorrangig Integration" / "vorrangig Rückführung".
 */
export function deriveCells(cells: Cell[], quellen: Quelle[]): DerivedCell[] {
  const map = new Map(cells.map((c) => [cellKey(c), c]));
  const istIll = illustrativPruefer(quellen);
  const out: DerivedCell[] = [];
  const places = new Set(cells.map((c) => `${c.stichtag}|${c.gebiet}`));
  for (const place of places) {
    const [stichtag, gebiet] = place.split('|') as [string, string];
    const get = (datensatz: Cell['datensatz'], merkmal: string) => map.get(cellKey({ datensatz, stichtag, gebiet, merkmal }));
    const bg = get('zuwanderung-suedosteuropa', 'bulgarien');
    const ro = get('zuwanderung-suedosteuropa', 'rumaenien');
    if (bg && ro && !get('zuwanderung-suedosteuropa', 'eu2_insgesamt')) out.push(sum([bg, ro], 'eu2_insgesamt', 'bulgarien + rumaenien', istIll));
    for (const [merkmal, parts] of Object.entries(fluechtlingeGruppen)) {
      const found = parts.map((p) => get('fluechtlinge', p));
      if (found.every((f): f is Cell => f !== undefined)) out.push(sum(found, merkmal, parts.join(' + '), istIll));
    }
  }
  return out;
}
