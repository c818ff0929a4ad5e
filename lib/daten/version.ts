/** Build-time: the version of the published data and the archives of its releases. */
import { listArchiv, loadKennzahlen, readDaten } from '../data';
import { DATEN } from './paket';
import { versionVon } from './versionen';

/**
 * The release of the published data: the first 8 hex digits of the SHA-256 of its data package
 * (which holds the hash of every file, so any changed value changes it) and the data's Stand.
 */
export function datenVersion(): { hash: string; stand: string } {
  return { hash: versionVon(readDaten(DATEN.paket).toString('utf8')), stand: loadKennzahlen().stand };
}

/**
 * The archives under /daten/ and the file each is: the current one at its stable address, and
 * every release's (this one's included) at its versioned address, kept by the ingest for good.
 */
export function zipDateien(): Map<string, string> {
  const m = new Map<string, string>([[DATEN.zip, DATEN.zipVersion(datenVersion().hash)]]);
  for (const name of listArchiv()) m.set(name, name);
  return m;
}
