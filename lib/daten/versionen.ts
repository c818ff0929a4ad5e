import type { DatasetId } from '../datasets';
import type { DatensatzDatei } from '../published';
import { sha256 } from './paket';

/** One release of the published data: what an ingest published when the data changed. */
export interface Version {
  /** First 8 hex digits of the SHA-256 of the release's data package (which holds every file's hash). */
  version: string;
  /** Day the ingest published it (ISO). */
  veroeffentlicht: string;
  /** Newest Stichtag of any dataset in it. */
  stand: string;
  /** Stichtage that this release added, per dataset (all of them in the first release). */
  neueStichtage: { datensatz: DatasetId; stichtage: string[] }[];
  /** Published values of earlier Stichtage this release changed (see neu.json). */
  revisionen: number;
  /** The archive of every download of the release, under /daten/ at its versioned address, kept for good. */
  zip: { pfad: string; bytes: number; sha256: string };
}

/** Every release, newest first (data/published/versionen.json). */
export interface Versionen {
  versionen: Version[];
}

/** The version of a data package's text. */
export const versionVon = (paketText: string) => sha256(paketText).slice(0, 8);

/** Stichtage per dataset that `jetzt` has and `vorher` had not. */
export function neueStichtage(vorher: DatensatzDatei[], jetzt: DatensatzDatei[]): Version['neueStichtage'] {
  const alt = new Map(vorher.map((d) => [d.datensatz, new Set(d.stichtage)]));
  const out: Version['neueStichtage'] = [];
  for (const d of jetzt) {
    const neu = d.stichtage.filter((s) => !alt.get(d.datensatz)?.has(s));
    if (neu.length) out.push({ datensatz: d.datensatz, stichtage: neu });
  }
  return out;
}

/**
 * The release list after an ingest: unchanged when the data are the same as the newest release's
 * (same version), else the new release in front — also when it returns to an earlier version's
 * data (then both entries name the same archive). Earlier releases are never dropped.
 */
export function fortschreiben(frueher: Versionen | undefined, neu: Version): Versionen {
  const alte = frueher?.versionen ?? [];
  return { versionen: alte[0]?.version === neu.version ? alte : [neu, ...alte] };
}
