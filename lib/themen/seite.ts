import { loadDatensatz, loadGebiete, loadKommune, loadManifest, loadQuellen } from '../data';
import type { DatasetId } from '../datasets';
import type { Kommune } from '../config';
import { gemerkt } from '../gemerkt';
import type { DatensatzDatei, QuelleOut } from '../published';
import type { Herkunft } from '@/components/charts/shared/ChartRahmen';
import { kompakt } from './kompakt';
import type { KompaktDaten } from './model';
import { INDIKATOR_MERKMALE, KARTEN_INDIKATOREN, type Indikator } from './indikatoren';
import { THEMEN, type ThemaDef } from './config';
import { ebeneName } from '../ebenen';
import { merkmalEn } from '../i18n/merkmale-en';
import type { Sprache } from '../i18n/sprache';
import { themaIn } from '../i18n/themen-en';

/** Build-time: the topics whose dataset holds any value; the others appear nowhere. */
export function themenMitDaten(): ThemaDef[] {
  const bestand = loadManifest().bestand ?? {};
  return THEMEN.filter((t) => (bestand[t.id]?.werte ?? 0) > 0);
}

/** Compact data in a language: its labels translated where a translation is known (names stay). */
export function inSprache(k: KompaktDaten, s: Sprache): KompaktDaten {
  if (s === 'de') return k;
  const labels = Object.fromEntries(Object.entries(k.labels).map(([id, l]) => [id, merkmalEn(id, l) ?? l]));
  return { ...k, sprache: s, labels };
}

/** Build-time: the compact data of one dataset plus population (for shares and densities), in a language. */
export function themaDaten(ds: DatasetId, merkmale: (m: string) => boolean, s: Sprache = 'de'): KompaktDaten {
  return themaKompakt(ds, merkmale, s, loadDatensatz(ds), loadDatensatz('bevoelkerung'), loadKommune(), loadGebiete(), loadQuellen());
}

// Remembered by the identity of the loaded files: every page of a build that shows a topic shares one result.
const themaKompakt = gemerkt(
  (ds: DatasetId, merkmale: (m: string) => boolean, s: Sprache, datei: DatensatzDatei, bevoelkerung: DatensatzDatei, kommune: Kommune, gebiete: Gebiete, quellen: QuelleOut[]): KompaktDaten => {
    const files = [{ datei, merkmale }];
    if (ds !== 'bevoelkerung') files.push({ datei: bevoelkerung, merkmale: (m: string) => m === 'einwohner' });
    const gruppen = (kommune.gruppen[ds] ?? []).map(({ id, label, teile, en }) => ({ id, label: s === 'en' ? (en?.label ?? label) : label, teile }));
    return inSprache({ ...kompakt(files, gebiete, quellen), ...(gruppen.length ? { gruppen } : {}) }, s);
  },
);

/** Source titles and the licence line, for chart footers and downloads. */
export function herkunft(): Herkunft {
  const k = loadKommune();
  return {
    quellen: Object.fromEntries(loadQuellen().map((q) => [q.id, `${q.herausgeber}: ${q.titel}`])),
    namensnennung: k.lizenz.namensnennung,
  };
}

/** Build-time: everything the area indicators need, from all datasets, in a language. */
export function indikatorDaten(s: Sprache = 'de'): KompaktDaten {
  const dateien = INDIKATOR_DATEIEN.map(([ds]) => loadDatensatz(ds));
  return indikatorKompakt(s, loadGebiete(), loadQuellen(), ...dateien);
}

const INDIKATOR_DATEIEN = Object.entries(INDIKATOR_MERKMALE) as [DatasetId, string[]][];
type Gebiete = ReturnType<typeof loadGebiete>;

// Remembered like themaKompakt: every profile, embed and map page of a build shares one result per language.
const indikatorKompakt = gemerkt((s: Sprache, gebiete: Gebiete, quellen: QuelleOut[], ...dateien: DatensatzDatei[]): KompaktDaten => {
  const files = dateien.flatMap((datei, i) => {
    const eintrag = INDIKATOR_DATEIEN[i];
    return eintrag ? [{ datei, merkmale: eintrag[1] }] : [];
  });
  return inSprache(kompakt(files, gebiete, quellen), s);
});

/** Build-time: everything a topic's chart cards need, shared by the topic page and its embeds, in a language. */
export function themaAnsicht(t: ThemaDef, s: Sprache = 'de') {
  const kommune = loadKommune();
  const k = themaDaten(t.id, t.merkmale, s);
  const h = herkunft();
  // Only the sources this page shows travel to the browser.
  const used = new Set(Object.values(k.werte).flatMap((g) => Object.values(g).flatMap((s) => Object.values(s).map((v) => v[2]))));
  const quellen = Object.fromEntries(Object.entries(h.quellen).filter(([id]) => used.has(id)));
  const ebenen = kommune.ebenen.map((e) => ({ wert: e.id, label: ebeneName(e, 'plural', s) }));
  return { kommune, k, herkunft: { quellen, namensnennung: h.namensnennung, sprache: s }, ebenen, thema: themaIn(t, s) };
}

/** Build-time: the map indicators with a value for any area (not the city alone). */
export function kartenIndikatorenMitDaten(k: KompaktDaten = indikatorDaten()): Indikator[] {
  const stadt = new Set(k.gebiete.filter((g) => g.ebene === 'stadt').map((g) => g.id));
  return KARTEN_INDIKATOREN.filter((i) => Object.keys(k.werte[i.merkmal] ?? {}).some((g) => !stadt.has(g)));
}
