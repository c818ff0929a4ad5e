import type { Indikator } from './indikatoren';
import type { KompaktDaten, Punkt } from './model';
import { zeitreihe } from './punkte';

export interface GebietTrend {
  punkte: Punkt[];
  /** The area's name and that of the area it lies in (not the municipality), if any. */
  name: string;
  parentName?: string;
  /** Shown beside its parent area and the city (shares and rates), or alone (counts). */
  mitVergleich: boolean;
}

/**
 * An area's trend of one indicator, one series per area: counts alone; shares and rates beside
 * the area it lies in and the city. For the profile page and the area embeds alike.
 */
export function gebietTrend(k: KompaktDaten, ags: string, gebiet: string, ind: Indikator): GebietTrend | null {
  const g = k.gebiete.find((x) => x.id === gebiet);
  if (!g) return null;
  const parent = k.gebiete.find((x) => x.id === g.parent && x.ebene !== 'stadt');
  const mitVergleich = ind.mass.art !== 'anzahl';
  const ids = mitVergleich ? [g.id, ...(parent ? [parent.id] : []), ags] : [g.id];
  const punkte = ids.flatMap((gid) => {
    const name = k.gebiete.find((x) => x.id === gid)?.name ?? gid;
    return zeitreihe(k, gid, [{ merkmal: ind.merkmal }], ind.mass).map((p) => ({ ...p, x: p.stichtag, reihe: gid, reiheLabel: name }));
  });
  return { punkte, name: g.name, ...(parent ? { parentName: parent.name } : {}), mitVergleich };
}
