/** Build-time: the version of the published data and the archive of it. */
import { loadKennzahlen, listDaten, readDaten } from '../data';
import { DATEN, sha256 } from './paket';
import { zipArchiv } from './zip';

/**
 * The release of the published data: the first 8 hex digits of the SHA-256 of its data package
 * (which holds the hash of every file, so any changed value changes it) and the data's Stand.
 */
export function datenVersion(): { hash: string; stand: string } {
  return { hash: sha256(readDaten(DATEN.paket).toString('utf8')).slice(0, 8), stand: loadKennzahlen().stand };
}

/** Addresses of the archive under /daten/: always the current one, and the one named by its version (stays the same file). */
export const zipNamen = (hash: string) => [DATEN.zip, DATEN.zipVersion(hash)];

/** Everything under /daten/ in one ZIP (CSV, Excel variants, JSON, schemas, data package, catalogue, geometry), paths as published. */
export function datenZip(): Buffer {
  return zipArchiv(listDaten().map((name) => ({ name, daten: readDaten(name) })));
}
