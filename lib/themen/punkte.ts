import { bruchHinweis, bruchZwischen } from '../brueche';
import { STATUS } from '../schemas/fluechtlinge-status';
import { fmtDatum } from '../format';
import { diagramm } from '../i18n/diagramm';
import { hauptquelle, herkunftVon, verbinde, type Herkunft, type IstIllustrativ } from '../provenienz';
import type { Zeichen } from '../values';
import type { Einheit, KompaktDaten, Punkt } from './model';

import type { Ebene } from '../ebenen';
import type { Sprache } from '../i18n/sprache';
import type { Indikator } from './indikatoren';

/** A configured level id (not `stadt`): the areas compared. */
export type { Ebene };

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

const istIllIn = (k: KompaktDaten): IstIllustrativ => (q) => k.illustrativeQuellen.includes(q);
const herkunftVonWert = (v: Pick<Wert, 'illustrativ' | 'quelle'>): Herkunft => ({ quellen: v.quelle ? [v.quelle] : [], illustrativ: v.illustrativ });

/** A value computed from `teile`: its mark and source from the provenance module. */
function abgeleitet(wert: number | null, zeichen: Zeichen | null, teile: Pick<Wert, 'illustrativ' | 'quelle'>[], istIll: IstIllustrativ): Wert {
  const h = verbinde(teile.map(herkunftVonWert));
  return { wert, zeichen, illustrativ: h.illustrativ, quelle: hauptquelle(h, istIll) };
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
  const istIll = istIllIn(k);
  const [w, z, q] = raw;
  const base: Wert = { wert: w, zeichen: z, illustrativ: herkunftVon(q, istIll).illustrativ, quelle: q };
  if (mass.art === 'anzahl' || w === null) return base;
  if (mass.art === 'dichte') {
    const f = k.gebiete.find((g) => g.id === gebiet)?.flaeche ?? flaecheAm(k, gebiet, stichtag);
    return f ? { ...base, wert: w / f } : { ...base, wert: null, zeichen: 'x' };
  }
  const pop = k.werte[EINWOHNER]?.[gebiet]?.[stichtag];
  if (!pop) return undefined;
  // A share of a withheld population would reveal it: withheld too.
  const popWert: Wert = { wert: pop[0], zeichen: pop[1], illustrativ: herkunftVon(pop[2], istIll).illustrativ, quelle: pop[2] };
  if (pop[0] === null) return abgeleitet(null, pop[1] === 'geheim' ? 'geheim' : '.', [base, popWert], istIll);
  if (pop[0] === 0) return undefined;
  return abgeleitet((w / pop[0]) * mass.faktor, null, [base, popWert], istIll);
}

/** One point per Stichtag and series that has a value, with the break in series before it, if any. */
function reihenPunkte(k: KompaktDaten, reihen: { merkmal: string; id: string; label: string }[], mass: Mass, wert: (merkmal: string, stichtag: string) => Wert | undefined): Punkt[] {
  const out: Punkt[] = [];
  const vorher = new Map<string, string>();
  for (const stichtag of k.stichtage)
    for (const r of reihen) {
      const v = wert(r.merkmal, stichtag);
      if (!v) continue;
      const von = vorher.get(r.id);
      vorher.set(r.id, stichtag);
      // Shares and rates break with their population too.
      const b = von ? (bruchZwischen(k.brueche ?? [], r.merkmal, von, stichtag) ?? (mass.art !== 'anzahl' ? bruchZwischen(k.brueche ?? [], EINWOHNER, von, stichtag) : undefined)) : undefined;
      out.push({
        x: stichtag,
        xLabel: fmtDatum(stichtag, k.sprache),
        reihe: r.id,
        reiheLabel: r.label,
        ...v,
        einheit: einheitVon(mass),
        stichtag,
        ...(b ? { bruch: { stichtag: b.stichtag, text: bruchHinweis(b, k.sprache) } } : {}),
      });
    }
  return out;
}

/** Time series of one or more merkmale for an area: one point per Stichtag that has a value. */
export function zeitreihe(k: KompaktDaten, gebiet: string, reihen: { merkmal: string; label?: string }[], mass: Mass = { art: 'anzahl' }): Punkt[] {
  const rs = reihen.map((r) => ({ merkmal: r.merkmal, id: r.merkmal, label: r.label ?? k.labels[r.merkmal] ?? r.merkmal }));
  return reihenPunkte(k, rs, mass, (m, s) => wertVon(k, m, gebiet, s, mass));
}

