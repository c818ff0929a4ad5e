import { z } from 'zod';
import { webAdresse } from './text/zeichen';
import type { CsvTable } from './csv';
import { error, type Problem } from './problems';

export const quelleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'id: Kleinbuchstaben, Ziffern, Punkt und Bindestrich'),
  titel: z.string().min(1, 'titel fehlt').max(300),
  herausgeber: z.string().min(1, 'herausgeber fehlt').max(300),
  url: z.union([webAdresse(), z.literal('')]),
  lizenz: z.string(),
  art: z.enum(['amtlich', 'illustrativ'], { error: 'art muss „amtlich“ oder „illustrativ“ sein' }),
  rundung: z.coerce.number().int().min(0).default(0),
  beschreibung: z.string().default(''),
});
export type Quelle = z.infer<typeof quelleSchema>;

export const QUELLEN_COLUMNS = ['id', 'titel', 'herausgeber', 'url', 'lizenz', 'art'] as const;

/** Reads `quellen.csv`: one row per source, official or illustrative, with its rounding base. */
export function readQuellen(table: CsvTable, path: string): { quellen: Quelle[]; problems: Problem[]; zeilen: Map<string, number> } {
  const problems: Problem[] = table.issues.map((i) => error({ path, line: i.line }, i.message));
  const missing = QUELLEN_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length) return { quellen: [], problems: [...problems, error({ path, line: table.headerLine }, `Spalten fehlen: ${missing.join(', ')}`)], zeilen: new Map() };
  const quellen: Quelle[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const parsed = quelleSchema.safeParse({ ...values, rundung: values.rundung || 0 });
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(error({ path, line }, `Spalte ${String(i.path[0])} = „${values[String(i.path[0])] ?? ''}“: ${i.message}`));
      continue;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) problems.push(error({ path, line }, `Spalte id = „${parsed.data.id}“: doppelt (zuerst Zeile ${first})`));
    seen.set(parsed.data.id, line);
    quellen.push(parsed.data);
  }
  return { quellen, problems, zeilen: seen };
}
