import { fmtDatum } from '../format';
import type { Zeichen } from '../values';
import type { Einheit, KompaktDaten, Punkt } from './model';

export type Ebene = 'sozialraum' | 'wohnbereich';

/** How a count is shown: as is, per 100 / 1,000 inhabitants, or per km². */
export type Mass = { art: 'anzahl' } | { art: 'anteil'; faktor: 100 | 1000 } | { art: 'dichte' };

const EINWOHNER = 'einwohner';

export const einheitVon = (m: Mass): Einheit =>
  m.art === 'anzahl' ? 'Anzahl' : m.art === 'dichte' ? 'je km²' : m.faktor === 100 ? 'Prozent' : 'je 1.000 Einwohner';

interface Wert {
  wert: number | null;
  zeichen: Zeichen | null;
  illustrativ: boolean;
  quelle: string;
}

/** Area (km²) stated for an area: at the Stichtag, else the latest before it, else the first after. */
function flaecheAm(k: KompaktDaten, gebiet: string, stichtag: string): number | null {
  const byDate = Object.entries(k.werte.flaeche_km2?.[gebiet] ?? {}).filter(([, v]) => v[0] !== null).sort(([a], [b]) => a.localeCompare(b));
  const before = byDate.filter(([s]) => s <= stichtag).at(-1) ?? byDate[0];
  return before?.[1][0] ?? null;
}

/** A value of a merkmal for an area and Stichtag, measured as asked; undefined when absent. */
export function wertVon(k: KompaktDaten, merkmal: string, gebiet: string, stichtag: string, mass: Mass = { art: 'anzahl' }): Wert | undefined {
  const raw = k.werte[merkmal]?.[gebiet]?.[stichtag];
  if (!raw) return undefined;
  const ill = new Set(k.illustrativeQuellen);
  const [w, z, q] = raw;
  const base: Wert = { wert: w, zeichen: z, illustrativ: ill.has(q), quelle: q };
  if (mass.art === 'anzahl' || w === null) return base;
  if (mass.art === 'dichte') {
    const f = k.gebiete.find((g) => g.id === gebiet)?.flaeche ?? flaecheAm(k, gebiet, stichtag);
    return f ? { ...base, wert: w / f } : { ...base, wert: null, zeichen: 'x' };
  }
  const pop = k.werte[EINWOHNER]?.[gebiet]?.[stichtag];
  if (!pop) return undefined;
  // A share of a withheld population would reveal it: withheld too.
  if (pop[0] === null) return { ...base, wert: null, zeichen: pop[1] === 'geheim' ? 'geheim' : '.' };
  if (pop[0] === 0) return undefined;
  return { wert: (w / pop[0]) * mass.faktor, zeichen: null, illustrativ: base.illustrativ || ill.has(pop[2]), quelle: base.quelle };
}

/** City time series of one or more merkmale: one point per Stichtag that has a value. */
export function zeitreihe(k: KompaktDaten, gebiet: string, reihen: { merkmal: string; label?: string }[], mass: Mass = { art: 'anzahl' }): Punkt[] {
  const out: Punkt[] = [];
  for (const stichtag of k.stichtage)
    for (const r of reihen) {
      const v = wertVon(k, r.merkmal, gebiet, stichtag, mass);
      if (!v) continue;
      out.push({ x: stichtag, xLabel: fmtDatum(stichtag), reihe: r.merkmal, reiheLabel: r.label ?? k.labels[r.merkmal] ?? r.merkmal, ...v, einheit: einheitVon(mass), stichtag });
    }
  return out;
}

export interface Vergleich {
  punkte: Punkt[];
  /** City value in the same measure: the share, or the average per area for counts. */
  referenz: { label: string; wert: number } | null;
}

/**
 * Areas of one level at one Stichtag, ranked by value (highest first; withheld and missing
 * values last, never as zero), with the city as reference.
 */