/**
 * The city's series with only its own (official) values, and beside it, at Stichtage without a
 * city value, the sum of its first-level areas as a series of its own — never under the city's name.
 */
export function stadtZeitreihe(k: KompaktDaten, ags: string, reihen: { merkmal: string; label?: string }[], mass: Mass = { art: 'anzahl' }): Punkt[] {
  const stadt = zeitreihe(k, ags, reihen, mass);
  const teile = k.gebiete.filter((g) => g.parent === ags);
  const ohneStadt = (m: string, s: string) => wertVon(k, m, ags, s, mass)?.wert == null;
  const summe = diagramm(k.sprache).gebietssumme;
  const rs = reihen.map((r) => ({ merkmal: r.merkmal, id: `${r.merkmal}:gebiete`, label: `${r.label ?? k.labels[r.merkmal] ?? r.merkmal}: ${summe}` }));
  return [...stadt, ...reihenPunkte(k, rs, mass, (m, s) => (ohneStadt(m, s) ? (summeDerGebiete(k, teile, m, s, mass) ?? undefined) : undefined))];
}

export interface Referenz {
  /** The city's own value (named by the city's name) or a substitute named by `label`. */
  stadt: boolean;
  label: string;
  wert: number;
  illustrativ: boolean;
  /** Source id of the value (the city's own, or the main source of the areas' sum). */
  quelle?: string;
}

/** How a reference value is named beside areas: the city's name only for the city's own value; marked when illustrative. */
export const referenzName = (r: Referenz, stadtName: string, s?: Sprache) => `${r.stadt ? stadtName : r.label}${r.illustrativ ? ` (${diagramm(s).beispieldaten})` : ''}`;

export interface Vergleich {
  punkte: Punkt[];
  /**
   * City value in the same measure (the share, or the average per area for counts); where the
   * city states none, the sum of the areas, named as such and never under the city's name.
   */
  referenz: Referenz | null;
}

/** The areas' own total in the measure asked (a sum, or a share of summed counts), when every area has a value (else null). */
function summeDerGebiete(k: KompaktDaten, gebiete: { id: string }[], merkmal: string, stichtag: string, mass: Mass): Wert | null {
  if (mass.art === 'dichte' || !gebiete.length) return null;
  const istIll = istIllIn(k);
  const teile: Wert[] = [];
  let zaehler = 0;
  let nenner = 0;
  for (const g of gebiete) {
    const z = wertVon(k, merkmal, g.id, stichtag);
    if (z?.wert == null) return null;
    zaehler += z.wert;
    teile.push(z);
    if (mass.art === 'anteil') {
      const n = wertVon(k, EINWOHNER, g.id, stichtag);
      if (n?.wert == null) return null;
      nenner += n.wert;
      teile.push(n);
    }
  }
  if (mass.art === 'anteil') return nenner ? abgeleitet((zaehler / nenner) * mass.faktor, null, teile, istIll) : null;
  return abgeleitet(zaehler, null, teile, istIll);
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
  const w = diagramm(k.sprache);
  const stadt = wertVon(k, merkmal, ags, stichtag, mass);
  let referenz: Vergleich['referenz'] = null;
  if (stadt?.wert != null)
    referenz =
      mass.art === 'anzahl'
        ? { stadt: false, label: w.durchschnitt(w.stadtInsgesamt, gebiete.length), wert: stadt.wert / gebiete.length, illustrativ: stadt.illustrativ, quelle: stadt.quelle }
        : { stadt: true, label: w.stadtInsgesamt, wert: stadt.wert, illustrativ: stadt.illustrativ, quelle: stadt.quelle };
  else {
    const s = summeDerGebiete(k, gebiete, merkmal, stichtag, mass);
    if (s?.wert != null)
      referenz =
        mass.art === 'anzahl'
          ? { stadt: false, label: w.durchschnitt(w.gebietssumme, gebiete.length), wert: s.wert / gebiete.length, illustrativ: s.illustrativ, quelle: s.quelle }
          : { stadt: false, label: w.gebietssumme, wert: s.wert, illustrativ: s.illustrativ, quelle: s.quelle };
  }
  return { punkte, referenz };
}

