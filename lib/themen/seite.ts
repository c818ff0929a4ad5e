import { loadDatensatz, loadGebiete, loadKommune, loadManifest, loadQuellen } from '../data';
import type { DatasetId } from '../datasets';
import type { Herkunft } from '@/components/charts/shared/ChartRahmen';
import { kompakt } from './kompakt';
import type { KompaktDaten } from './model';
import { INDIKATOR_MERKMALE, KARTEN_INDIKATOREN, type Indikator } from './indikatoren';
import { THEMEN, type ThemaDef } from './config';

/** Build-time: the topics whose dataset holds any value; the others appear nowhere. */
export function themenMitDaten(): ThemaDef[] {
  const bestand = loadManifest().bestand ?? {};
  return THEMEN.filter((t) => (bestand[t.id]?.werte ?? 0) > 0);
}

/** Build-time: the compact data of one dataset plus population (for shares and densities). */
export function themaDaten(ds: DatasetId, merkmale: (m: string) => boolean): KompaktDaten {
  const files = [{ datei: loadDatensatz(ds), merkmale }];
  if (ds !== 'bevoelkerung') files.push({ datei: loadDatensatz('bevoelkerung'), merkmale: (m: string) => m === 'einwohner' });
  const gruppen = (loadKommune().gruppen[ds] ?? []).map(({ id, label, teile }) => ({ id, label, teile }));
  return { ...kompakt(files, loadGebiete(), loadQuellen()), ...(gruppen.length ? { gruppen } : {}) };
}

/** Source titles and the licence line, for chart footers and downloads. */
export function herkunft(): Herkunft {
  const k = loadKommune();
  return {
    quellen: Object.fromEntries(loadQuellen().map((q) => [q.id, `${q.herausgeber}: ${q.titel}`])),
    namensnennung: k.lizenz.namensnennung,
  };
}

/** Build-time: everything the area indicators need, from all datasets. */
export function indikatorDaten(): KompaktDaten {
  const files = (Object.entries(INDIKATOR_MERKMALE) as [DatasetId, string[]][]).map(([ds, merkmale]) => ({ datei: loadDatensatz(ds), merkmale }));
  return kompakt(files, loadGebiete(), loadQuellen());
}

/** Build-time: everything a topic's chart cards need, shared by the topic page and its embeds. */
export function themaAnsicht(t: ThemaDef) {
  const kommune = loadKommune();
  const k = themaDaten(t.id, t.merkmale);
  const h = herkunft();
  // Only the sources this page shows travel to the browser.
  const used = new Set(Object.values(k.werte).flatMap((g) => Object.values(g).flatMap((s) => Object.values(s).map((v) => v[2]))));
  const quellen = Object.fromEntries(Object.entries(h.quellen).filter(([id]) => used.has(id)));
  const ebenen = kommune.ebenen.map((e) => ({ wert: e.id, label: e.plural }));
  return { kommune, k, herkunft: { quellen, namensnennung: h.namensnennung }, ebenen };
}

/** Build-time: the map indicators with a value for any area (not the city alone). */
export function kartenIndikatorenMitDaten(k: KompaktDaten = indikatorDaten()): Indikator[] {
  const stadt = new Set(k.gebiete.filter((g) => g.ebene === 'stadt').map((g) => g.id));
  return KARTEN_INDIKATOREN.filter((i) => Object.keys(k.werte[i.merkmal] ?? {}).some((g) => !stadt.has(g)));
}
