import { cellKey, Orte, type Cell } from '../cells';
import { DATASETS, isAdditive, passtZu, resolveRef } from '../datasets';
import { kinderJe, type Gebiet } from '../gebiete';

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
  // Each cell's key once; cells found through their place, not through a key string per lookup.
  const schluessel = new Map<Cell, string>();
  for (const c of cells) schluessel.set(c, cellKey(c));
  const key = (c: Cell) => schluessel.get(c) as string;
  const orte = new Orte(cells);
  const kinder = kinderJe(gebiete);
  const out: Gleichung[] = [];

  for (const c of cells) {
    if (!isAdditive(c.datensatz, c.merkmal)) continue;
    const teile = orte.teile(c, kinder);
    if (!teile) continue;
    if (teile.every((t): t is Cell => t !== undefined)) out.push({ summe: key(c), teile: teile.map(key), art: 'gebiete' });
  }

  for (const ort of orte.alle.values()) {
    const own = ort.zellen;
    const ds = (own[0] as Cell).datensatz;
    // A reference to another dataset: the same people twice.
    const get = (r: string) => orte.bezug(ort, ...resolveRef(r, ds));
    const def = DATASETS[ds];
    for (const rule of def.rules) {
      const summe = get(rule.total);
      const passt = Array.isArray(rule.parts) ? undefined : passtZu(rule.parts);
      const named = passt ? own.filter((c) => passt(c.merkmal)) : (rule.parts as string[]).map(get);
      if (!summe || named.length === 0 || !named.every((t): t is Cell => t !== undefined)) continue;
      const exact = rule.relation === '=' || (summe.wert !== null && named.every((t) => t.wert !== null) && named.reduce((s, t) => s + (t.wert ?? 0), 0) === summe.wert);
      if (exact) out.push({ summe: key(summe), teile: named.map(key), art: 'teile' });
    }
    // Derived values (EU-2, the municipality's groups) are sums of their parts.
    for (const summe of own)
      if ('teile' in summe && Array.isArray(summe.teile)) {
        const teile = (summe.teile as string[]).map(get);
        if (teile.every((t): t is Cell => t !== undefined)) out.push({ summe: key(summe), teile: teile.map(key), art: 'teile' });
      }
    for (const [merkmal, ref] of Object.entries(def.gleich ?? {})) {
      const a = get(merkmal);
      const b = get(ref);
      if (a && b) out.push({ summe: key(a), teile: [key(b)], art: 'gleich' });
    }
  }
  return out;
}