export function vergleich(k: KompaktDaten, ags: string, ebene: Ebene, stichtag: string, merkmal: string, mass: Mass): Vergleich {
  const gebiete = k.gebiete.filter((g) => g.ebene === ebene);
  const punkte: Punkt[] = gebiete.map((g) => {
    const v = wertVon(k, merkmal, g.id, stichtag, mass) ?? { wert: null, zeichen: '.' as Zeichen, illustrativ: false, quelle: '' };
    return { x: g.id, xLabel: g.name, reihe: merkmal, reiheLabel: k.labels[merkmal] ?? merkmal, ...v, einheit: einheitVon(mass), stichtag };
  });
  punkte.sort((a, b) => (b.wert ?? -Infinity) - (a.wert ?? -Infinity) || a.xLabel.localeCompare(b.xLabel, 'de'));
  const stadt = wertVon(k, merkmal, ags, stichtag, mass);
  let referenz: Vergleich['referenz'] = null;
  if (stadt?.wert != null)
    referenz =
      mass.art === 'anzahl'
        ? { label: `Durchschnitt je Gebiet (Stadt ÷ ${gebiete.length})`, wert: stadt.wert / gebiete.length }
        : { label: 'Stadt insgesamt', wert: stadt.wert };
  return { punkte, referenz };
}

/** Rank (1 = highest) of an area among its peers in a comparison, or null when withheld. */
export function rang(v: Vergleich, gebiet: string): { rang: number; von: number } | null {
  const mit = v.punkte.filter((p) => p.wert !== null);
  const i = mit.findIndex((p) => p.x === gebiet);
  return i < 0 ? null : { rang: i + 1, von: mit.length };
}

export const KONTINENT = /^[1-9]$/;
export const LAND = /^[1-9]\d\d$/;

/**
 * Nationalities at one Stichtag, ranked: the top `n` countries (or all continents) and the rest
 * as "weitere", so that nothing is counted twice: countries and continents are never mixed.
 */
export function rangliste(k: KompaktDaten, gebiet: string, stichtag: string, modus: 'land' | 'kontinent', n = 15): Punkt[] {
  const codes = Object.keys(k.werte).filter((m) => (modus === 'land' ? LAND : KONTINENT).test(m));
  const werte = codes
    .map((code) => ({ code, v: wertVon(k, code, gebiet, stichtag) }))
    .filter((x): x is { code: string; v: Wert } => x.v !== undefined && x.v.wert !== null && x.v.wert > 0)
    .sort((a, b) => (b.v.wert ?? 0) - (a.v.wert ?? 0) || a.code.localeCompare(b.code));
  const punkt = (x: string, xLabel: string, v: Wert): Punkt => ({ x, xLabel, reihe: 'anzahl', reiheLabel: 'Ausländerinnen und Ausländer', ...v, einheit: 'Anzahl', stichtag });
  const top = (modus === 'land' ? werte.slice(0, n) : werte).map(({ code, v }) => punkt(code, k.labels[code] ?? code, v));
  const rest = modus === 'land' ? werte.slice(n) : [];
  const sum = (xs: { v: Wert }[]) => xs.reduce((s, x) => s + (x.v.wert ?? 0), 0);
  const first = werte[0]?.v;
  if (rest.length && first) top.push(punkt('weitere', `weitere Staatsangehörigkeiten (${rest.length})`, { ...first, wert: sum(rest), illustrativ: rest.some((r) => r.v.illustrativ) }));
  const total = wertVon(k, 'auslaender_insgesamt', gebiet, stichtag);
  const offen = total?.wert != null ? total.wert - sum(werte) : 0;
  if (total && offen > 0) top.push(punkt('ohne', modus === 'land' ? 'nicht nach Land aufgeschlüsselt' : 'nicht nach Kontinent aufgeschlüsselt', { ...total, wert: offen }));
  return top;
}

/** Refugees by status at one Stichtag, grouped into "vorrangig Integration" / "vorrangig Rückführung". */
export const STATUS_GRUPPEN = [
  { id: 'vorrangig_integration', label: 'vorrangig Integration', teile: ['anerkannt', 'asyl_mit_bleibeperspektive'] },
  { id: 'vorrangig_rueckfuehrung', label: 'vorrangig Rückführung', teile: ['asyl_ohne_bleibeperspektive', 'geduldet'] },
] as const;

export function statusPunkte(k: KompaktDaten, gebiet: string, stichtag: string, mass: Mass = { art: 'anzahl' }): Punkt[] {
  const out: Punkt[] = [];
  for (const g of STATUS_GRUPPEN)
    for (const teil of g.teile) {
      const v = wertVon(k, teil, gebiet, stichtag, mass);
      if (v) out.push({ x: g.id, xLabel: g.label, reihe: teil, reiheLabel: k.labels[teil] ?? teil, ...v, einheit: einheitVon(mass), stichtag });
    }
  return out;
}
