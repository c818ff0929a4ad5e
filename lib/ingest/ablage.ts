import { createHash } from 'node:crypto';
import path from 'node:path';
import { Oeffner } from './oeffner';

/** One file being written, part by part (text is written as UTF-8). */
export interface Schreiber {
  schreiben(teil: string | Uint8Array): void;
  schliessen(): void;
}

/**
 * Where the ingest puts each published file as it is built, so that memory never holds the
 * texts of all files at once (and a large file not even whole, when it is written in parts): a
 * folder (the CLI's staging folder, swapped in as a whole) or memory (tests, `npm run pruefen`).
 * Paths are relative to the published folder.
 */
export interface Ablage {
  oeffnen(pfad: string): Schreiber;
}

/** Size and SHA-256 of a file as written. */
export interface Pruefsumme {
  bytes: number;
  sha256: string;
}

/** A Schreiber that counts the bytes and the SHA-256 of what passes it on to `ziel`; closing tells both. */
export function gezaehlt(ziel: Schreiber): { schreiben(teil: string | Uint8Array): void; schliessen(): Pruefsumme } {
  const hash = createHash('sha256');
  let n = 0;
  return {
    schreiben: (teil) => {
      const b = typeof teil === 'string' ? Buffer.from(teil, 'utf8') : teil;
      hash.update(b);
      n += b.length;
      ziel.schreiben(b);
    },
    schliessen: () => {
      ziel.schliessen();
      return { bytes: n, sha256: hash.digest('hex') };
    },
  };
}

/** Puts one whole file. */
export function ablegen(ablage: Ablage, pfad: string, inhalt: string | Uint8Array): void {
  const s = ablage.oeffnen(pfad);
  s.schreiben(inhalt);
  s.schliessen();
}

/** Keeps every file in memory, as bytes. */
export class SpeicherAblage implements Ablage {
  readonly dateien = new Map<string, Buffer>();
  oeffnen(pfad: string): Schreiber {
    const teile: Buffer[] = [];
    return {
      schreiben: (teil) => void teile.push(typeof teil === 'string' ? Buffer.from(teil, 'utf8') : Buffer.from(teil)),
      schliessen: () => void this.dateien.set(pfad, Buffer.concat(teile)),
    };
  }
}

/**
 * Writes every file into `ordner` as its parts come and keeps nothing in memory (but what waits
 * for its file to be created: files are created in a thread of its own, see Oeffner). The files
 * are complete once `fertig` has returned; `beenden` ends the thread (after a failure: closes them).
 */
export class OrdnerAblage implements Ablage {
  private oeffner?: Oeffner;
  constructor(readonly ordner: string) {}
  private ort(pfad: string): string {
    const p = path.resolve(this.ordner, pfad);
    // Paths are built by the ingest, never taken from input; still, nothing may land outside the folder.
    if (!p.startsWith(path.resolve(this.ordner) + path.sep)) throw new Error(`Pfad außerhalb der Ablage: ${pfad}`);
    return p;
  }
  oeffnen(pfad: string): Schreiber {
    const p = this.ort(pfad);
    this.oeffner ??= new Oeffner();
    const datei = this.oeffner.oeffnen(p);
    return {
      schreiben: (teil) => datei.schreiben(typeof teil === 'string' ? Buffer.from(teil, 'utf8') : teil),
      schliessen: () => datei.schliessen(),
    };
  }
  /** Waits until every file is written and closed; throws if one could not be created. */
  fertig(): void {
    this.oeffner?.fertig();
  }
  /** Ends the thread and closes every file still open; never throws. */
  beenden(): void {
    this.oeffner?.beenden();
    this.oeffner = undefined;
  }
}
