import { cellKey, type Cell } from '../cells';
import { gruppieren } from '../gruppieren';
import type { Gebiet } from '../gebiete';
import type { DatensatzDatei } from '../published';
import { angriff } from './angriff';
import { gleichungen } from './gleichungen';

/** The cells of a published dataset file, as anyone downloading it sees them. */
export function veroeffentlichteZellen(datei: DatensatzDatei): Cell[] {
  return datei.werte.map(([stichtag, gebiet, merkmal, wert, zeichen, quelle]) => ({
    datensatz: datei.datensatz,
    stichtag,
    gebiet,
    merkmal,
    wert,
    ...(zeichen ? { zeichen } : {}),
    quelle,
    ort: { path: '', line: 0, spalte: '' },
  }));
}

/**
 * The check after publishing: the withheld cells (`zeichen` geheim) that the attack recomputes
 * from the published ones by the sums that link them, Stichtag by Stichtag. Empty when the
 * disclosure control holds.
 */
export function rueckrechenbar(cells: Cell[], gebiete: Gebiet[]): string[] {
  const out: string[] = [];
  for (const mine of gruppieren(cells, (c) => c.stichtag).values()) {
    const bekannt = new Map(mine.filter((c) => c.wert !== null).map((c) => [cellKey(c), c.wert as number]));
    const geheim = new Set(mine.filter((c) => c.zeichen === 'geheim').map(cellKey));
    for (const k of angriff(gleichungen(mine, gebiete), bekannt).keys()) if (geheim.has(k)) out.push(k);
  }
  return out.sort();
}
