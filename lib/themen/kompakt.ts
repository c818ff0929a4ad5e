import type { DatensatzDatei, Gebiet, QuelleOut } from '../published';
import type { KompaktDaten } from './model';

/**
 * Packs the merkmale a page needs from one or more dataset files (a later file wins for the
 * same merkmal name only if the first lacks it) into the compact form the client recomputes from.
 */
export function kompakt(
  dateien: { datei: DatensatzDatei; merkmale: string[] | ((m: string) => boolean) }[],
  gebiete: (Gebiet & { flaeche_km2: number | null })[],
  quellen: QuelleOut[],
): KompaktDaten {
  const werte: KompaktDaten['werte'] = {};
  const labels: Record<string, string> = {};
  const stichtage = new Set<string>();
  const brueche: NonNullable<KompaktDaten['brueche']> = [];
  for (const { datei, merkmale } of dateien) {
    const want = typeof merkmale === 'function' ? merkmale : (m: string) => merkmale.includes(m);
    for (const b of datei.brueche ?? []) {
      const betroffen = (b.merkmale.length ? b.merkmale : datei.merkmale.map((m) => m.id)).filter(want);
      if (betroffen.length) brueche.push({ stichtag: b.stichtag, merkmale: betroffen, art: b.art, beschreibung: b.beschreibung });
    }
    for (const m of datei.merkmale) if (want(m.id)) labels[m.id] ??= m.label;
    for (const [s, g, m, w, z, q] of datei.werte) {
      if (!want(m)) continue;
      stichtage.add(s);
      ((werte[m] ??= {})[g] ??= {})[s] = [w, z, q];
    }
  }
  return {
    stichtage: [...stichtage].sort(),
    gebiete: gebiete.map((g) => ({ id: g.id, name: g.name, ebene: g.ebene, parent: g.parent, flaeche: g.flaeche_km2 })),
    werte,
    labels,
    brueche,
    illustrativeQuellen: quellen.filter((q) => q.art === 'illustrativ').map((q) => q.id),
    rundung: Object.fromEntries(quellen.filter((q) => q.rundung > 0).map((q) => [q.id, q.rundung])),
  };
}
