import { cellKey, ortKey, type Cell } from '../cells';
import { gruppieren } from '../gruppieren';
import { DATASETS, isAdditive, passtZu, resolveRef } from '../datasets';
import type { Gebiet } from '../gebiete';

/** A published sum: the value of `summe` equals the sum of the values of `teile` (cell keys). */
export interface Gleichung {
  summe: string;
  teile: string[];
  /** What links them: areas to their parent, parts to their total, the same people twice. */
  art: 'gebiete' | 'teile' | 'gleich';
}

/**
 * Every sum that links published counts of people within one Stichtag, as an attacker who
 * knows the tables' structure would use it: each area's parts → the area → the city, the '=' rules
 * of each dataset, derived groups, the same people in two datasets, and '<=' rules where the
 * published parts happen to make the whole total.
 */
export function gleichungen(cells: Cell[], gebiete: Gebiet[]): Gleichung[] {
  const map = new Map(cells.map((c) => [cellKey(c), c]));
  const out: Gleichung[] = [];
  const kinder = new Map<string, string[]>();
  for (const g of gebiete)
    if (g.parent) {
      let l = kinder.get(g.parent);
      if (!l) kinder.set(g.parent, (l = []));
      l.push(g.id);
    }

  for (const c of cells) {
    if (!isAdditive(c.datensatz, c.merkmal)) continue;
    const kids = kinder.get(c.gebiet);
    if (!kids) continue;
    const teile = kids.map((gebiet) => map.get(cellKey({ datensatz: c.datensatz, stichtag: c.stichtag, gebiet, merkmal: c.merkmal })));
    if (teile.every((t): t is Cell => t !== undefined)) out.push({ summe: cellKey(c), teile: teile.map(cellKey), art: 'gebiete' });
  }

  for (const own of gruppieren(cells, ortKey).values()) {
    const { datensatz: ds, stichtag, gebiet } = own[0] as Cell;
    const get = (ref: string) => {
      const [datensatz, merkmal] = resolveRef(ref, ds);
      return map.get(cellKey({ datensatz, stichtag, gebiet, merkmal }));
    };
    const def = DATASETS[ds];
    for (const rule of def.rules) {
      const summe = get(rule.total);
      const passt = Array.isArray(rule.parts) ? undefined : passtZu(rule.parts);
      const named = passt ? own.filter((c) => passt(c.merkmal)) : (rule.parts as string[]).map(get);
      if (!summe || named.length === 0 || !named.every((t): t is Cell => t !== undefined)) continue;
      const exact = rule.relation === '=' || (summe.wert !== null && named.every((t) => t.wert !== null) && named.reduce((s, t) => s + (t.wert ?? 0), 0) === summe.wert);
      if (exact) out.push({ summe: cellKey(summe), teile: named.map(cellKey), art: 'teile' });
    }
    // Derived values (EU-2, the municipality's groups) are sums of their parts.
    for (const summe of own)
      if ('teile' in summe && Array.isArray(summe.teile)) {
        const teile = (summe.teile as string[]).map(get);
        if (teile.every((t): t is Cell => t !== undefined)) out.push({ summe: cellKey(summe), teile: teile.map(cellKey), art: 'teile' });
      }
    for (const [merkmal, ref] of Object.entries(def.gleich ?? {})) {
      const a = get(merkmal);
      const b = get(ref);
      if (a && b) out.push({ summe: cellKey(a), teile: [cellKey(b)], art: 'gleich' });
    }
  }
  return out;
}

