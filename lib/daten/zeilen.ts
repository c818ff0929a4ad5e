import { bruchAm, bruchText } from '../brueche';
import { ebeneVon, STADT, type Ebenen } from '../ebenen';
import { csvZeile, csvZeilen } from '../csvout';
import { jeText } from '../wiederholt';
import { fmtDatum } from '../format';
import type { DatensatzDatei, Gebiet, QuelleOut } from '../published';
import { herkunftVon, illustrativPruefer, kennzeichnung, type Kennzeichnung } from '../provenienz';
import { amtlichesZeichen, statusVon, type Art, type Status } from '../values';

/** One row of a dataset download: tidy long format, one value per row. */
export interface Zeile {
  stichtag: string;
  gebiet_id: string;
  gebiet_name: string;
  ebene: Gebiet['ebene'];
  merkmal: string;
  merkmal_bezeichnung: string;
  einheit: Einheit;
  wert: number | null;
  /** Official sign where there is no number: `.` unknown or withheld, `x` not sensible. */
  zeichen: string;
  status: Status;
  quelle: string;
  kennzeichnung: Kennzeichnung;
  /** The break in series that begins at this row's Stichtag for its merkmal, in words; else empty. */
  reihenbruch: string;
}

export type Einheit = 'Anzahl' | 'Prozent' | 'km²';
export const EINHEIT: Record<Art, Einheit> = { anzahl: 'Anzahl', prozent: 'Prozent', flaeche: 'km²' };
const ebeneName = (e: Gebiet['ebene'], ebenen: Ebenen) => (e === STADT ? 'Stadt' : (ebeneVon(ebenen, e)?.singular ?? e));

/** The rows of a published dataset file, with area names and levels and the source's kind. */
export function zeilen(datei: DatensatzDatei, gebiete: Gebiet[], quellen: QuelleOut[]): Zeile[] {
  const gebiet = new Map(gebiete.map((g) => [g.id, g]));
  const merkmal = new Map(datei.merkmale.map((m) => [m.id, m]));
  const istIll = illustrativPruefer(quellen);
  const bruchBei = (merkmal: string, stichtag: string) => {
    const b = bruchAm(datei.brueche ?? [], merkmal, stichtag);
    return b ? bruchText(b) : '';
  };
  return datei.werte.map(([stichtag, gid, mid, wert, zeichen, quelle]) => {
    const g = gebiet.get(gid);
    const m = merkmal.get(mid);
    return {
      stichtag,
      gebiet_id: gid,
      gebiet_name: g?.name ?? gid,
      ebene: g?.ebene ?? 'stadt',
      merkmal: mid,
      merkmal_bezeichnung: m?.label ?? mid,
      einheit: EINHEIT[m?.art ?? 'anzahl'],
      wert,
      zeichen: amtlichesZeichen(zeichen),
      status: statusVon(wert, zeichen),
      quelle,
      kennzeichnung: kennzeichnung(herkunftVon(quelle, istIll)),
      reihenbruch: bruchBei(mid, stichtag),
    };
  });
}

/** Columns of the tidy CSV, in order; a stable contract that only ever grows at the end. */
export const SPALTEN = ['stichtag', 'gebiet_id', 'gebiet_name', 'ebene', 'merkmal', 'merkmal_bezeichnung', 'einheit', 'wert', 'status', 'quelle', 'kennzeichnung', 'reihenbruch'] as const;

/** German titles of the same columns, for the Excel-DE variant. */
export const SPALTEN_DE: Record<(typeof SPALTEN)[number], string> = {
  stichtag: 'Stichtag',
  gebiet_id: 'Gebiets-ID',
  gebiet_name: 'Gebiet',
  ebene: 'Ebene',
  merkmal: 'Merkmal',
  merkmal_bezeichnung: 'Bezeichnung',
  einheit: 'Einheit',
  wert: 'Wert',
  status: 'Status',
  quelle: 'Quelle',
  kennzeichnung: 'Kennzeichnung',
  reihenbruch: 'Reihenbruch',
};

const tidyWerte = (z: Zeile) => SPALTEN.map((s) => (s === 'wert' ? (z.wert ?? z.zeichen) : z[s]));

/** Header line of the tidy CSV. */
export const TIDY_KOPF = csvZeile([...SPALTEN]);

/** The tidy CSV's lines of these rows, without header (a part of the file; see tidyCsv). */
export function tidyCsvTeil(rows: Zeile[]): string {
  return csvZeilen(rows.map(tidyWerte));
}

/** Tidy CSV (UTF-8, `,`, RFC 4180): the value column holds the number, else the official sign. */
export function tidyCsv(rows: Zeile[]): string {
  return TIDY_KOPF + tidyCsvTeil(rows);
}

const JSON_NAMEN = SPALTEN.map((s) => JSON.stringify(s));

/** The JSON objects of these rows, one per line, joined by `,\n` (a part of tidyJson's array; empty for no rows). */
export function tidyJsonTeil(rows: Zeile[]): string {
  // The same text as JSON.stringify of each row object, written field by field: names and
  // repeated texts (areas, labels, sources) are escaped once per part, not once per row.
  const text = jeText((s) => JSON.stringify(s));
  const wert = (v: string | number | null) => (typeof v === 'string' ? text(v) : JSON.stringify(v));
  let teil = '';
  for (let i = 0; i < rows.length; i++) {
    const z = rows[i] as Zeile;
    let zeile = i ? ',\n{' : '{';
    for (let k = 0; k < SPALTEN.length; k++) zeile += `${k ? ',' : ''}${JSON_NAMEN[k]}:${wert(z[SPALTEN[k] as (typeof SPALTEN)[number]])}`;
    teil += zeile + '}';
  }
  return teil;
}

/** Opening and closing of tidyJson's array: parts go between, non-empty ones separated by `,\n`. */
export const TIDY_JSON = { anfang: '[\n', trenner: ',\n', ende: '\n]\n' } as const;

/**
 * The same rows as JSON (Frictionless tabular data: an array of objects with the CSV's columns);
 * `wert` is a number or null, the official sign stands in `status`. One row per line, no indent.
 */
export function tidyJson(rows: Zeile[]): string {
  return TIDY_JSON.anfang + tidyJsonTeil(rows) + TIDY_JSON.ende;
}

/** Header line of the Excel-DE variant, with the BOM that tells Excel the encoding. */
export const EXCEL_KOPF = '\uFEFF' + csvZeile(SPALTEN.map((s) => SPALTEN_DE[s]), ';');

/** The Excel-DE lines of these rows, without header (a part of the file; see excelCsv). */
export function excelCsvTeil(rows: Zeile[], ebenen: Ebenen): string {
  const dezimal = (n: number) => String(n).replace('.', ',');
  // A part's rows share a Stichtag and a few levels: each formatted once.
  const datum = jeText(fmtDatum);
  const ebene = jeText((e) => ebeneName(e, ebenen));
  return csvZeilen(
    rows.map((z) =>
      SPALTEN.map((s) => {
        if (s === 'wert') return z.wert === null ? z.zeichen : dezimal(z.wert);
        if (s === 'stichtag') return datum(z.stichtag);
        if (s === 'ebene') return ebene(z.ebene);
        return z[s];
      }),
    ),
    ';',
  );
}

/** Excel-DE: BOM, `;`, decimal comma, German dates and column titles, the same rows. */
export function excelCsv(rows: Zeile[], ebenen: Ebenen): string {
  return EXCEL_KOPF + excelCsvTeil(rows, ebenen);
}
