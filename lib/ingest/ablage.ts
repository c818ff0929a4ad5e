import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the ingest puts each published file as soon as it is built, so that no more than one
 * file's text is held at a time: a folder (the CLI's staging folder, swapped in as a whole) or
 * memory (tests, `npm run pruefen`). Paths are relative to the published folder.
 */
export interface Ablage {
  ablegen(pfad: string, inhalt: string | Uint8Array): void;
  /** A file put here before (the release archive reads its downloads back one by one). */
  lesen(pfad: string): Buffer | undefined;
}

/** Keeps every file in memory: text as text, archives as bytes. */
export class SpeicherAblage implements Ablage {
  readonly dateien = new Map<string, string>();
  readonly binaer = new Map<string, Uint8Array>();
  ablegen(pfad: string, inhalt: string | Uint8Array) {
    if (typeof inhalt === 'string') this.dateien.set(pfad, inhalt);
    else this.binaer.set(pfad, inhalt);
  }
  lesen(pfad: string): Buffer | undefined {
    const t = this.dateien.get(pfad);
    if (t !== undefined) return Buffer.from(t, 'utf8');
    const b = this.binaer.get(pfad);
    return b && Buffer.from(b);
  }
}

/** Writes every file into `ordner` at once and keeps nothing in memory. */
export class OrdnerAblage implements Ablage {
  constructor(readonly ordner: string) {}
  private ort(pfad: string): string {
    const p = path.resolve(this.ordner, pfad);
    // Paths are built by the ingest, never taken from input; still, nothing may land outside the folder.
    if (!p.startsWith(path.resolve(this.ordner) + path.sep)) throw new Error(`Pfad außerhalb der Ablage: ${pfad}`);
    return p;
  }
  ablegen(pfad: string, inhalt: string | Uint8Array) {
    const p = this.ort(pfad);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, inhalt);
  }
  lesen(pfad: string): Buffer | undefined {
    try {
      return readFileSync(this.ort(pfad));
    } catch {
      return undefined;
    }
  }
}
