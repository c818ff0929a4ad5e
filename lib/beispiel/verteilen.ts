import { allocate, allocate2d, rng } from '../allocate';
import { DATASETS, DATASET_IDS, isAdditive, resolveRef, type DatasetId } from '../datasets';
import { STADT } from '../ebenen';
import type { Gebiet } from '../gebiete';

export interface StadtWert {
  datensatz: DatasetId;
  merkmal: string;
  wert: number;
}
export interface GebietsWert extends StadtWert {
  gebiet: string;
}

const schluessel = (ds: DatasetId, m: string) => `${ds}|${m}`;
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/**
 * Illustrative values for every area of a municipality at one Stichtag, from its official city
 * values and nothing else: each count the city states is split over the finest areas (seeded
 * weights: a size per area, a tilt per merkmal), parts within their total as the datasets' sum
 * rules demand (a part never exceeds its total in any area), and coarser areas are the sums of
 * their parts. So any municipality gets consistent example data that sum to its own figures —
 * never another city's.
 */
export function beispielVerteilung(stadt: readonly StadtWert[], gebiete: readonly Gebiet[], seed: number): GebietsWert[] {
  const eltern = new Set(gebiete.map((g) => g.parent));
  const fein = gebiete.filter((g) => g.ebene !== STADT && !eltern.has(g.id));
  if (!fein.length) return [];
  const r = rng(seed);
  const groesse = fein.map(() => 0.5 + r());
  const neigung = (k: string) => {
    const z = rng(seed ^ hash(k));
    return fein.map(() => 0.7 + 0.6 * z());
  };
  const wert = new Map<string, number>();
  for (const s of stadt) if (Number.isInteger(s.wert) && s.wert >= 0 && isAdditive(s.datensatz, s.merkmal)) wert.set(schluessel(s.datensatz, s.merkmal), s.wert);
  const verteilt = new Map<string, number[]>();

  // Which city values are parts of a sum rule whose total the city also states.
  const regeln = DATASET_IDS.flatMap((ds) =>
    DATASETS[ds].rules.map((regel) => {
      const [tds, tm] = resolveRef(regel.total, ds);
      const teile = [...wert.keys()].filter((k) => {
        const [kds, km] = k.split('|') as [DatasetId, string];
        return kds === ds && (Array.isArray(regel.parts) ? regel.parts.includes(km) : (regel.parts as RegExp).test(km));
      });
      return { summe: schluessel(tds, tm), teile };
    }),
  ).filter((x) => wert.has(x.summe) && x.teile.length > 0);
  const istTeil = new Set(regeln.flatMap((x) => x.teile));
  const frei = (k: string) => {
    const n = neigung(k);
    verteilt.set(k, allocate(wert.get(k)!, groesse.map((g, i) => g * n[i]!)));
  };
  for (const k of wert.keys()) if (!istTeil.has(k)) frei(k);
  // Parts within their totals, as soon as a total is split; each part once.
  for (let weiter = true; weiter; ) {
    weiter = false;
    for (const { summe, teile } of regeln) {
      const zeilen = verteilt.get(summe);
      const offen = teile.filter((t) => !verteilt.has(t));
      if (!zeilen || !offen.length) continue;
      const werte = offen.map((t) => wert.get(t)!);
      const bereits = teile.filter((t) => verteilt.has(t));
      // What the total holds beyond the parts still to split (other parts, the unnamed rest).
      const zeilenRest = zeilen.map((z, i) => z - bereits.reduce((s, t) => s + verteilt.get(t)![i]!, 0));
      const rest = zeilenRest.reduce((s, z) => s + z, 0) - werte.reduce((s, w) => s + w, 0);
      if (rest < 0 || zeilenRest.some((z) => z < 0)) continue;
      const n = offen.map(neigung);
      const matrix = allocate2d(zeilenRest, [...werte, rest], fein.map((_, i) => [...n.map((x) => x[i]!), 1]));
      offen.forEach((t, j) => verteilt.set(t, matrix.map((row) => row[j]!)));
      weiter = true;
    }
  }
  for (const k of wert.keys()) if (!verteilt.has(k)) frei(k);

  // Coarser areas: sums of their parts, finest upwards.
  const out = new Map<string, Map<string, number>>();
  fein.forEach((g, i) => out.set(g.id, new Map([...verteilt].map(([k, v]) => [k, v[i]!]))));
  for (const g of [...gebiete].reverse()) {
    if (g.ebene === STADT || out.has(g.id)) continue;
    const kinder = gebiete.filter((c) => c.parent === g.id).map((c) => out.get(c.id)!);
    out.set(g.id, new Map([...verteilt.keys()].map((k) => [k, kinder.reduce((s, c) => s + (c.get(k) ?? 0), 0)])));
  }
  return gebiete
    .filter((g) => g.ebene !== STADT)
    .flatMap((g) =>
      [...out.get(g.id)!].map(([k, v]) => {
        const [datensatz, merkmal] = k.split('|') as [DatasetId, string];
        return { gebiet: g.id, datensatz, merkmal, wert: v };
      }),
    );
}
