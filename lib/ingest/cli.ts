import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { begrenzt, error, formatProblem, type Problem } from '../problems';
import { DATEN } from '../daten/paket';
import type { Neu } from '../daten/neu';
import type { Versionen } from '../daten/versionen';
import { DATASET_IDS } from '../datasets';
import type { DatensatzDatei } from '../published';
import { PUBLISHED, type Vorher } from './outputs';
import type { Ablage } from './ablage';
import { publishAtomically } from './publish';
import { ingest } from './run';

/** Largest input file read (the NRW-wide GENESIS export is ~1 MB); larger ones are refused, not read. */
export const MAX_DATEI_BYTES = 64 * 1024 * 1024;
/** Most files read from raw/ (a runaway folder must not exhaust memory). */
export const MAX_DATEIEN = 20_000;
const MAX_TIEFE = 8;

/** Reads one regular file without following links or blocking on FIFOs and devices. */
export function leseRegulaer(p: string): { bytes?: Uint8Array; grund?: string } {
  let fd: number | undefined;
  try {
    fd = openSync(p, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile()) return { grund: 'keine reguläre Datei (Gerät, FIFO oder Socket) – wird nicht gelesen' };
    if (st.size > MAX_DATEI_BYTES) return { grund: `zu groß (${Math.round(st.size / 1024 / 1024)} MB, höchstens ${MAX_DATEI_BYTES / 1024 / 1024} MB)` };
    const bytes = new Uint8Array(st.size);
    let n = 0;
    while (n < st.size) {
      const k = readSync(fd, bytes, n, st.size - n, n);
      if (k === 0) break;
      n += k;
    }
    return { bytes: bytes.subarray(0, n) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { grund: 'symbolischer Link – wird nicht gefolgt (Datei selbst ablegen)' };
    return { grund: `nicht lesbar (${code ?? (e as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Every input of a data folder (kommune.json, praesentation.json, integrationskonzept.json and raw/**), keyed by path
 * relative to root. Only regular files are read: links, devices, FIFOs and oversized files are
 * named in `problems` and skipped, so no input can hang, leak or exhaust the ingest.
 */
export function readInputs(root: string, dataDir: string, problems: Problem[] = []): Map<string, Uint8Array> {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const files = new Map<string, Uint8Array>();
  const lies = (p: string, pflicht: boolean) => {
    let st;
    try {
      st = lstatSync(p);
    } catch {
      if (pflicht) problems.push(error({ path: rel(p) }, 'Datei fehlt'));
      return;
    }
    if (st.isSymbolicLink()) return problems.push(error({ path: rel(p) }, 'symbolischer Link – wird nicht gefolgt (Datei selbst ablegen)'));
    const r = leseRegulaer(p);
    if (r.bytes) files.set(rel(p), r.bytes);
    else problems.push(error({ path: rel(p) }, r.grund ?? 'nicht lesbar'));
  };
  const walk = (dir: string, tiefe: number) => {
    let namen: string[];
    try {
      namen = readdirSync(dir).sort();
    } catch (e) {
      problems.push(error({ path: rel(dir) }, `Ordner nicht lesbar (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
      return;
    }
    for (const name of namen) {
      if (name.startsWith('.')) continue;
      const p = path.join(dir, name);
      if (files.size >= MAX_DATEIEN) {
        problems.push(error({ path: rel(dir) }, `mehr als ${MAX_DATEIEN} Dateien – Rest nicht gelesen`));
        return;
      }
      const st = lstatSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) {
        if (tiefe >= MAX_TIEFE) problems.push(error({ path: rel(p) }, `Ordner tiefer als ${MAX_TIEFE} Ebenen – nicht gelesen`));
        else walk(p, tiefe + 1);
      } else lies(p, false);
    }
  };
  lies(path.join(dataDir, 'kommune.json'), false);
  lies(path.join(dataDir, 'praesentation.json'), false);
  lies(path.join(dataDir, 'integrationskonzept.json'), false);
  const raw = path.join(dataDir, 'raw');
  const st = lstatSync(raw, { throwIfNoEntry: false });
  if (st?.isDirectory()) walk(raw, 0);
  else problems.push(error({ path: rel(raw) }, st ? 'kein Ordner (symbolischer Link?)' : 'Ordner fehlt'));
  return files;
}

/** Most release archives carried forward (a runaway folder must not exhaust memory). */
const MAX_ARCHIVE = 1_000;

/** The release archives published before: only regular files named as the ingest names them. */
function readArchiv(published: string, problems: Problem[], name: (p: string) => string): Map<string, Uint8Array> {
  const ordner = path.join(published, PUBLISHED.archiv(''));
  const archiv = new Map<string, Uint8Array>();
  const st = lstatSync(ordner, { throwIfNoEntry: false });
  if (!st) return archiv;
  if (!st.isDirectory()) {
    problems.push(error({ path: name(ordner) }, 'kein Ordner – frühere Veröffentlichungen nicht lesbar'));
    return archiv;
  }
  for (const datei of readdirSync(ordner).sort()) {
    if (!/^[\w.-]+\.zip$/.test(datei)) continue;
    if (archiv.size >= MAX_ARCHIVE) {
      problems.push(error({ path: name(ordner) }, `mehr als ${MAX_ARCHIVE} Archive – Rest nicht gelesen`));
      break;
    }
    const r = leseRegulaer(path.join(ordner, datei));
    // An archive that cannot be carried forward would vanish from the site: stop instead.
    if (r.bytes) archiv.set(datei, r.bytes);
    else problems.push(error({ path: name(path.join(ordner, datei)) }, `frühere Veröffentlichung ${r.grund ?? 'nicht lesbar'}`));
  }
  return archiv;
}

/**
 * The currently published datasets, release notes, releases and their archives, if a previous
 * ingest wrote them; `name` shows a path in messages (default: relative to the published folder's parent).
 */
export function readVorher(published: string, problems: Problem[] = [], name = (p: string) => path.relative(path.dirname(published), p).split(path.sep).join('/')): Vorher | undefined {
  const read = (rel: string) => {
    try {
      return JSON.parse(readFileSync(path.join(published, rel), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const datensaetze = DATASET_IDS.map((ds) => read(PUBLISHED.datensatz(ds)) as DatensatzDatei | undefined).filter((d): d is DatensatzDatei => d !== undefined);
  if (datensaetze.length === 0) return undefined;
  return { datensaetze, neu: read(PUBLISHED.daten(DATEN.neu)) as Neu | undefined, versionen: read(PUBLISHED.versionen) as Versionen | undefined, archiv: readArchiv(published, problems, name) };
}

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Options of `npm run ingest -- …`. */
export interface CliOptionen {
  /** `--entfernen`: the office removes datasets, Stichtage or values on purpose. */
  entfernen?: boolean;
  /** `npm run pruefen`: check everything, print every problem and warning, publish nothing. */
  nurPruefen?: boolean;
  /** Today (ISO), for tests; else the system's date. */
  heute?: string;
}

/**
 * How much V8 lets the heap grow after each full collection, in percent. Its default grows the
 * heap up to fourfold on a machine with much memory, so the garbage of a large ingest piles up:
 * at a million rows peak RSS was 1.1 GB with the default and 0.8 GB with 50 %, in about the same time.
 */
export const HEAP_WACHSTUM_PROZENT = 50;

/**
 * Reads `<dataDir>/kommune.json` and `<dataDir>/raw/**`, runs the pipeline, which writes each
 * published file into a staging folder as soon as it is built, and, only when there is no error,
 * swaps that in as `<dataDir>/published/` as a whole. Returns the exit code. Whatever goes wrong
 * is a message, never a stack trace, and leaves the published folder as it was.
 */
export function runIngest(root: string, dataDir: string, io: CliIo, optionen: CliOptionen = {}): number {
  setFlagsFromString(`--heap-growing-percent=${HEAP_WACHSTUM_PROZENT}`);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const published = path.join(dataDir, 'published');
  const t0 = performance.now();
  let files: Map<string, Uint8Array> | undefined;
  let result: ReturnType<typeof ingest> | undefined;
  let geschrieben = 0;
  let schreibfehler = false;
  try {
    const lesefehler: Problem[] = [];
    files = readInputs(root, dataDir, lesefehler);
    const vorher = readVorher(published, lesefehler, rel);
    const eingaben = files;
    const optionenIngest = { dataDir: rel(dataDir), vorher, entfernenErlaubt: !!optionen.entfernen, lesefehler, heute: optionen.heute };
    if (optionen.nurPruefen) result = ingest(eingaben, { ...optionenIngest, nurPruefen: true });
    else
      publishAtomically(published, (ablage) => {
        // Counts the files, and tells a failed write (disk full, permissions) from a failed check.
        const schreibend = <T>(f: () => T): T => {
          try {
            return f();
          } catch (e) {
            schreibfehler = true;
            throw e;
          }
        };
        const zaehlend: Ablage = {
          oeffnen: (p) => {
            const s = schreibend(() => ablage.oeffnen(p));
            return {
              schreiben: (teil) => schreibend(() => s.schreiben(teil)),
              schliessen: () => {
                schreibend(() => s.schliessen());
                geschrieben += 1;
              },
            };
          },
        };
        result = ingest(eingaben, { ...optionenIngest, ablage: zaehlend });
        return result.fertig;
      });
  } catch (e) {
    // Reading and checking failed, or writing the new folder or swapping it in did.
    const beimVeroeffentlichen = schreibfehler || result?.fertig;
    const wo = beimVeroeffentlichen ? `nicht veröffentlicht: ${(e as Error).message}` : `interner Fehler: ${(e as Error).message ?? String(e)}`;
    io.err(formatProblem(error({ path: rel(beimVeroeffentlichen ? published : dataDir) }, wo)) + '\n');
    io.err(`\nIngest abgebrochen. ${rel(published)}/ bleibt unverändert.\n`);
    return 1;
  }
  const problems = result?.problems ?? [];
  for (const p of begrenzt(problems)) io.err(formatProblem(p) + '\n');
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (optionen.nurPruefen) {
    io.out(`Prüfung: ${files.size} Eingabedateien, ${errors} Fehler, ${problems.length - errors} Warnungen – nichts veröffentlicht (${Math.round(performance.now() - t0)} ms)\n`);
    return errors ? 1 : 0;
  }
  if (!result?.fertig) {
    io.err(`\nIngest abgebrochen: ${errors} Fehler, ${problems.length - errors} Warnungen. ${rel(published)}/ bleibt unverändert.\n`);
    return 1;
  }
  io.out(`Ingest: ${files.size} Eingabedateien → ${geschrieben} Dateien in ${rel(published)}/ (${problems.length} Warnungen, ${Math.round(performance.now() - t0)} ms)\n`);
  return 0;
}