/** Rank (1 = highest) of an area among its peers in a comparison, or null when withheld. */
export function rang(v: Vergleich, gebiet: string): { rang: number; von: number; illustrativ: boolean } | null {
  const mit = v.punkte.filter((p) => p.wert !== null);
  const i = mit.findIndex((p) => p.x === gebiet);
  // A rank rests on every value it is ranked among.
  return i < 0 ? null : { rang: i + 1, von: mit.length, illustrativ: verbinde(mit.map(herkunftVonWert)).illustrativ };
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
  const istIll = istIllIn(k);
  const w = diagramm(k.sprache);
  const punkt = (x: string, xLabel: string, v: Wert): Punkt => ({ x, xLabel, reihe: 'anzahl', reiheLabel: w.auslaender, ...v, einheit: 'Anzahl', stichtag });
  const top = (modus === 'land' ? werte.slice(0, n) : werte).map(({ code, v }) => punkt(code, k.labels[code] ?? code, v));
  const rest = modus === 'land' ? werte.slice(n) : [];
  const sum = (xs: { v: Wert }[]) => xs.reduce((s, x) => s + (x.v.wert ?? 0), 0);
  if (rest.length)
    top.push(punkt('weitere', w.weitere(rest.length), abgeleitet(sum(rest), null, rest.map((r) => r.v), istIll)));
  const d = aufschluesselung(k, gebiet, stichtag, modus);
  if (d && d.offen > d.rundung) {
    const total = wertVon(k, 'auslaender_insgesamt', gebiet, stichtag) as Wert;
    top.push(punkt('ohne', modus === 'land' ? w.ohneLand : w.ohneKontinent, abgeleitet(d.offen, null, [total, ...werte.map((w) => w.v)], istIll)));
  }
  return top;
}

/**
 * How far the listed countries (or continents) fall short of all foreigners, and how much of
 * that rounding explains: sources that round each count to a multiple of b (IT.NRW 12521: 5)
 * leave up to ⌊b/2⌋ per rounded count. Null when the total or the breakdown is missing.
 */
export function aufschluesselung(k: KompaktDaten, gebiet: string, stichtag: string, modus: 'land' | 'kontinent'): { summe: number; gesamt: number; offen: number; rundung: number } | null {
  const total = wertVon(k, 'auslaender_insgesamt', gebiet, stichtag);
  if (total?.wert == null) return null;
  const re = modus === 'land' ? LAND : KONTINENT;
  let summe = 0;
  let rundung = Math.floor((k.rundung?.[total.quelle] ?? 0) / 2);
  let n = 0;
  for (const code of Object.keys(k.werte)) {
    if (!re.test(code)) continue;
    const v = wertVon(k, code, gebiet, stichtag);
    if (v?.wert == null) continue;
    n++;
    summe += v.wert;
    rundung += Math.floor((k.rundung?.[v.quelle] ?? 0) / 2);
  }
  return n ? { summe, gesamt: total.wert, offen: total.wert - summe, rundung } : null;
}

/** The stacks of the status chart: the municipality's groups, or all statuses in one stack. */
export const statusGruppen = (k: KompaktDaten) => (k.gruppen?.length ? k.gruppen : [{ id: 'status', label: diagramm(k.sprache).nachStatus, teile: [...STATUS] }]);

/** Refugees by status at one Stichtag, stacked by the groups the municipality forms (kommune.json). */
export function statusPunkte(k: KompaktDaten, gebiet: string, stichtag: string, mass: Mass = { art: 'anzahl' }): Punkt[] {
  const out: Punkt[] = [];
  for (const g of statusGruppen(k))
    for (const teil of g.teile) {
      const v = wertVon(k, teil, gebiet, stichtag, mass);
      if (v) out.push({ x: g.id, xLabel: g.label, reihe: teil, reiheLabel: k.labels[teil] ?? teil, ...v, einheit: einheitVon(mass), stichtag });
    }
  return out;
}

/** One indicator's value for an area at a Stichtag, as a point (null: no value published). */
export function indikatorPunkt(k: KompaktDaten, ind: Indikator, gebiet: string, stichtag: string): Punkt | null {
  const v = wertVon(k, ind.merkmal, gebiet, stichtag, ind.mass);
  const name = k.gebiete.find((g) => g.id === gebiet)?.name ?? gebiet;
  return v ? { x: gebiet, xLabel: name, reihe: ind.id, reiheLabel: ind.label, ...v, einheit: einheitVon(ind.mass), stichtag } : null;
}
