/** Client-safe: areas side by side and one area at two Stichtage, from the indicator data of the profiles. */
import { bruchZwischen } from '../brueche';
import type { Indikator } from '../themen/indikatoren';
import type { KompaktDaten, Punkt } from '../themen/model';
import { indikatorPunkt } from '../themen/punkte';

/** Every indicator for two or three areas and the city at one Stichtag: rows = indicators, cells in the order of `gebiete`, the city last. */
export function nebeneinander(k: KompaktDaten, ags: string, gebiete: string[], stichtag: string, indikatoren: Indikator[]): { indikator: Indikator; zellen: (Punkt | null)[] }[] {
  const spalten = [...gebiete.filter((g) => g !== ags), ags];
  return indikatoren.map((indikator) => ({ indikator, zellen: spalten.map((g) => indikatorPunkt(k, indikator, g, stichtag)) }));
}

export interface Veraenderung {
  indikator: Indikator;
  von: Punkt | null;
  bis: Punkt | null;
  /** bis − von in the indicator's unit (shares: percentage points); null without both values or across a break. */
  differenz: number | null;
  /** The relative change in per cent, for counts only. */
  prozent: number | null;
  /** Computed from an illustrative value: illustrative itself. */
  illustrativ: boolean;
  /** A break in series between the two Stichtage (in the figure or, for shares and rates, in the population): not comparable. */
  bruch?: { stichtag: string; art: string; beschreibung: string };
}

/** One area (or the city) at two Stichtage: each indicator's values and its change, never across a break in series. */
export function zweiStichtage(k: KompaktDaten, gebiet: string, von: string, bis: string, indikatoren: Indikator[]): Veraenderung[] {
  return indikatoren.map((indikator) => {
    const a = indikatorPunkt(k, indikator, gebiet, von);
    const b = indikatorPunkt(k, indikator, gebiet, bis);
    const merkmale = indikator.mass.art === 'anzahl' ? [indikator.merkmal] : [indikator.merkmal, 'einwohner'];
    let bruch: Veraenderung['bruch'];
    for (const m of merkmale) bruch ??= bruchZwischen(k.brueche ?? [], m, von, bis);
    const beide = a?.wert != null && b?.wert != null && !bruch;
    const differenz = beide ? (b.wert as number) - (a.wert as number) : null;
    const prozent = beide && indikator.mass.art === 'anzahl' && a.wert ? (((b.wert as number) - (a.wert as number)) / (a.wert as number)) * 100 : null;
    return { indikator, von: a, bis: b, differenz, prozent, illustrativ: !!(a?.illustrativ || b?.illustrativ), ...(bruch ? { bruch: { stichtag: bruch.stichtag, art: bruch.art, beschreibung: bruch.beschreibung } } : {}) };
  });
}
