import { z } from 'zod';
import type { CsvTable } from './csv';
import { DATASETS, isDatasetId, type DatasetId } from './datasets';
import { error, type Problem } from './problems';

/**
 * Breaks in series (reihenbrueche.csv): from `stichtag` on, the values of a dataset (or of the
 * listed merkmale) are not comparable with earlier ones — census rebasing, a change of source
 * or register, a new definition. Charts mark them, tables and CSVs note them, and no change is
 * computed across one.
 */
export const BRUCH_ARTEN = { zensus: 'Zensus-Umstellung', quelle: 'Quellenwechsel', register: 'Registerwechsel', definition: 'geänderte Abgrenzung' } as const;
export type BruchArt = keyof typeof BRUCH_ARTEN;

const bruchSchema = z.object({
  datensatz: z.string().refine(isDatasetId, 'unbekannter Datensatz'),
  merkmale: z.string().default(''),
  stichtag: z.iso.date('Stichtag als JJJJ-MM-TT'),
  art: z.enum(Object.keys(BRUCH_ARTEN) as [BruchArt, ...BruchArt[]], { error: `eine von ${Object.keys(BRUCH_ARTEN).join(', ')}` }),
  beschreibung: z.string().trim().min(1, 'beschreibung fehlt').max(500, 'beschreibung: höchstens 500 Zeichen'),
});

export interface Bruch {
  datensatz: DatasetId;
  /** Merkmale the break applies to; empty: every merkmal of the dataset. */
  merkmale: string[];
  stichtag: string;
  art: BruchArt;
  beschreibung: string;
}

export const BRUECHE_SPALTEN = ['datensatz', 'merkmale', 'stichtag', 'art', 'beschreibung'] as const;

/** Reads the break register; merkmale must be documented merkmale of the dataset. */
export function readBrueche(table: CsvTable, path: string): { brueche: Bruch[]; problems: Problem[] } {
  const problems: Problem[] = table.issues.map((i) => error({ path, line: i.line }, i.message));
  const missing = BRUECHE_SPALTEN.filter((c) => c !== 'merkmale' && !table.header.includes(c));
  if (missing.length) return { brueche: [], problems: [...problems, error({ path, line: table.headerLine }, `Spalten fehlen: ${missing.join(', ')}`)] };
  const brueche: Bruch[] = [];
  for (const { line, values } of table.rows) {
    const parsed = bruchSchema.safeParse(values);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(error({ path, line }, `Spalte ${String(i.path[0])}: ${i.message}`));
      continue;
    }
    const d = parsed.data;
    const datensatz = d.datensatz as DatasetId;
    const merkmale = d.merkmale.split(/\s+/).filter(Boolean);
    const unbekannt = merkmale.filter((m) => !DATASETS[datensatz].merkmale.some((x) => x.id === m) && !/^\d{1,3}$/.test(m));
    if (unbekannt.length) {
      problems.push(error({ path, line }, `Spalte merkmale: unbekannt in ${datensatz}: ${unbekannt.join(', ')}`));
      continue;
    }
    brueche.push({ datensatz, merkmale, stichtag: d.stichtag, art: d.art, beschreibung: d.beschreibung });
  }
  return { brueche: brueche.sort((a, b) => a.stichtag.localeCompare(b.stichtag)), problems };
}

const gilt = (b: Pick<Bruch, 'merkmale'>, merkmal: string) => b.merkmale.length === 0 || b.merkmale.includes(merkmal);

/** The break between two Stichtage (`von` < break ≤ `bis`) of a merkmal, if any. */
export function bruchZwischen<B extends Pick<Bruch, 'merkmale' | 'stichtag'>>(brueche: readonly B[], merkmal: string, von: string, bis: string): B | undefined {
  const [a, b] = von <= bis ? [von, bis] : [bis, von];
  return brueche.find((x) => x.stichtag > a && x.stichtag <= b && gilt(x, merkmal));
}

/** The break that begins at this Stichtag for a merkmal, if any (the CSVs' `reihenbruch`). */
export const bruchAm = <B extends Pick<Bruch, 'merkmale' | 'stichtag'>>(brueche: readonly B[], merkmal: string, stichtag: string): B | undefined =>
  brueche.find((x) => x.stichtag === stichtag && gilt(x, merkmal));

/** "Reihenbruch ab 31.12.2023 (Zensus-Umstellung): …" */
export const bruchText = (b: Pick<Bruch, 'art' | 'beschreibung'>) => `${BRUCH_ARTEN[b.art]}: ${b.beschreibung}`;
