import type { Cell } from '../cells';
import type { CsvTable } from '../csv';
import { DATASETS, type DatasetId } from '../datasets';
import { error, type Problem } from '../problems';
import { SNAPSHOT_COLUMNS } from '../schemas/common';
import { isIsoDate } from '../stichtag';
import { jeText } from '../wiederholt';

export interface Known {
  gebiete: Set<string>;
  quellen: Set<string>;
  /**
   * One string per distinct name across all snapshots (areas, merkmale, sources, labels): a
   * million cells then share a few thousand strings instead of carrying three or four of their own.
   */
  namen?: Map<string, string>;
}

/** The Stichtag an own snapshot stands for, from its file name `<YYYY-MM-DD>.csv`. */
export function stichtagFromName(name: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})\.csv$/.exec(name);
  return m?.[1] && isIsoDate(m[1]) ? m[1] : undefined;
}

/**
 * Validates one own snapshot (`data/raw/<dataset>/<YYYY-MM-DD>.csv`) with its dataset's
 * schema and turns each row into a cell that remembers its file, line and column.
 */
export function readSnapshot(
  table: CsvTable,
  path: string,
  datensatz: DatasetId,
  stichtag: string,
  known: Known,
): { cells: Cell[]; problems: Problem[] } {
  const problems: Problem[] = table.issues.map((i) => error({ path, line: i.line }, i.message));
  const missing = SNAPSHOT_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length) {
    problems.push(error({ path, line: table.headerLine }, `Spalten fehlen: ${missing.join(', ')} (vorhanden: ${table.header.join(', ')})`));
    return { cells: [], problems };
  }
  if (table.rows.length === 0 && table.issues.length === 0) {
    problems.push(error({ path, line: table.headerLine }, 'keine Datenzeilen: eine leere Datei würde den Stichtag und seine Werte aus der Veröffentlichung entfernen'));
    return { cells: [], problems };
  }
  const { rowSchema, schnell } = DATASETS[datensatz];
  const einmal = known.namen ? jeText((t) => t, known.namen) : (t: string) => t;
  const cells: Cell[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const at = { path, line };
    let row = schnell(values);
    if (!row) {
      const parsed = rowSchema.safeParse(values);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const col = String(issue.path[0] ?? '');
          const shown = col && col in values ? ` = „${values[col]}“` : '';
          problems.push(error(at, `Spalte ${col || '?'}${shown}: ${issue.message}`));
        }
        continue;
      }
      row = parsed.data;
    }
    if (!known.gebiete.has(row.gebiet_id)) problems.push(error(at, `Spalte gebiet_id = „${row.gebiet_id}“: unbekanntes Gebiet (nicht im Gebietsregister)`));
    if (!known.quellen.has(row.quelle)) problems.push(error(at, `Spalte quelle = „${row.quelle}“: unbekannte Quelle (nicht in quellen.csv)`));
    const key = `${row.gebiet_id}|${row.merkmal}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      problems.push(error(at, `doppelter Schlüssel gebiet_id = „${row.gebiet_id}“, merkmal = „${row.merkmal}“ (zuerst Zeile ${first})`));
      continue;
    }
    firstLine.set(key, line);
    cells.push({
      datensatz,
      stichtag,
      gebiet: einmal(row.gebiet_id),
      merkmal: einmal(row.merkmal),
      ...(row.bezeichnung ? { bezeichnung: einmal(row.bezeichnung) } : {}),
      wert: row.wert,
      ...(row.zeichen ? { zeichen: row.zeichen } : {}),
      quelle: einmal(row.quelle),
      ort: { path, line, spalte: 'wert' },
    });
  }
  return { cells, problems };
}
