import type { Indikator } from './indikatoren';
import { oberGebiet } from '../gebiete';
import { gemerkt } from '../gemerkt';
import type { KompaktDaten, Punkt } from './model';
import { indikatorPunkt, rang, vergleich, type Ebene } from './punkte';

export interface ProfilZeile {
  indikator: Indikator;
  stichtag: string;
  gebiet: Punkt | null;
  parent: Punkt | null;
  stadt: Punkt | null;
  rang: { rang: number; von: number; illustrativ: boolean } | null;
}

/** Latest Stichtag at which an area has inhabitants: the Stand of its profile. */
export function profilStichtag(k: KompaktDaten, gebiet: string): string | undefined {
  return k.stichtage.filter((s) => k.werte.einwohner?.[gebiet]?.[s]?.[0] != null).at(-1);
}

/**
 * An indicator's ranking among the areas of a level: the same for every profile of that level, so
 * a build works it out once per process, not once per page (bench-bau, 270 finest areas: 4.5–4.8 → 0.4–0.5 ms a page).
 */
const rangfolge = gemerkt(vergleich);

/**
 * Every indicator of an area beside the area it lies in and the city, with its rank among
 * the areas of its level (1 = highest value).
 */
export function profil(k: KompaktDaten, ags: string, gebiet: string, indikatoren: Indikator[]): ProfilZeile[] {
  const g = k.gebiete.find((x) => x.id === gebiet);
  const stichtag = profilStichtag(k, gebiet);
  if (!g || !stichtag) return [];
  const punkt = (id: string, ind: Indikator) => indikatorPunkt(k, ind, id, stichtag);
  return indikatoren.map((ind) => ({
    indikator: ind,
    stichtag,
    gebiet: punkt(gebiet, ind),
    parent: oberGebiet(k.gebiete, g) ? punkt(g.parent ?? '', ind) : null,
    stadt: punkt(ags, ind),
    rang: g.ebene === 'stadt' ? null : rang(rangfolge(k, ags, g.ebene as Ebene, stichtag, ind.merkmal, ind.mass), gebiet),
  }));
}
