/** Build-time view of the downloads for the /daten pages: files, sizes, schemas, citation. */
import type { Kommune } from '../config';
import { readDaten } from '../data';
import { fmtAnzahl, fmtDatum } from '../format';
import type { Bestand } from './bestand';
import { DATEN } from './paket';

export const groesse = (pfad: string): string => {
  const b = readDaten(pfad).length;
  return b < 1024 ? `${b} Byte` : b < 1024 * 1024 ? `${Math.round(b / 1024)} KB` : `${(b / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
};

export interface SchemaFeld {
  name: string;
  title: string;
  type: string;
  description?: string;
}

export const tabellenschemaVon = (pfad: string) => JSON.parse(readDaten(pfad).toString('utf8')) as { fields: SchemaFeld[] };

/**
 * Citation line: publisher (year of publication): title, Stand, address, licence. A dataset
 * with Beispieldaten says so in the line itself, so that no one cites invented values as the
 * municipality's: only values marked „amtlich“ may be cited, with their own source.
 */
export function zitat(kommune: Kommune, titel: string, stand: string, pfad: string, b: Pick<Bestand, 'beispieldaten' | 'amtlich'>): string {
  const jahr = kommune.veroeffentlichung.veroeffentlicht.slice(0, 4);
  const hinweis =
    b.beispieldaten === 0
      ? ''
      : b.amtlich === 0
        ? ' Achtung: enthält nur Beispieldaten (illustrativ, keine amtliche Statistik) – nicht als Zahlen der Kommune zitieren.'
        : ` Achtung: ${fmtAnzahl(b.beispieldaten)} Werte sind Beispieldaten (illustrativ, keine amtliche Statistik); zitieren Sie nur Werte mit der Kennzeichnung „amtlich“ und nennen Sie deren Quelle (Spalte quelle).`;
  return `${kommune.herausgeber.name} (${jahr}): ${titel}. Integrationsatlas ${kommune.bezeichnung}, Stand ${fmtDatum(stand)}. ${kommune.veroeffentlichung.basisUrl}daten/${pfad} – ${kommune.lizenz.name}.${hinweis}`;
}

export { DATEN };
