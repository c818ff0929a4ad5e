import { anhaengen, minimum } from '../listen';
import { cellKey, jeStichtag, type Cell } from '../cells';
import { isAdditive, merkmalDef, resolveRef } from '../datasets';
import type { Gebiet } from '../gebiete';
import { angriff, angriffMitHerkunft } from './angriff';
import { gleichungen, type Gleichung } from './gleichungen';

export interface Sperrung {
  /** Keys of every withheld cell. */
  geheim: Set<string>;
  /** Of these, the small counts themselves (the rest protect them). */
  primaer: Set<string>;
  /** Withheld cells that no further suppression could protect (none in a sound table). */
  ungeschuetzt: string[];
}

/**
 * Disclosure control. Primary: every count of people below the threshold, other than 0.
 * Complementary: further cells until the attack (see angriff) recomputes no withheld cell (see
 * schuetzen). Shares are withheld with their counts. Each Stichtag on its own.
 */
export function sperren(cells: Cell[], gebiete: Gebiet[], schwellenwert: number, probeGrenze = PROBE_GRENZE): Sperrung {
  const geheim = new Set<string>();
  const primaer = new Set<string>();
  const ungeschuetzt: string[] = [];
  // Sums link cells of one Stichtag only: built per Stichtag, so only one Stichtag's sums are held at a time.
  for (const mine of jeStichtag(cells)) {
    const gl = gleichungen(mine, gebiete);
    for (const c of mine)
      if (isAdditive(c.datensatz, c.merkmal) && c.wert !== null && c.wert > 0 && c.wert < schwellenwert) {
        primaer.add(cellKey(c));
        geheim.add(cellKey(c));
      }
    anhaengen(ungeschuetzt, schuetzen(gl, mine, geheim, probeGrenze));
  }
  for (const c of cells) {
    const anteil = merkmalDef(c.datensatz, c.merkmal)?.anteil;
    if (!anteil) continue;
    const refs = [anteil.zaehler, anteil.nenner].map((r) => resolveRef(r, c.datensatz));
    if (refs.some(([datensatz, merkmal]) => geheim.has(cellKey({ datensatz, stichtag: c.stichtag, gebiet: c.gebiet, merkmal })))) geheim.add(cellKey(c));
  }
  return { geheim, primaer, ungeschuetzt };
}

/**
 * Complementary suppression of one Stichtag, in place. First no sum may hold a single withheld
 * cell: the cheapest published count (value per such sum it also fixes) is withheld, until none
 * does. Then the full attack, per connected part of the unknown cells (sums that share no
 * unknown cell are independent systems: the result is the same as one attack on all of them),
 * each round one cell for every part the attack still recomputes a cell of: of the sums of its
 * first such cell — or, when those hold no published cell, of the sums the attack combined to
 * recompute it — the count that leaves the fewest cells recomputable (each tried by an attack
 * on the part it would join; the others keep their count). Where that would take more than
 * `probeGrenze` sums to attack, the cheapest count per recomputable cell it shares a sum with,
 * for every recomputable cell of the part that shares no sum with a cell chosen this round.
 * Then phase 1 again, until the attack recomputes nothing. Returns what cannot be protected.
 *
 * Linear in the table, not in its square: every cell knows its sums, phase 1 keeps the sums
 * with a single withheld cell up to date as cells are withheld, a part that did not change
 * keeps its result, and a large part takes many cells a round.
 */
