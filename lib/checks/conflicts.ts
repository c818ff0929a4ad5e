import { gruppieren } from '../gruppieren';
import { cellKey, where, type Cell } from '../cells';
import { error, type Problem } from '../problems';
import type { Quelle } from '../quellen';
import { fmtWert } from '../format';

/** Two values agree when equal, or within ±2 per cell that comes from a rounding source. */
export function agree(a: Cell, b: Cell, rundung: (q: string) => number): boolean {
  if (a.wert === null || b.wert === null) return a.wert === b.wert && a.zeichen === b.zeichen;
  const tol = (rundung(a.quelle) > 0 ? 2 : 0) + (rundung(b.quelle) > 0 ? 2 : 0);
  return Math.abs(a.wert - b.wert) <= tol + 1e-9;
}

/**
 * Merges cells that several inputs give for the same dataset, Stichtag, area and merkmal.
 * Agreeing values collapse to one, the official source preferred; disagreeing ones are an
 * error that names both places.
 */
export function mergeCells(cells: Cell[], quellen: Quelle[]): { cells: Cell[]; problems: Problem[] } {
  const byId = new Map(quellen.map((q) => [q.id, q]));
  const rundung = (q: string) => byId.get(q)?.rundung ?? 0;
  const rank = (c: Cell) => (byId.get(c.quelle)?.art === 'amtlich' ? 0 : 1);
  const problems: Problem[] = [];
  // Cells of different Stichtage never merge: keyed one Stichtag at a time (not a key per cell of
  // the whole table at once); each group's chosen cell stands where its key first appears.
  const gewaehlt: (Cell | undefined)[] = new Array(cells.length);
  const stellen = gruppieren(cells.keys(), (i) => (cells[i] as Cell).stichtag);
  for (const hier of stellen.values())
    for (const gruppe of gruppieren(hier, (i) => cellKey(cells[i] as Cell)).values()) {
      const sorted = gruppe.map((i) => cells[i] as Cell).sort((a, b) => rank(a) - rank(b));
      const [chosen, ...others] = sorted;
      if (!chosen) continue;
      for (const o of others)
        if (!agree(chosen, o, rundung))
          problems.push(
            error(
              { path: o.ort.path, line: o.ort.line },
              `Spalte ${o.ort.spalte} = ${fmtWert(o)}: Widerspruch zu ${fmtWert(chosen)} in ${where(chosen)} für ${o.datensatz} ${o.stichtag} ${o.gebiet} ${o.merkmal} (Quellen ${o.quelle} / ${chosen.quelle})`,
            ),
          );
      gewaehlt[gruppe[0] as number] = chosen;
    }
  const merged: Cell[] = [];
  for (const c of gewaehlt) if (c) merged.push(c);
  return { cells: merged, problems };
}
