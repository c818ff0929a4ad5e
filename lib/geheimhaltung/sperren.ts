import { anhaengen, minimum } from '../listen';
import { cellKey, type Cell } from '../cells';
import { DATASETS, isAdditive, resolveRef } from '../datasets';
import { gruppieren } from '../gruppieren';
import type { Gebiet } from '../gebiete';
import { angriff } from './angriff';
import { gleichungen, type Gleichung } from './gleichungen';

export interface Sperrung {
  /** Keys of every withheld cell. */
  geheim: Set<string>;
  /** Of these, the small counts themselves (the rest protect them). */
  primaer: Set<string>;
  /** Withheld cells that no further suppression could protect (none in a sound table). */
  ungeschuetzt: string[];
}

/** Published values as an attacker sees them, without the withheld cells. */
const sichtbar = (cells: Cell[], geheim: Set<string>) =>
  new Map(cells.filter((c) => c.wert !== null && !geheim.has(cellKey(c))).map((c) => [cellKey(c), c.wert as number]));

/**
 * Disclosure control. Primary: every count of people below the threshold, other than 0.
 * Complementary: further cells until the attack (see angriff) recomputes no withheld cell (see
 * schuetzen). Shares are withheld with their counts. Each Stichtag on its own.
 */
export function sperren(cells: Cell[], gebiete: Gebiet[], schwellenwert: number): Sperrung {
  const geheim = new Set<string>();
  const primaer = new Set<string>();
  const ungeschuetzt: string[] = [];
  const alleGl = gruppieren(gleichungen(cells, gebiete), (g) => g.summe.split('|')[1] as string);
  for (const [stichtag, mine] of gruppieren(cells, (c) => c.stichtag)) {
    const gl: Gleichung[] = alleGl.get(stichtag) ?? [];
    for (const c of mine)
      if (isAdditive(c.datensatz, c.merkmal) && c.wert !== null && c.wert > 0 && c.wert < schwellenwert) {
        primaer.add(cellKey(c));
        geheim.add(cellKey(c));
      }
    anhaengen(ungeschuetzt, schuetzen(gl, mine, geheim));
  }
  for (const c of cells) {
    const anteil = DATASETS[c.datensatz].merkmale.find((m) => m.id === c.merkmal)?.anteil;
    if (!anteil) continue;
    const refs = [anteil.zaehler, anteil.nenner].map((r) => resolveRef(r, c.datensatz));
    if (refs.some(([datensatz, merkmal]) => geheim.has(cellKey({ datensatz, stichtag: c.stichtag, gebiet: c.gebiet, merkmal })))) geheim.add(cellKey(c));
  }
  return { geheim, primaer, ungeschuetzt };
}

/**
 * Complementary suppression of one Stichtag, in place. First no sum may hold a single withheld
 * cell: the cheapest published count (value per such sum it also fixes) is withheld, until none
 * does. Then the full attack: for a cell it still recomputes, the count of one of its sums that
 * leaves the fewest cells recomputable. Returns what cannot be protected.
 */
function schuetzen(gl: Gleichung[], cells: Cell[], geheim: Set<string>): string[] {
  const wert = new Map(cells.map((c) => [cellKey(c), c.wert]));
  const offen = (k: string) => geheim.has(k) || wert.get(k) === null;
  const veroeffentlicht = (k: string) => !geheim.has(k) && typeof wert.get(k) === 'number';
  const billigste = (kandidaten: string[], nutzen: (k: string) => number) =>
    [...new Set(kandidaten)]
      .filter(veroeffentlicht)
      .map((k) => ({ k, kosten: rangfolge(wert.get(k) as number) / Math.max(1, nutzen(k)) }))
      .sort((a, b) => a.kosten - b.kosten || a.k.localeCompare(b.k))[0]?.k;
  for (;;) {
    const einzeln = gl.filter((g) => {
      const o = [g.summe, ...g.teile].filter(offen);
      return o.length === 1 && geheim.has(o[0] as string);
    });
    if (einzeln.length) {
      const zaehl = new Map<string, number>();
      for (const g of einzeln) for (const k of new Set([g.summe, ...g.teile])) zaehl.set(k, (zaehl.get(k) ?? 0) + 1);
      const k = billigste([...zaehl.keys()], (x) => zaehl.get(x) ?? 0);
      if (k !== undefined) {
        geheim.add(k);
        continue;
      }
    }
    const bedroht = (extra?: string) => {
      const g = extra ? new Set([...geheim, extra]) : geheim;
      return [...angriff(gl, sichtbar(cells, g)).keys()].filter((k) => g.has(k));
    };
    const jetzt = bedroht().sort();
    if (jetzt.length === 0) return [];
    // A cell of one of its own sums, else of any sum with a withheld cell (ziel may follow
    // from a combination of sums: insgesamt − one group of the municipality = the other group).
    const ziel = jetzt[0] as string;
    const zellen = (f: (g: Gleichung) => boolean) => [...new Set(gl.filter(f).flatMap((g) => [g.summe, ...g.teile]))].filter(veroeffentlicht);
    const direkt = zellen((g) => g.summe === ziel || g.teile.includes(ziel));
    const kandidaten = direkt.length ? direkt : zellen((g) => [g.summe, ...g.teile].some((k) => geheim.has(k)));
    if (kandidaten.length === 0) return jetzt;
    const rest = new Map(kandidaten.map((k) => [k, bedroht(k).length]));
    const best = minimum(rest.values());
    geheim.add(billigste(kandidaten.filter((k) => rest.get(k) === best), () => 1) as string);
  }
}

/** Smaller counts first; zeros last, since a withheld 0 beside a small count protects little. */
const rangfolge = (v: number) => (v === 0 ? Number.MAX_SAFE_INTEGER : v);

/** The cells as published: withheld ones without value, marked `geheim`. */
export function anwenden<C extends Cell>(cells: C[], geheim: Set<string>): C[] {
  return cells.map((c) => (geheim.has(cellKey(c)) ? { ...c, wert: null, zeichen: 'geheim' } : c));
}
