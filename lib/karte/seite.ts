/** Build-time: a static map view (embed, slide) from the published data. */
import { loadGeo, loadKommune, loadManifest } from '../data';
import { ebeneName, ebeneVon } from '../ebenen';
import { diagramm } from '../i18n/diagramm';
import { indikatorIn } from '../i18n/indikatoren-en';
import type { Sprache } from '../i18n/sprache';
import { fmtDatum } from '../format';
import type { Manifest } from '../published';
import { KARTEN_INDIKATOREN } from '../themen/indikatoren';
import type { Ebene } from '../themen/punkte';
import { herkunft, indikatorDaten } from '../themen/seite';
import { kartenAnsicht, kartenBildDaten } from './ansicht';

/** Attribution of the geometry (and its schematic nature); whether the values are illustrative is the provenance module's to say. */
export const geoHinweis = (g: Manifest['geometrie'], s: Sprache = 'de') => diagramm(s).karte.geoHinweis(g.namensnennung, g.schematisch);

export function statischeKarte(indikator: string, ebene: Ebene, stichtagWunsch?: string, s: Sprache = 'de') {
  const def = KARTEN_INDIKATOREN.find((i) => i.id === indikator);
  if (!def) throw new Error(`unbekannte Kartenkennzahl „${indikator}“`);
  const ind = indikatorIn(def, s);
  const kommune = loadKommune();
  const manifest = loadManifest();
  const k = indikatorDaten(s);
  const stichtage = k.stichtage.filter((s) => k.gebiete.some((g) => g.ebene === ebene && k.werte[ind.merkmal]?.[g.id]?.[s]));
  const stichtag = stichtagWunsch && stichtage.includes(stichtagWunsch) ? stichtagWunsch : (stichtage.at(-1) ?? '');
  const a = kartenAnsicht(k, kommune.ags, ind, ebene, stichtag, stichtage, 'jenks');
  const bild = kartenBildDaten(
    a,
    loadGeo(ebene).features.map((f) => ({ id: f.properties.id, name: f.properties.name, geometry: f.geometry })),
    s,
  );
  const e = ebeneVon(kommune.ebenen, ebene);
  const ebenenName = e ? ebeneName(e, 'plural', s) : ebene;
  const h = herkunft();
  const ids = [...new Set(a.v.punkte.map((p) => p.quelle).filter(Boolean))];
  return {
    ind,
    ebeneName: ebenenName,
    stichtag,
    ansicht: a,
    bild,
    quellen: Object.fromEntries(ids.map((q) => [q, h.quellen[q] ?? q])),
    namensnennung: h.namensnennung,
    titel: `${ind.label}, ${ebenenName}, ${fmtDatum(stichtag, s)}`,
    geoHinweis: geoHinweis(manifest.geometrie, s),
  };
}
