/** Reads and checks the break register (data/raw/reihenbrueche.csv); what a break means is in lib/brueche.ts. */
import { nachStichtag } from '../stichtag';
import { z } from 'zod';
import { BRUCH_ARTEN, type Bruch, type BruchArt } from '../brueche';
import type { CsvTable } from '../csv';
import { DATASETS, isDatasetId, type DatasetId } from '../datasets';
import { error, type Problem } from '../problems';

const bruchSchema = z.object({
  datensatz: z.string().refine(isDatasetId, 'unbekannter Datensatz'),
  merkmale: z.string().default(''),
  stichtag: z.iso.date('Stichtag als JJJJ-MM-TT'),
  art: z.enum(Object.keys(BRUCH_ARTEN) as [BruchArt, ...BruchArt[]], { error: `eine von ${Object.keys(BRUCH_ARTEN).join(', ')}` }),
  beschreibung: z.string().trim().min(1, 'beschreibung fehlt').max(500, 'beschreibung: höchstens 500 Zeichen'),
});

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
  return { brueche: brueche.sort(nachStichtag), problems };
}

