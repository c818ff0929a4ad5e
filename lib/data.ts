/**
 * Build-time access to data/published/ for pages (server components only): each page reads
 * just the files it shows. The ingest wrote and validated them; here they are trusted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Kommune } from './config';
import { STADT } from './ebenen';
import { eingefroren } from './gemerkt';
import type { DatasetId } from './datasets';
import type { Geometry } from './geo/types';
import type { Praesentation } from './praesentation/schema';
import { PUBLISHED } from './ingest/outputs';
import type { DatensatzDatei, Gebiet, Kennzahlen, Manifest, QuelleOut } from './published';
import type { Konzepte } from './konzept/schema';
import type { Versionen } from './daten/versionen';

const DIR = path.join(process.env.INTEGRATIONSATLAS_DATA ?? path.join(process.cwd(), 'data'), 'published');

/**
 * Parsed files, kept while the file is unchanged: a build renders every page in one process, and
 * most pages read the same files. Kept values are frozen (see lib/gemerkt.ts); their identity lets
 * derived data be remembered too.
 */
const gelesen = new Map<string, { stand: string; wert: unknown }>();

function load<T>(rel: string): T {
  const datei = path.join(DIR, rel);
  try {
    const st = statSync(datei);
    const stand = `${st.ino}:${st.size}:${st.mtimeMs}`;
    const alt = gelesen.get(rel);
    if (alt?.stand === stand) return alt.wert as T;
    const wert = eingefroren(JSON.parse(readFileSync(datei, 'utf8')) as T);
    gelesen.set(rel, { stand, wert });
    return wert;
  } catch (e) {
    throw new Error(`${datei} fehlt oder ist unlesbar – zuerst „npm run ingest“ ausführen (${(e as Error).message})`);
  }
}

export const loadKommune = () => load<Kommune>(PUBLISHED.kommune);
export const loadPraesentation = () => load<Praesentation>(PUBLISHED.praesentation);
export const loadKonzepte = () => load<Konzepte>(PUBLISHED.konzepte).konzepte;
export const loadKennzahlen = () => load<Kennzahlen>(PUBLISHED.kennzahlen);
export const loadQuellen = () => load<QuelleOut[]>(PUBLISHED.quellen);
export const loadManifest = () => load<Manifest>(PUBLISHED.manifest);
export const loadGebiete = () => load<(Gebiet & { flaeche_km2: number | null })[]>(PUBLISHED.gebiete);
/** The areas with a profile page of their own: every area but the municipality. */
export const gebieteMitProfil = () => loadGebiete().filter((g) => g.ebene !== STADT);
export const loadDatensatz = (ds: DatasetId) => load<DatensatzDatei>(PUBLISHED.datensatz(ds));
export const loadVersionen = () => load<Versionen>(PUBLISHED.versionen).versionen;
export const loadGeo = (ebene: string) =>
  load<{ type: 'FeatureCollection'; features: { properties: { id: string; name: string }; geometry: Geometry }[] }>(PUBLISHED.geo(ebene));

/** Paths of every download under data/published/daten/ (relative, with / separators). */
export function listDaten(): string[] {
  const root = path.join(DIR, PUBLISHED.daten(''));
  const walk = (rel: string): string[] =>
    readdirSync(path.join(root, rel)).flatMap((name) => {
      const r = rel ? `${rel}/${name}` : name;
      return statSync(path.join(root, r)).isDirectory() ? walk(r) : [r];
    });
  return walk('').sort();
}

/** The exact bytes of one download (hashes in datapackage.json and the catalogue refer to them). */
export const readDaten = (rel: string): Buffer => readFileSync(path.join(DIR, PUBLISHED.daten(rel)));

/** File names of the release archives (each served under /daten/ by its name). */
export const listArchiv = (): string[] => readdirSync(path.join(DIR, PUBLISHED.archiv(''))).filter((n) => n.endsWith('.zip')).sort();
export const readArchiv = (name: string): Buffer => readFileSync(path.join(DIR, PUBLISHED.archiv(name)));
