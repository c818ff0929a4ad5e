import { maximum } from '../listen';
import { deToIso } from '../stichtag';

export interface GenesisRow {
  line: number;
  fields: string[];
}

export interface GenesisTable {
  tabelle: string;
  /** One descriptor per column: the header cells above it joined by " | ". */
  columns: string[];
  rows: GenesisRow[];
  /** `Stand:` line of the export, if present (dd.mm.yyyy). */
  stand?: string;
  /** The footnote block of the export (definitions, register, caveats), as plain text. */
  fussnoten?: string;
}

/** Footnotes kept from an export: enough for every real table, bounded for hostile input. */
const FUSSNOTEN_MAX = 8000;

/**
 * Splits a GENESIS CSV export into its blocks: the `Tabelle:` line, title lines, the header
 * block (lines whose first field is empty), data rows (first field a date), and the footnotes
 * after the `__________` line (kept as text, without the copyright and Stand lines).
 */
export function parseGenesis(text: string): { table?: GenesisTable; error?: { line: number; message: string } } {
  const lines = text.split(/\r?\n/);
  const codeLine = lines.slice(0, 5).findIndex((l) => /^Tabelle:\s*\S+/.test(l));
  if (codeLine < 0) return { error: { line: 1, message: 'keine Zeile „Tabelle: …“ am Anfang: kein GENESIS-Export' } };
  const tabelle = /^Tabelle:\s*([^;\s]+)/.exec(lines[codeLine] ?? '')?.[1] ?? '';
  const header: string[][] = [];
  const rows: GenesisRow[] = [];
  let stand: string | undefined;
  let inFootnotes = false;
  const notes: string[] = [];
  let noteChars = 0;
  lines.forEach((raw, i) => {
    const standMatch = /^Stand:\s*(\d{2}\.\d{2}\.\d{4})/.exec(raw);
    if (standMatch) stand = standMatch[1];
    if (inFootnotes && !standMatch && !raw.startsWith('©') && noteChars < FUSSNOTEN_MAX) {
      const t = raw.replace(/"/g, '').replace(/;+$/, '').replace(/;/g, ' ').trim();
      if (t) {
        notes.push(t);
        noteChars += t.length + 1;
      }
    }
    if (inFootnotes || i <= codeLine) return;
    if (/^_{5,}/.test(raw)) {
      inFootnotes = true;
      return;
    }
    const fields = raw.split(';');
    if (deToIso(fields[0] ?? '')) rows.push({ line: i + 1, fields });
    else if (fields[0] === '' && fields.length > 1 && rows.length === 0) header.push(fields);
  });
  const width = maximum(
    rows.map((r) => r.fields.length),
    maximum(header.map((h) => h.length), 0),
  );
  const columns = Array.from({ length: width }, (_, c) =>
    header
      .map((h) => (h[c] ?? '').trim())
      .filter(Boolean)
      .join(' | '),
  );
  const fussnoten = notes.join(' ').slice(0, FUSSNOTEN_MAX);
  return { table: { tabelle, columns, rows, ...(stand ? { stand } : {}), ...(fussnoten ? { fussnoten } : {}) } };
}
