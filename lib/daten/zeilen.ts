import { bruchAm, bruchText } from '../brueche';
import { ebeneVon, STADT, type Ebenen } from '../ebenen';
import { csvField, csvZeile } from '../csvout';
import { jeText } from '../wiederholt';
import { fmtDatum } from '../format';
import type { DatensatzDatei, Gebiet, QuelleOut, WertZeile } from '../published';
import { herkunftVon, illustrativPruefer, kennzeichnung } from '../provenienz';
import { amtlichesZeichen, statusVon, type Art } from '../values';

export type Einheit = 'Anzahl' | 'Prozent' | 'km²';
export const EINHEIT: Record<Art, Einheit> = { anzahl: 'Anzahl', prozent: 'Prozent', flaeche: 'km²' };

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

/** Header line of the tidy CSV (UTF-8, `,`, RFC 4180, CRLF). */
export const TIDY_KOPF = csvZeile([...SPALTEN]);

/** Header line of the Excel-DE variant, with the BOM that tells Excel the encoding. */
export const EXCEL_KOPF = '\uFEFF' + csvZeile(SPALTEN.map((s) => SPALTEN_DE[s]), ';');

/** Opening and closing of the JSON download's array: parts go between, non-empty ones separated by `,\n`. */
export const TIDY_JSON = { anfang: '[\n', trenner: ',\n', ende: '\n]\n' } as const;

/** A part of each download of a dataset: lines without header, each format's text. */
export interface Teile {
  /** Tidy CSV: one value per row; the value column holds the number, else the official sign. */
  csv: string;
  /** Excel-DE: `;`, decimal comma, German dates and level names (header: EXCEL_KOPF). */
  excel: string;
  /** JSON: the same rows as objects with the CSV's columns, one per line, joined by `,\n`; `wert` is a number or null. */
  json: string;
}

/** The same piece of a row in the three formats. */
type Stueck = readonly [csv: string, excel: string, json: string];

/**
 * The download rows of a dataset's values, in tidy CSV, Excel-DE CSV and JSON at once. A row
 * names its area (id, name, level), its merkmal (id, label, unit), its source (id, kind) and the
 * break in series at its Stichtag: each such piece is formatted once per dataset in all three
 * formats, so that a row is its pieces joined (a million rows name a few thousand of them).
 */
export function formate(datei: Pick<DatensatzDatei, 'merkmale' | 'brueche'>, gebiete: readonly Gebiet[], quellen: readonly QuelleOut[], ebenen: Ebenen): (werte: readonly WertZeile[]) => Teile {
  const gebiet = new Map(gebiete.map((g) => [g.id, g]));
  const merkmal = new Map(datei.merkmale.map((m) => [m.id, m]));
  const istIll = illustrativPruefer(quellen);
  const brueche = datei.brueche ?? [];
  const json = (v: string) => JSON.stringify(v);
  // A piece of several columns: each column's field in each format, joined by the format's separator.
  const stueck = (tidy: readonly string[], excel: readonly string[], namen: readonly (typeof SPALTEN)[number][]): Stueck => [
    tidy.map((v) => csvField(v)).join(','),
    excel.map((v) => csvField(v, ';')).join(';'),
    namen.map((n, i) => `${json(n)}:${json(tidy[i] as string)}`).join(','),
  ];
  const stichtagStueck = jeText((s) => stueck([s], [fmtDatum(s)], ['stichtag']));
  const gebietStueck = jeText((gid) => {
    const g = gebiet.get(gid);
    const ebene = g?.ebene ?? STADT;
    return stueck([gid, g?.name ?? gid, ebene], [gid, g?.name ?? gid, ebene === STADT ? 'Stadt' : (ebeneVon(ebenen, ebene)?.singular ?? ebene)], ['gebiet_id', 'gebiet_name', 'ebene']);
  });
  const merkmalStueck = jeText((mid) => {
    const m = merkmal.get(mid);
    const felder = [mid, m?.label ?? mid, EINHEIT[m?.art ?? 'anzahl']];
    return stueck(felder, felder, ['merkmal', 'merkmal_bezeichnung', 'einheit']);
  });
  const quelleStueck = jeText((q) => {
    const felder = [q, kennzeichnung(herkunftVon(q, istIll))];
    return stueck(felder, felder, ['quelle', 'kennzeichnung']);
  });
  const bruchStueck = jeText((s) =>
    jeText((mid) => {
      const b = bruchAm(brueche, mid, s);
      const text = b ? bruchText(b) : '';
      return stueck([text], [text], ['reihenbruch']);
    }),
  );
  const statusStueck = jeText((status) => stueck([status], [status], ['status']));
  const zeichenFeld = jeText((z) => [csvField(z), csvField(z, ';')] as const);
  return (werte) => {
    let csv = '';
    let excel = '';
    let alsJson = '';
    for (let i = 0; i < werte.length; i++) {
      const [s, gid, mid, wert, zeichen, quelle] = werte[i] as WertZeile;
      const st = stichtagStueck(s);
      const g = gebietStueck(gid);
      const m = merkmalStueck(mid);
      const q = quelleStueck(quelle);
      const b = bruchStueck(s)(mid);
      const status = statusStueck(statusVon(wert, zeichen));
      let wertCsv: string;
      let wertExcel: string;
      if (wert === null) [wertCsv, wertExcel] = zeichenFeld(amtlichesZeichen(zeichen));
      else {
        wertCsv = String(wert);
        const dezimal = wertCsv.replace('.', ',');
        // Only a minus sign makes a number's text look like a formula; none holds `;`, `"` or a line break.
        wertExcel = dezimal.charCodeAt(0) === 45 ? csvField(dezimal, ';') : dezimal;
      }
      csv += `${st[0]},${g[0]},${m[0]},${wertCsv},${status[0]},${q[0]},${b[0]}\r\n`;
      excel += `${st[1]};${g[1]};${m[1]};${wertExcel};${status[1]};${q[1]};${b[1]}\r\n`;
      alsJson += `${i ? ',\n' : ''}{${st[2]},${g[2]},${m[2]},"wert":${wert === null || !Number.isFinite(wert) ? 'null' : wertCsv},${status[2]},${q[2]},${b[2]}}`;
    }
    return { csv, excel, json: alsJson };
  };
}
