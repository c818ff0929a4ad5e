import type { Kommune } from '../config';
import type { DatasetId } from '../datasets';
import { oberste } from '../ebenen';
import { THEMEN } from '../themen/config';
import { KARTEN_INDIKATOREN } from '../themen/indikatoren';
import type { Praesentation } from './schema';

/** Without data/praesentation.json: title, key figures, the map, the charts of each topic that has data, and the concept's measures and costs if there are any. */
export function standardPraesentation(kommune: Kommune, mitDaten: ReadonlySet<DatasetId>, mitGebietsdaten: ReadonlySet<DatasetId> = mitDaten, mitKonzept = false): Praesentation {
  const karte = KARTEN_INDIKATOREN.find((i) => mitGebietsdaten.has(i.datensatz));
  const ebene = oberste(kommune.ebenen).id;
  return {
    titel: `Integration in ${kommune.name}`,
    folien: [
      { art: 'titel', titel: `Integration in ${kommune.name}`, untertitel: 'Zahlen, Daten, Fakten' },
      { art: 'kennzahlen' },
      ...(karte ? [{ art: 'karte' as const, indikator: karte.id, ebene }] : []),
      ...THEMEN.filter((t) => mitDaten.has(t.id)).flatMap((t) => [{ art: 'zeitreihe' as const, datensatz: t.id }, { art: 'vergleich' as const, datensatz: t.id, ebene }]),
      ...(mitKonzept ? [{ art: 'massnahmen' as const }] : []),
    ],
  };
}
