/** Build-time: a static map view (embed, slide) from the published data. */
import { loadGeo, loadKommune, loadManifest } from '../data';
import { ebeneVon } from '../ebenen';
import { fmtDatum } from '../format';
import type { Manifest } from '../published';
import { KARTEN_INDIKATOREN } from '../themen/indikatoren';
import type { Ebene } from '../themen/punkte';
import { herkunft, indikatorDaten } from '../themen/seite';
import { kartenAnsicht, kartenBildDaten } from './ansicht';

/** Attribution of the area geometry for map images and embeds (and its schematic nature). */
/** Attribution of the geometry; whether the values are illustrative is the provenance module's to say. */
export const geoHinweis = (g: Manifest['geometrie']) => `Karte: ${g.namensnennung}${g.schematisch ? '; Gebietsgrenzen schematisch (keine amtliche Gliederung)' : ''}.`;

export function statischeKarte(indikator: string, ebene: Ebene, stichtagWunsch?: string) {
  const ind = KARTEN_INDIKATOREN.find((i) => i.id === indikator);
  if (!ind) throw new Error(`unbekannte Kartenkennzahl „${indikator}“`);
  const kommune = loadKommune();
  const manifest = loadManifest();
  const k = indikatorDaten();
  const stichtage = k.stichtage.filter((s) => k.gebiete.some((g) => g.ebene === ebene && k.werte[ind.merkmal]?.[g.id]?.[s]));
  const stichtag = stichtagWunsch && stichtage.includes(stichtagWunsch) ? stichtagWunsch : (stichtage.at(-1) ?? '');
  const a = kartenAnsicht(k, kommune.ags, ind, ebene, stichtag, stichtage, 'jenks');
  const bild = kartenBildDaten(
    a,
    loadGeo(ebene).features.map((f) => ({ id: f.properties.id, name: f.properties.name, geometry: f.geometry })),
  );
  const h = herkunft();
  const ids = [...new Set(a.v.punkte.map((p) => p.quelle).filter(Boolean))];
  return {
    ind,
    ebeneName: ebeneVon(kommune.ebenen, ebene)?.plural ?? ebene,
    stichtag,
    ansicht: a,
    bild,
    quellen: Object.fromEntries(ids.map((q) => [q, h.quellen[q] ?? q])),
    namensnennung: h.namensnennung,
    titel: `${ind.label}, ${ebeneVon(kommune.ebenen, ebene)?.plural ?? ebene}, ${fmtDatum(stichtag)}`,
    geoHinweis: geoHinweis(manifest.geometrie),
  };
}
