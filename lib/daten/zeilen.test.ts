import { describe, expect, it } from 'vitest';
import type { DatensatzDatei, Gebiet, QuelleOut } from '../published';
import { excelCsv, excelCsvTeil, EXCEL_KOPF, SPALTEN, TIDY_JSON, TIDY_KOPF, tidyCsv, tidyCsvTeil, tidyJson, tidyJsonTeil, zeilen } from './zeilen';

const datei: DatensatzDatei = {
  datensatz: 'bevoelkerung',
  titel: 'Bevölkerung',
  beschreibung: '',
  merkmale: [
    { id: 'einwohner', label: 'Einwohner', art: 'anzahl' },
    { id: 'flaeche_km2', label: 'Fläche "amtlich"\nin km²', art: 'flaeche' },
  ],
  stichtage: ['2024-12-31'],
  brueche: [{ merkmale: ['flaeche_km2'], stichtag: '2024-12-31', art: 'quelle', beschreibung: 'Neue Vermessung.' }],
  werte: [
    ['2024-12-31', 'A', 'einwohner', 1234, null, 'amt'],
    ['2024-12-31', 'B', 'einwohner', null, 'geheim', 'bsp'],
    ['2024-12-31', 'B', 'flaeche_km2', 12.5, null, 'amt'],
    ['2024-12-31', 'A', 'flaeche_km2', 0, '–', 'amt'],
  ],
};
const gebiete: Gebiet[] = [
  { id: 'A', name: '=HYPERLINK("http://böse")', ebene: 'stadt', parent: null, lat: null, lon: null },
  { id: 'B', name: '-Süd; Nord, Mitte', ebene: 'sozialraum', parent: 'A', lat: null, lon: null },
];
const quellen = [
  { id: 'amt', art: 'amtlich' },
  { id: 'bsp', art: 'illustrativ' },
] as QuelleOut[];

describe('dataset downloads', () => {
  const rows = zeilen(datei, gebiete, quellen);

  it('tidy CSV: one value per row, signs in the value column, status, source kind', () => {
    const lines = tidyCsv(rows).split('\r\n');
    expect(lines[0]).toBe('stichtag,gebiet_id,gebiet_name,ebene,merkmal,merkmal_bezeichnung,einheit,wert,status,quelle,kennzeichnung,reihenbruch');
    expect(lines[1]).toBe(`2024-12-31,A,"'=HYPERLINK(""http://böse"")",stadt,einwohner,Einwohner,Anzahl,1234,wert,amt,amtlich,`);
    expect(lines[2]).toBe(`2024-12-31,B,"'-Süd; Nord, Mitte",sozialraum,einwohner,Einwohner,Anzahl,.,geheim,bsp,Beispieldaten,`);
    expect(lines[3]).toBe('2024-12-31,B,"\'-Süd; Nord, Mitte",sozialraum,flaeche_km2,"Fläche ""amtlich""\nin km²",km²,12.5,wert,amt,amtlich,Quellenwechsel: Neue Vermessung.');
    expect(lines[4]).toContain(',0,nichts,');
    expect(lines).toHaveLength(6);
  });

  it('Excel-DE: BOM, semicolons, decimal comma, German dates and titles', () => {
    const text = excelCsv(rows, [
      { id: 'sozialraum', singular: 'Stadtbezirk', plural: 'Stadtbezirke' },
      { id: 'wohnbereich', singular: 'Quartier', plural: 'Quartiere' },
    ]);
    expect(text.startsWith('\uFEFFStichtag;Gebiets-ID;Gebiet;Ebene;Merkmal;Bezeichnung;Einheit;Wert;Status;Quelle;Kennzeichnung;Reihenbruch\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[1]).toBe(`31.12.2024;A;"'=HYPERLINK(""http://böse"")";Stadt;einwohner;Einwohner;Anzahl;1234;wert;amt;amtlich;`);
    expect(lines[2]).toBe(`31.12.2024;B;"'-Süd; Nord, Mitte";Stadtbezirk;einwohner;Einwohner;Anzahl;.;geheim;bsp;Beispieldaten;`);
    expect(lines[3]).toContain(';km²;12,5;wert;');
  });

  it('JSON: each row is what JSON.stringify makes of its object, escapes included', () => {
    const erwartet = rows.map((z) => JSON.stringify(Object.fromEntries(SPALTEN.map((s) => [s, z[s]]))));
    expect(tidyJsonTeil(rows)).toBe(erwartet.join(',\n'));
    expect(JSON.parse(tidyJson(rows))).toEqual(erwartet.map((z) => JSON.parse(z)));
    expect(tidyJson([])).toBe('[\n\n]\n');
  });

  it('files in parts: header plus the parts of each Stichtag are the whole file', () => {
    const [a, b] = [rows.slice(0, 2), rows.slice(2)];
    expect(TIDY_KOPF + tidyCsvTeil(a) + tidyCsvTeil(b)).toBe(tidyCsv(rows));
    expect(EXCEL_KOPF + excelCsvTeil(a, []) + excelCsvTeil(b, [])).toBe(excelCsv(rows, []));
    expect(TIDY_JSON.anfang + tidyJsonTeil(a) + TIDY_JSON.trenner + tidyJsonTeil(b) + TIDY_JSON.ende).toBe(tidyJson(rows));
    expect(tidyCsvTeil([])).toBe('');
  });
});