function schuetzen(gl: Gleichung[], cells: Cell[], geheim: Set<string>, probeGrenze: number): string[] {
  const wert = new Map(cells.map((c) => [cellKey(c), c.wert]));
  // Unknown to an attacker: withheld, or without a value in the source.
  const offen = (k: string) => geheim.has(k) || wert.get(k) == null;
  const ohneWert = [...wert].filter(([, w]) => w === null).map(([k]) => k);
  // This Stichtag's withheld cells (`geheim` holds those of every Stichtag before it, too).
  const geheimHier = new Set([...wert.keys()].filter((k) => geheim.has(k)));
  const veroeffentlicht = (k: string) => !geheim.has(k) && typeof wert.get(k) === 'number';
  const zellenVon = gl.map(zellenDerSumme);
  const summenVon = new Map<string, number[]>();
  zellenVon.forEach((ks, i) => {
    for (const k of ks) {
      let l = summenVon.get(k);
      if (!l) summenVon.set(k, (l = []));
      l.push(i);
    }
  });
  // The first in the order (cost, then key): found in one pass, not by sorting them all.
  const billigste = (kandidaten: string[], nutzen: (k: string) => number) => {
    let best: { k: string; kosten: number } | undefined;
    for (const k of new Set(kandidaten)) {
      if (!veroeffentlicht(k)) continue;
      const kosten = rangfolge(wert.get(k) as number) / Math.max(1, nutzen(k));
      if (!best || kosten < best.kosten || (kosten === best.kosten && k.localeCompare(best.k) < 0)) best = { k, kosten };
    }
    return best?.k;
  };

  // Phase 1: sums whose only open cell is withheld, kept current as cells are withheld.
  const istEinzeln = (i: number) => {
    const g = gl[i] as Gleichung;
    let o: string | undefined;
    let n = 0;
    for (let j = -1; j < g.teile.length; j++) {
      const k = j < 0 ? g.summe : (g.teile[j] as string);
      if (offen(k)) {
        n++;
        o = k;
      }
    }
    return n === 1 && geheim.has(o as string);
  };
  // Only a sum holding a withheld cell can have one as its only open cell.
  const einzeln = new Set<number>();
  for (const k of geheimHier) for (const i of summenVon.get(k) ?? []) if (istEinzeln(i)) einzeln.add(i);
  const sperre = (k: string) => {
    geheim.add(k);
    geheimHier.add(k);
    for (const i of summenVon.get(k) ?? []) if (istEinzeln(i)) einzeln.add(i);
    else einzeln.delete(i);
  };
  const phase1 = () => {
    while (einzeln.size) {
      const zaehl = new Map<string, number>();
      for (const i of [...einzeln].sort((x, y) => x - y)) for (const k of zellenVon[i] as string[]) zaehl.set(k, (zaehl.get(k) ?? 0) + 1);
      const k = billigste([...zaehl.keys()], (x) => zaehl.get(x) ?? 0);
      if (k === undefined) return;
      sperre(k);
    }
  };

  // Phase 2: the attack, per connected part of the unknown cells; after each withheld cell phase 1 again.
  let cache = new Map<string, string[]>();
  for (;;) {
    phase1();
    const teile = zerlegen([...ohneWert, ...geheimHier], zellenVon, summenVon, offen);
    // What an attacker knows: the published values (without `extra`, when it is tried).
    const sicht = (extra?: string) => ({ get: (k: string) => (k === extra || offen(k) ? undefined : (wert.get(k) as number | undefined)) });
    const bedroht = (t: Teil, extra?: string) =>
      [...angriff(t.summen.map((i) => gl[i] as Gleichung), sicht(extra)).keys()].filter((k) => geheim.has(k) || k === extra);
    // For each recomputable cell of a part, the sums the attack combines to recompute it.
    const kombiniert = (t: Teil) => {
      const herkunft = angriffMitHerkunft(t.summen.map((i) => gl[i] as Gleichung), sicht());
      return (k: string) => (herkunft.get(k)?.summen ?? []).map((n) => t.summen[n] as number);
    };
    // A part that did not change since the last round keeps its result.
    const jetztJeTeil = teile.map((t) => {
      const sig = signatur(t);
      let r = cache.get(sig);
      if (!r) cache.set(sig, (r = bedroht(t)));
      return r;
    });
    const jetzt = jetztJeTeil.flat().sort();
    if (jetzt.length === 0) return [];
    const teilVon = new Map<string, number>();
    teile.forEach((t, n) => t.zellen.forEach((k) => teilVon.set(k, n)));
    const zellenDer = (summen: number[]) => [...new Set(summen.flatMap((i) => zellenVon[i] as string[]))].filter(veroeffentlicht);
    // Parts are independent systems: each part with a recomputable cell gets one cell this round.
    const gewaehlt = new Set<string>();
    for (const [n, hier] of jetztJeTeil.entries()) {
      if (hier.length === 0) continue;
      const t = teile[n] as Teil;
      // A cell of one of its own sums, else of a sum the attack combines to recompute it
      // (insgesamt − one group of the municipality = the other group). Only those can help: a
      // cell withheld elsewhere leaves that combination as it is.
      const ziele = [...hier].sort();
      let ueber: ((k: string) => number[]) | undefined;
      const kandidatenFuer = (ziel: string) => {
        const direkt = zellenDer(summenVon.get(ziel) ?? []);
        return direkt.length ? direkt : zellenDer((ueber ??= kombiniert(t))(ziel));
      };
      const kandidaten = kandidatenFuer(ziele[0] as string);
      if (kandidaten.length === 0) continue;
      if (t.summen.length * kandidaten.length > probeGrenze) {
        // Too large to try each: for each recomputable cell no chosen cell shares a sum with,
        // the cheapest cell of its sums per recomputable cell they hold.
        const bedrohtHier = new Set(hier);
        const gedeckt = new Set<string>();
        const trifft = (k: string) => (summenVon.get(k) ?? []).reduce((s, i) => s + (zellenVon[i] as string[]).filter((z) => bedrohtHier.has(z)).length, 0);
        for (const [j, ziel] of ziele.entries()) {
          if (gedeckt.has(ziel)) continue;
          const k = billigste(j === 0 ? kandidaten : kandidatenFuer(ziel), trifft);
          if (k === undefined) continue;
          gewaehlt.add(k);
          for (const i of summenVon.get(k) ?? []) for (const z of zellenVon[i] as string[]) gedeckt.add(z);
        }
        continue;
      }
      // Try each: the cell after which the fewest cells are recomputable.
      const rest = new Map(
        kandidaten.map((k) => {
          // The parts k joins become one; the others keep their count.
          const beruehrt = new Set<number>();
          for (const i of summenVon.get(k) ?? []) for (const z of zellenVon[i] as string[]) if (teilVon.has(z)) beruehrt.add(teilVon.get(z) as number);
          const summen = new Set<number>(summenVon.get(k) ?? []);
          let vorher = 0;
          for (const m of beruehrt) {
            vorher += (jetztJeTeil[m] as string[]).length;
            for (const i of (teile[m] as Teil).summen) summen.add(i);
          }
          return [k, bedroht({ zellen: [], summen: [...summen].sort((x, y) => x - y) }, k).length - vorher] as const;
        }),
      );
      const best = minimum(rest.values());
      gewaehlt.add(billigste(kandidaten.filter((k) => rest.get(k) === best), () => 1) as string);
    }
    if (gewaehlt.size === 0) return jetzt;
    for (const k of [...gewaehlt].sort()) if (!geheim.has(k)) sperre(k);
    // Only the results of parts that survive unchanged (the same unknown cells) stay valid.
    const gueltig = new Map<string, string[]>();
    for (const [n, t] of teile.entries()) gueltig.set(signatur(t), jetztJeTeil[n] as string[]);
    cache = gueltig;
  }
}

