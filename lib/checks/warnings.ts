import { nachStichtag } from '../stichtag';
import { cellKey, type Cell } from '../cells';
import { merkmalDef } from '../datasets';
import { fmtAnzahl, fmtDatum, fmtProzent, fmtWert } from '../format';
import { warning, type Problem } from '../problems';

/** Stated shares may be rounded to whole percent; more than this is worth a look. */
export const SHARE_TOLERANCE_PP = 0.5;
/** Relative change between consecutive Stichtage that is reported. */
export const JUMP = 0.5;
/** Counts below this on both Stichtage are not checked for jumps: small numbers swing. */
export const JUMP_MIN_COUNT = 20;

/** A share the source states (e.g. "ca. 34 %") that differs from count / population. */
export function checkStatedShares(cells: Cell[]): Problem[] {
  const map = new Map(cells.map((c) => [cellKey(c), c]));
  const problems: Problem[] = [];
  for (const stated of cells) {
    if (stated.datensatz !== 'migrationshintergrund' || stated.merkmal !== 'anteil_mh_angegeben' || stated.wert === null) continue;
    const at = { stichtag: stated.stichtag, gebiet: stated.gebiet };
    const count = map.get(cellKey({ ...at, datensatz: 'migrationshintergrund', merkmal: 'mit_mh' }));
    const pop = map.get(cellKey({ ...at, datensatz: 'bevoelkerung', merkmal: 'einwohner' }));
    if (!count?.wert || !pop?.wert) continue;
    const computed = (count.wert / pop.wert) * 100;
    if (Math.abs(computed - stated.wert) > SHARE_TOLERANCE_PP)
      problems.push(
        warning(
          { path: stated.ort.path, line: stated.ort.line },
          `Spalte ${stated.ort.spalte} = ${fmtWert(stated)}: angegebener Anteil ${fmtProzent(stated.wert)} weicht vom berechneten ab: ${fmtAnzahl(count.wert)} / ${fmtAnzahl(pop.wert)} = ${fmtProzent(computed)}; veröffentlicht wird der berechnete`,
        ),
      );
  }
  return problems;
}

/** Changes of more than 50 % between consecutive Stichtage of the same series. */
export function checkJumps(cells: Cell[]): Problem[] {
  const series = new Map<string, Cell[]>();
  for (const c of cells) {
    const def = merkmalDef(c.datensatz, c.merkmal);
    if ((def && def.art !== 'anzahl') || c.wert === null) continue;
    const k = `${c.datensatz}|${c.gebiet}|${c.merkmal}`;
    const s = series.get(k);
    if (s) s.push(c);
    else series.set(k, [c]);
  }
  const problems: Problem[] = [];
  for (const s of series.values()) {
    s.sort(nachStichtag);
    for (let i = 1; i < s.length; i++) {
      const prev = s[i - 1] as Cell;
      const cur = s[i] as Cell;
      const a = prev.wert as number;
      const b = cur.wert as number;
      if (a === 0 || Math.max(a, b) < JUMP_MIN_COUNT) continue;
      const change = (b - a) / a;
      if (Math.abs(change) > JUMP)
        problems.push(
          warning(
            { path: cur.ort.path, line: cur.ort.line },
            `Spalte ${cur.ort.spalte} = ${fmtWert(cur)}: Sprung um ${change > 0 ? '+' : '−'}${Math.round(Math.abs(change) * 100)} % gegenüber ${fmtDatum(prev.stichtag)} (${fmtWert(prev)}, ${prev.ort.path}:${prev.ort.line}) bei ${cur.datensatz} ${cur.merkmal}, Gebiet ${cur.gebiet}`,
          ),
        );
    }
  }
  return problems;
}
