import { gruppieren } from '../gruppieren';
import { cellKey, ortKey, type Cell } from '../cells';
import { DATASETS, isAdditive, passtZu, resolveRef, type DatasetId } from '../datasets';
import { fmtAnzahl, fmtWert } from '../format';
import type { Gebiet } from '../gebiete';
import { error, type Problem } from '../problems';
import type { Quelle } from '../quellen';

interface Index {
  get: (ds: DatasetId, stichtag: string, gebiet: string, merkmal: string) => Cell | undefined;
  rundung: (c: Cell) => number;
}

function index(cells: Cell[], quellen: Quelle[]): Index {
  const map = new Map(cells.map((c) => [cellKey(c), c]));
  const byId = new Map(quellen.map((q) => [q.id, q.rundung]));
  return {
    get: (datensatz, stichtag, gebiet, merkmal) => map.get(cellKey({ datensatz, stichtag, gebiet, merkmal })),
    rundung: (c) => byId.get(c.quelle) ?? 0,
  };
}

/** Allowed difference of a sum: ±2 per summed cell from a source that rounds (IT.NRW 12521). */
const tolerance = (cells: Cell[], idx: Index) => cells.reduce((t, c) => t + (idx.rundung(c) > 0 ? 2 : 0), 0);

const lines = (cells: Cell[]) => {
  const paths = new Set(cells.map((c) => c.ort.path));
  return cells.map((c) => (paths.size === 1 ? `Zeile ${c.ort.line}` : `${c.ort.path}:${c.ort.line}`)).join(', ');
};

/** The areas of each level must sum to the area they lie in, and the coarsest to the city, where all parts exist. */
export function checkHierarchy(cells: Cell[], gebiete: Gebiet[], quellen: Quelle[]): Problem[] {
  const idx = index(cells, quellen);
  const problems: Problem[] = [];
  const parents = gebiete.filter((g) => gebiete.some((c) => c.parent === g.id));
  for (const total of cells) {
    if (total.wert === null || !isAdditive(total.datensatz, total.merkmal)) continue;
    const parent = parents.find((p) => p.id === total.gebiet);
    if (!parent) continue;
    const kids = gebiete.filter((g) => g.parent === parent.id);
    const parts = kids.map((k) => idx.get(total.datensatz, total.stichtag, k.id, total.merkmal));
    if (parts.some((p) => p === undefined || p.wert === null)) continue;
    const present = parts as Cell[];
    const sum = present.reduce((s, p) => s + (p.wert ?? 0), 0);
    if (Math.abs(sum - total.wert) > tolerance([total, ...present], idx))
      problems.push(
        error(
          { path: total.ort.path, line: total.ort.line },
          `Spalte ${total.ort.spalte} = ${fmtWert(total)} (${total.datensatz}, ${total.merkmal}, ${parent.name}): die ${kids.length} Teilgebiete ergeben zusammen ${fmtAnzahl(sum)} (${lines(present)})`,
        ),
      );
  }
  return problems;
}

/** Parts ≤ totals and parts that make a total, per dataset rules (see lib/schemas). */
export function checkRules(cells: Cell[], quellen: Quelle[]): Problem[] {
  const idx = index(cells, quellen);
  const problems: Problem[] = [];
  for (const [key, own] of gruppieren(cells, ortKey)) {
    const [ds, stichtag, gebiet] = key.split('|') as [DatasetId, string, string];
    const resolve = (ref: string) => {
      const [d, m] = resolveRef(ref, ds);
      return idx.get(d, stichtag, gebiet, m);
    };
    for (const rule of DATASETS[ds].rules) {
      const total = resolve(rule.total);
      if (!total || total.wert === null) continue;
      const passt = rule.parts instanceof RegExp ? passtZu(rule.parts) : undefined;
      const named = Array.isArray(rule.parts) ? rule.parts.map(resolve) : own.filter((c) => passt?.(c.merkmal));
      const parts = named.filter((p): p is Cell => p !== undefined && p.wert !== null);
      if (parts.length === 0) continue;
      if (rule.relation === '=' && parts.length !== named.length) continue;
      const sum = parts.reduce((s, p) => s + (p.wert ?? 0), 0);
      const tol = tolerance([total, ...parts], idx);
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
