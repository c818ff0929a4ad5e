/** Build-time view of the downloads for the /daten pages: files, sizes, schemas, citation. */
import type { Kommune } from '../config';
import { readDaten } from '../data';
import { fmtDatum } from '../format';
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

/** Citation line: publisher (year of publication): title, Stand, address, licence. */
export function zitat(kommune: Kommune, titel: string, stand: string, pfad: string): string {
  const jahr = kommune.veroeffentlichung.veroeffentlicht.slice(0, 4);
  return `${kommune.herausgeber.name} (${jahr}): ${titel}. Integrationsatlas ${kommune.bezeichnung}, Stand ${fmtDatum(stand)}. ${kommune.veroeffentlichung.basisUrl}daten/${pfad} – ${kommune.lizenz.name}.`;
}

export { DATEN };
