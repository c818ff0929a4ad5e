import type { Kommune } from '../config';
import { THEMEN } from '../themen/config';
import type { Praesentation } from './schema';

/** Without data/praesentation.json: title, key figures, the map, and each topic's charts. */
export function standardPraesentation(kommune: Kommune): Praesentation {
  return {
    titel: `Integration in ${kommune.name}`,
    folien: [
      { art: 'titel', titel: `Integration in ${kommune.name}`, untertitel: 'Zahlen, Daten, Fakten' },
      { art: 'kennzahlen' },
      { art: 'karte', indikator: 'anteil_mh', ebene: 'sozialraum' },
      ...THEMEN.flatMap((t) => [{ art: 'zeitreihe' as const, datensatz: t.id }, { art: 'vergleich' as const, datensatz: t.id, ebene: 'sozialraum' as const }]),
    ],
  };
}
