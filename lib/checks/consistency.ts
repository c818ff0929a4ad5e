import { Orte, type Cell } from '../cells';
import { DATASETS, isAdditive, passtZu, resolveRef } from '../datasets';
import { fmtAnzahl, fmtWert } from '../format';
import { kinderJe, type Gebiet } from '../gebiete';
import { error, type Problem } from '../problems';
import type { Quelle } from '../quellen';

/** How far each cell's source rounds (0: exact). */
function rundungVon(quellen: Quelle[]): (c: Cell) => number {
  const byId = new Map(quellen.map((q) => [q.id, q.rundung]));
  return (c) => byId.get(c.quelle) ?? 0;
}

/** Allowed difference of a sum: ±2 per summed cell from a source that rounds (IT.NRW 12521). */
const tolerance = (cells: Cell[], rundung: (c: Cell) => number) => cells.reduce((t, c) => t + (rundung(c) > 0 ? 2 : 0), 0);

const lines = (cells: Cell[]) => {
  const paths = new Set(cells.map((c) => c.ort.path));
  return cells.map((c) => (paths.size === 1 ? `Zeile ${c.ort.line}` : `${c.ort.path}:${c.ort.line}`)).join(', ');
};

/** The areas of each level must sum to the area they lie in, and the coarsest to the city, where all parts exist (`orte`: these cells by place, if already built). */
export function checkHierarchy(cells: Cell[], gebiete: Gebiet[], quellen: Quelle[], orte = new Orte(cells)): Problem[] {
  const rundung = rundungVon(quellen);
  const kinder = kinderJe(gebiete);
  const name = new Map(gebiete.map((g) => [g.id, g.name]));
  const problems: Problem[] = [];
  for (const total of cells) {
    if (total.wert === null || !isAdditive(total.datensatz, total.merkmal)) continue;
    const parts = orte.teile(total, kinder);
    if (!parts) continue;
    if (parts.some((p) => p === undefined || p.wert === null)) continue;
    const present = parts as Cell[];
    const sum = present.reduce((s, p) => s + (p.wert ?? 0), 0);
    if (Math.abs(sum - total.wert) > tolerance([total, ...present], rundung))
      problems.push(
        error(
          { path: total.ort.path, line: total.ort.line },
          `Spalte ${total.ort.spalte} = ${fmtWert(total)} (${total.datensatz}, ${total.merkmal}, ${name.get(total.gebiet)}): die ${present.length} Teilgebiete ergeben zusammen ${fmtAnzahl(sum)} (${lines(present)})`,
        ),
      );
  }
  return problems;
}

/** Parts ≤ totals and parts that make a total, per dataset rules (see lib/schemas; `orte`: these cells by place, if already built). */
export function checkRules(cells: Cell[], quellen: Quelle[], orte = new Orte(cells)): Problem[] {
  const rundung = rundungVon(quellen);
  const problems: Problem[] = [];
  for (const ort of orte.alle.values()) {
    const own = ort.zellen;
    const { datensatz: ds, stichtag, gebiet } = own[0] as Cell;
    const resolve = (ref: string) => orte.bezug(ort, ...resolveRef(ref, ds));
    for (const rule of DATASETS[ds].rules) {
      const total = resolve(rule.total);
      if (!total || total.wert === null) continue;
      const passt = rule.parts instanceof RegExp ? passtZu(rule.parts) : undefined;
      const named = Array.isArray(rule.parts) ? rule.parts.map(resolve) : own.filter((c) => passt?.(c.merkmal));
      const parts = named.filter((p): p is Cell => p !== undefined && p.wert !== null);
      if (parts.length === 0) continue;
      if (rule.relation === '=' && parts.length !== named.length) continue;
      const sum = parts.reduce((s, p) => s + (p.wert ?? 0), 0);
      const tol = tolerance([total, ...parts], rundung);
      const bad = rule.relation === '=' ? Math.abs(sum - total.wert) > tol : sum > total.wert + tol;
      if (!bad) continue;
      const first = parts[0] as Cell;
      const names = parts.map((p) => p.merkmal).join(' + ');
      problems.push(
        error(
          { path: first.ort.path, line: first.ort.line },
          `${names} = ${fmtAnzahl(sum)} ${rule.relation === '=' ? 'ergibt nicht' : 'ist größer als'} ${total.merkmal} = ${fmtWert(total)} (${ds}, ${stichtag}, Gebiet ${gebiet}; ${lines([...parts, total])})`,
        ),
      );
    }
  }
  return problems;
}
