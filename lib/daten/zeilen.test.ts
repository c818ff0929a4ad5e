import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruchAm, bruchText } from '../brueche';
import { csvField } from '../csvout';
import type { Ebenen } from '../ebenen';
import { fmtDatum } from '../format';
import type { DatensatzDatei, Gebiet, QuelleOut, WertZeile } from '../published';
import type { Zeichen } from '../values';
import { amtlichesZeichen, statusVon } from '../values';
import { EINHEIT, EXCEL_KOPF, formate, SPALTEN, TIDY_JSON, TIDY_KOPF } from './zeilen';

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
const ebenen: Ebenen = [
  { id: 'sozialraum', singular: 'Stadtbezirk', plural: 'Stadtbezirke' },
  { id: 'wohnbereich', singular: 'Quartier', plural: 'Quartiere' },
];

describe('dataset downloads', () => {
  const teile = formate(datei, gebiete, quellen, ebenen)(datei.werte);

  it('tidy CSV: one value per row, signs in the value column, status, source kind', () => {
    const lines = (TIDY_KOPF + teile.csv).split('\r\n');
    expect(lines[0]).toBe('stichtag,gebiet_id,gebiet_name,ebene,merkmal,merkmal_bezeichnung,einheit,wert,status,quelle,kennzeichnung,reihenbruch');
    expect(lines[1]).toBe(`2024-12-31,A,"'=HYPERLINK(""http://böse"")",stadt,einwohner,Einwohner,Anzahl,1234,wert,amt,amtlich,`);
    expect(lines[2]).toBe(`2024-12-31,B,"'-Süd; Nord, Mitte",sozialraum,einwohner,Einwohner,Anzahl,.,geheim,bsp,Beispieldaten,`);
    expect(lines[3]).toBe('2024-12-31,B,"\'-Süd; Nord, Mitte",sozialraum,flaeche_km2,"Fläche ""amtlich""\nin km²",km²,12.5,wert,amt,amtlich,Quellenwechsel: Neue Vermessung.');
    expect(lines[4]).toContain(',0,nichts,');
    expect(lines).toHaveLength(6);
  });

  it('Excel-DE: BOM, semicolons, decimal comma, German dates, titles and level names', () => {
    const text = EXCEL_KOPF + teile.excel;
    expect(text.startsWith('\uFEFFStichtag;Gebiets-ID;Gebiet;Ebene;Merkmal;Bezeichnung;Einheit;Wert;Status;Quelle;Kennzeichnung;Reihenbruch\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[1]).toBe(`31.12.2024;A;"'=HYPERLINK(""http://böse"")";Stadt;einwohner;Einwohner;Anzahl;1234;wert;amt;amtlich;`);
    expect(lines[2]).toBe(`31.12.2024;B;"'-Süd; Nord, Mitte";Stadtbezirk;einwohner;Einwohner;Anzahl;.;geheim;bsp;Beispieldaten;`);
    expect(lines[3]).toContain(';km²;12,5;wert;');
  });

  it('JSON: one object per row with the CSV columns, wert a number or null', () => {
    const zeilen = JSON.parse(TIDY_JSON.anfang + teile.json + TIDY_JSON.ende) as Record<string, unknown>[];
    expect(zeilen.map((z) => Object.keys(z))).toEqual(datei.werte.map(() => [...SPALTEN]));
    expect(zeilen[1]).toMatchObject({ gebiet_name: '-Süd; Nord, Mitte', wert: null, status: 'geheim', kennzeichnung: 'Beispieldaten' });
    expect(zeilen[2]).toMatchObject({ merkmal_bezeichnung: 'Fläche "amtlich"\nin km²', wert: 12.5, reihenbruch: 'Quellenwechsel: Neue Vermessung.' });
    expect(teile.json.split('\n')).toHaveLength(4);
  });

  it('files in parts: the parts of each Stichtag are the whole file', () => {
    const format = formate(datei, gebiete, quellen, ebenen);
    const [a, b] = [format(datei.werte.slice(0, 2)), format(datei.werte.slice(2))];
    expect(a.csv + b.csv).toBe(teile.csv);
    expect(a.excel + b.excel).toBe(teile.excel);
    expect(a.json + TIDY_JSON.trenner + b.json).toBe(teile.json);
    expect(format([])).toEqual({ csv: '', excel: '', json: '' });
  });
});

/**
 * The plain way to write the same rows: an object per row, each field formatted on its own. The
 * downloads join pieces formatted once per area, merkmal and source instead; both must be equal.
 */
function vorbild(d: Pick<DatensatzDatei, 'merkmale' | 'brueche'>, gs: Gebiet[], qs: QuelleOut[], es: Ebenen, werte: WertZeile[]) {
  const zeilen = werte.map(([stichtag, gid, mid, wert, zeichen, quelle]) => {
    const g = gs.find((x) => x.id === gid);
    const m = d.merkmale.find((x) => x.id === mid);
    const b = bruchAm(d.brueche ?? [], mid, stichtag);
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
      kennzeichnung: qs.find((q) => q.id === quelle)?.art === 'illustrativ' ? 'Beispieldaten' : 'amtlich',
      reihenbruch: b ? bruchText(b) : '',
    };
  });
  const ebeneName = (e: string) => (e === 'stadt' ? 'Stadt' : (es.find((x) => x.id === e)?.singular ?? e));
  return {
    csv: zeilen.map((z) => SPALTEN.map((s) => csvField(s === 'wert' ? (z.wert ?? z.zeichen) : z[s])).join(',') + '\r\n').join(''),
    excel: zeilen
      .map((z) => {
        const feld = (s: (typeof SPALTEN)[number]) =>
          s === 'wert' ? (z.wert === null ? z.zeichen : String(z.wert).replace('.', ',')) : s === 'stichtag' ? fmtDatum(z.stichtag) : s === 'ebene' ? ebeneName(z.ebene) : z[s];
        return SPALTEN.map((s) => csvField(feld(s), ';')).join(';') + '\r\n';
      })
      .join(''),
    json: zeilen.map((z) => JSON.stringify(Object.fromEntries(SPALTEN.map((s) => [s, z[s]])))).join(',\n'),
  };
}

describe('formate against the plain way', () => {
  // Texts a spreadsheet would run, separators, quotes, line breaks, umlauts, and plain ones.
  const text = fc.oneof(fc.constantFrom('=1+1', '+49', '-Süd', '@A', 'a;b', 'a,b', 'sagt "ja"', 'zwei\nZeilen', 'Ümlaut', 'W1', ''), fc.string({ maxLength: 6 }));
  const id = fc.constantFrom('A', 'B', 'C', '-D', 'E;F');
  const stichtag = fc.constantFrom('2023-12-31', '2024-06-30', '2024-12-31');
  const zeichen = fc.constantFrom<Zeichen | null>(null, null, '–', '.', 'x', 'geheim');
  const wert = fc.oneof(fc.constant(null), fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  const zeile = fc.tuple(stichtag, id, fc.constantFrom('m1', 'm2', 'm3', '=m4'), wert, zeichen, fc.constantFrom('amt', 'bsp', '-q')) as fc.Arbitrary<WertZeile>;

  it('writes every row of every format as the plain way does', () => {
    fc.assert(
      fc.property(
        fc.tuple(text, text, text),
        fc.tuple(text, text),
        fc.array(zeile, { maxLength: 30 }),
        (namen, labels, werte) => {
          const gs: Gebiet[] = [
            { id: 'A', name: namen[0], ebene: 'stadt', parent: null, lat: null, lon: null },
            { id: 'B', name: namen[1], ebene: 'sozialraum', parent: 'A', lat: null, lon: null },
            { id: '-D', name: namen[2], ebene: 'wohnbereich', parent: 'B', lat: null, lon: null },
          ];
          const d: Pick<DatensatzDatei, 'merkmale' | 'brueche'> = {
            merkmale: [
              { id: 'm1', label: labels[0], art: 'anzahl' },
              { id: '=m4', label: labels[1], art: 'prozent' },
              { id: 'm2', label: 'Fläche', art: 'flaeche' },
            ],
            brueche: [{ merkmale: ['m1', '=m4'], stichtag: '2024-06-30', art: 'definition', beschreibung: labels[1] }],
          };
          const qs = [{ id: 'amt', art: 'amtlich' }, { id: 'bsp', art: 'illustrativ' }] as QuelleOut[];
          const es: Ebenen = [{ id: 'sozialraum', singular: namen[2], plural: 'x' }];
          expect(formate(d, gs, qs, es)(werte)).toEqual(vorbild(d, gs, qs, es, werte));
        },
      ),
      { numRuns: 400 },
    );
  });
});
