import { loadDatensatz, loadGebiete, loadKommune, loadQuellen } from '../data';
import type { DatasetId } from '../datasets';
import type { Herkunft } from '@/components/charts/shared/ChartRahmen';
import { kompakt } from './kompakt';
import type { KompaktDaten } from './model';
import { INDIKATOR_MERKMALE } from './indikatoren';

/** Build-time: the compact data of one dataset plus population (for shares and densities). */
export function themaDaten(ds: DatasetId, merkmale: (m: string) => boolean): KompaktDaten {
  const files = [{ datei: loadDatensatz(ds), merkmale }];
  if (ds !== 'bevoelkerung') files.push({ datei: loadDatensatz('bevoelkerung'), merkmale: (m: string) => m === 'einwohner' });
  return kompakt(files, loadGebiete(), loadQuellen());
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