/**
 * Sums of a part × its candidates up to which each candidate is tried by an attack of its own
 * (≈ 1 s on the shared 2-core machine); larger parts take the cheapest cells.
 */
export const PROBE_GRENZE = 20_000;

/** A part is the same part when it holds the same unknown cells (its sums follow from them). */
const signatur = (t: Teil) => [...t.zellen].sort().join('\n');

interface Teil {
  /** Its unknown cells. */
  zellen: string[];
  /** Indices of the sums holding any of them, in their order. */
  summen: number[];
}

/** The unknown cells in parts linked by sums (union–find, no recursion), with their sums in table order. */
function zerlegen(unbekannt: string[], zellenVon: string[][], summenVon: Map<string, number[]>, offen: (k: string) => boolean): Teil[] {
  const eltern = new Map<string, string>();
  const wurzel = (k: string) => {
    let r = k;
    while (eltern.get(r) !== r) r = eltern.get(r) as string;
    let x = k;
    while (x !== r) {
      const n = eltern.get(x) as string;
      eltern.set(x, r);
      x = n;
    }
    return r;
  };
  const relevant = new Set<number>();
  for (const u of unbekannt) for (const i of summenVon.get(u) ?? []) relevant.add(i);
  const summen = [...relevant].sort((a, b) => a - b);
  for (const i of summen) {
    const o = (zellenVon[i] as string[]).filter(offen);
    for (const k of o) if (!eltern.has(k)) eltern.set(k, k);
    for (const k of o.slice(1)) {
      const [a, b] = [wurzel(o[0] as string), wurzel(k)];
      if (a !== b) eltern.set(b, a);
    }
  }
  const teile = new Map<string, Teil>();
  for (const k of eltern.keys()) {
    const r = wurzel(k);
    let t = teile.get(r);
    if (!t) teile.set(r, (t = { zellen: [], summen: [] }));
    t.zellen.push(k);
  }
  for (const i of summen) teile.get(wurzel((zellenVon[i] as string[]).find(offen) as string))?.summen.push(i);
  return [...teile.values()];
}

/** The cells of a sum, each once, in order (a sum may name a cell twice: the same people in two datasets). */
function zellenDerSumme(g: Gleichung): string[] {
  // Most sums have a few parts: a look along the list is cheaper than a set.
  if (g.teile.length > 8) return [...new Set([g.summe, ...g.teile])];
  const out = [g.summe];
  for (const k of g.teile) if (!out.includes(k)) out.push(k);
  return out;
}

/** Smaller counts first; zeros last, since a withheld 0 beside a small count protects little. */
const rangfolge = (v: number) => (v === 0 ? Number.MAX_SAFE_INTEGER : v);

/** The cells as published: withheld ones without value, marked `geheim`. */
export function anwenden<C extends Cell>(cells: C[], geheim: Set<string>): C[] {
  return cells.map((c) => (geheim.has(cellKey(c)) ? { ...c, wert: null, zeichen: 'geheim' } : c));
}
