/** Build-time view of the downloads for the /daten pages: files, sizes, schemas, citation. */
import type { Sprache } from '../i18n/sprache';
import type { Kommune } from '../config';
import { readDaten } from '../data';
import { fmtAnzahl, fmtDatum, fmtDezimal } from '../format';
import type { Bestand } from './bestand';
import { DATEN } from './paket';

/** A file's size as people read it (Byte, KB, MB). */
export const groesseText = (b: number, s: Sprache = 'de'): string =>
  b < 1024 ? `${b} ${s === 'de' ? 'Byte' : 'bytes'}` : b < 1024 * 1024 ? `${Math.round(b / 1024)} KB` : `${fmtDezimal(Math.round((b / 1024 / 1024) * 10) / 10, s)} MB`;

export const groesse = (pfad: string, s: Sprache = 'de'): string => groesseText(readDaten(pfad).length, s);

export interface SchemaFeld {
  name: string;
  title: string;
  type: string;
  description?: string;
  'title@en'?: string;
  'description@en'?: string;
}

export const tabellenschemaVon = (pfad: string) => JSON.parse(readDaten(pfad).toString('utf8')) as { fields: SchemaFeld[] };

/**
 * Citation line: publisher (year of publication): title, Stand, address, licence. A dataset
 * with Beispieldaten says so in the line itself, so that no one cites invented values as the
 * municipality's: only values marked „amtlich“ may be cited, with their own source.
 */
export function zitat(kommune: Kommune, titel: string, stand: string, pfad: string, b: Pick<Bestand, 'beispieldaten' | 'amtlich'>, s: Sprache = 'de'): string {
  const jahr = kommune.veroeffentlichung.veroeffentlicht.slice(0, 4);
  const de = s === 'de';
  const hinweis =
    b.beispieldaten === 0
      ? ''
      : b.amtlich === 0
        ? de
          ? ' Achtung: enthält nur Beispieldaten (illustrativ, keine amtliche Statistik) – nicht als Zahlen der Kommune zitieren.'
          : ' Note: contains example data only (illustrative, not official statistics) – do not cite as figures of the municipality.'
        : de
          ? ` Achtung: ${fmtAnzahl(b.beispieldaten)} Werte sind Beispieldaten (illustrativ, keine amtliche Statistik); zitieren Sie nur Werte mit der Kennzeichnung „amtlich“ und nennen Sie deren Quelle (Spalte quelle).`
          : ` Note: ${fmtAnzahl(b.beispieldaten, s)} values are example data (illustrative, not official statistics); cite only values marked “amtlich” (official) and name their source (column quelle).`;
  const atlas = de ? 'Integrationsatlas' : 'Integration Atlas';
  return `${kommune.herausgeber.name} (${jahr}): ${titel}. ${atlas} ${kommune.bezeichnung}, ${de ? 'Stand' : 'as of'} ${fmtDatum(stand, s)}. ${kommune.veroeffentlichung.basisUrl}daten/${pfad} – ${kommune.lizenz.name}.${hinweis}`;
}

export { DATEN };
