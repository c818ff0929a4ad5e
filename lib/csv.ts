import Papa from 'papaparse';
import { verbotenesZeichen } from './text/zeichen';

/** Why a row's fields cannot be read (too long, forbidden characters), or null. */
function feldProblem(fields: string[], header: string[]): string | null {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] ?? '';
    if (f.length > FELD_MAX) return `Spalte ${header[i] ?? i + 1}: ${f.length} Zeichen (höchstens ${FELD_MAX})`;
    const z = verbotenesZeichen(f);
    if (z) return `Spalte ${header[i] ?? i + 1}: enthält das Steuerzeichen ${z} (Steuer- und Richtungszeichen sind nicht erlaubt)`;
  }
  return null;
}

export interface CsvRow {
  /** 1-based line number in the file where the row starts. */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  /** Structural problems (wrong field count, unterminated quote), with their line. */
  issues: { line: number; message: string }[];
}

/** Longest field read: longer ones are an error, not a page 5,000 px wide or a download of a gigabyte. */
export const FELD_MAX = 1000;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Parses a UTF-8 CSV (`,` or `;`, RFC 4180 quoting) into rows keyed by header, each with the
 * line it starts on, so every later problem can name `file:line`.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const starts = lineStarts(text);
  const records: { line: number; fields: string[] }[] = [];
  const issues: CsvTable['issues'] = [];
  let cursor = 0;
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      let start = cursor;
      while (text[start] === '\r' || text[start] === '\n') start++;
      const line = lineAt(starts, start);
      cursor = result.meta.cursor;
      for (const e of result.errors) issues.push({ line, message: e.message });
      const fields = result.data;
      if (fields.length === 1 && fields[0] === '') return;
      records.push({ line, fields });
    },
  });
  const [head, ...body] = records;
  if (!head) return { header: [], headerLine: 1, rows: [], issues };
  const kopfProblem = feldProblem(head.fields, head.fields.map((_, i) => `Spalte ${i + 1}`));
  if (kopfProblem) return { header: [], headerLine: head.line, rows: [], issues: [...issues, { line: head.line, message: `Kopfzeile: ${kopfProblem}` }] };
  const header = head.fields.map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (const r of body) {
    if (r.fields.length !== header.length) {
      issues.push({
        line: r.line,
        message: `${r.fields.length} Felder statt ${header.length} (Kopfzeile: ${header.join(delimiter)})`,
      });
      continue;
    }
    const schlecht = feldProblem(r.fields, header);
    if (schlecht) {
      issues.push({ line: r.line, message: schlecht });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = (r.fields[i] ?? '').trim()));
    rows.push({ line: r.line, values });
  }
  return { header, headerLine: head.line, rows, issues };
}
