import { cellKey, ortKey, type Cell } from '../cells';
import { DATASETS, isAdditive, passtZu, resolveRef } from '../datasets';
import { jeText } from '../wiederholt';
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
/** The cells of one place (dataset, Stichtag, area), in their order and by merkmal; the places of its area's parts. */
interface Ort {
  zellen: Cell[];
  merkmal: Map<string, Cell>;
  teile?: (Map<string, Cell> | undefined)[];
}

export function gleichungen(cells: Cell[], gebiete: Gebiet[]): Gleichung[] {
  // Each cell's key once; the cells of each place (dataset, Stichtag, area) in their order and by merkmal.
  const schluessel = new Map<Cell, string>();
  const orte = new Map<string, Ort>();
  const ortVon = new Map<Cell, Ort>();
  for (const c of cells) {
    schluessel.set(c, cellKey(c));
    const o = ortKey(c);
    let ort = orte.get(o);
    if (!ort) orte.set(o, (ort = { zellen: [], merkmal: new Map() }));
    ort.zellen.push(c);
    ort.merkmal.set(c.merkmal, c);
    ortVon.set(c, ort);
  }
  const key = (c: Cell) => schluessel.get(c) as string;
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
    // The places of the area's parts, once per place of the area.
    const ort = ortVon.get(c) as Ort;
    ort.teile ??= kids.map((gebiet) => orte.get(ortKey({ datensatz: c.datensatz, stichtag: c.stichtag, gebiet }))?.merkmal);
    const teile = ort.teile.map((m) => m?.get(c.merkmal));
    if (teile.every((t): t is Cell => t !== undefined)) out.push({ summe: key(c), teile: teile.map(key), art: 'gebiete' });
  }

  // A rule's references resolved once per dataset, not once per place.
  const aufloesen = new Map<Cell['datensatz'], (ref: string) => [Cell['datensatz'], string]>();
  const aufloeser = (ds: Cell['datensatz']) => {
    let f = aufloesen.get(ds);
    if (!f) aufloesen.set(ds, (f = jeText((r) => resolveRef(r, ds))));
    return f;
  };
  for (const { zellen: own, merkmal: eigene } of orte.values()) {
    const { datensatz: ds, stichtag, gebiet } = own[0] as Cell;
    const ref = aufloeser(ds);
    // The same place in another dataset (the same people twice), looked up once.
    const andere = new Map<string, Map<string, Cell> | undefined>();
    const get = (r: string) => {
      const [datensatz, merkmal] = ref(r);
      if (datensatz === ds) return eigene.get(merkmal);
      if (!andere.has(datensatz)) andere.set(datensatz, orte.get(ortKey({ datensatz, stichtag, gebiet }))?.merkmal);
      return andere.get(datensatz)?.get(merkmal);
    };
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
