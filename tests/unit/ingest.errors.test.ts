import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakAndRun, replaceIn, type File } from './helpers';

describe('ingest stops on bad input, names file and line, keeps what was published', () => {
  it('schema: a negative count', () => {
    expect(breakAndRun(replaceIn('raw/fluechtlinge/2024-12-31.csv', '05999,geduldet,5,amt', '05999,geduldet,-5,amt'))).toContain(
      'data/raw/fluechtlinge/2024-12-31.csv:6: Spalte wert = „-5“: „-5“ ist negativ; Anzahlen sind nicht negativ',
    );
  });

  it('schema: an unknown merkmal, a missing column', () => {
    expect(breakAndRun(replaceIn('raw/fluechtlinge/2024-12-31.csv', '05999,geduldet', '05999,abgeschoben'))).toMatch(
      /data\/raw\/fluechtlinge\/2024-12-31.csv:6: Spalte merkmal = „abgeschoben“: unbekanntes Merkmal/,
    );
    expect(breakAndRun(replaceIn('raw/bevoelkerung/2024-12-31.csv', 'gebiet_id,merkmal,wert,quelle', 'gebiet_id,merkmal,wert'))).toContain(
      'data/raw/bevoelkerung/2024-12-31.csv:1: Spalten fehlen: quelle',
    );
  });

  it('schema: an unknown area and an unknown source', () => {
    const err = breakAndRun(replaceIn('raw/bevoelkerung/2024-12-31.csv', /B2,einwohner,250,beispiel/, 'C9,einwohner,250,geraten'));
    expect(err).toContain('data/raw/bevoelkerung/2024-12-31.csv:7: Spalte gebiet_id = „C9“: unbekanntes Gebiet');
    expect(err).toContain('data/raw/bevoelkerung/2024-12-31.csv:7: Spalte quelle = „geraten“: unbekannte Quelle');
  });

  it('schema: a duplicate key', () => {
    expect(breakAndRun((f) => appendFileSync(f('raw/bevoelkerung/2024-12-31.csv').path, 'A1,einwohner,360,beispiel\n'))).toContain(
      'data/raw/bevoelkerung/2024-12-31.csv:8: doppelter Schlüssel gebiet_id = „A1“, merkmal = „einwohner“ (zuerst Zeile 4)',
    );
  });

  it('schema: a file name that is no Stichtag, a folder that is no dataset', () => {
    expect(breakAndRun((f) => renameSync(f('raw/bevoelkerung/2024-12-31.csv').path, f('raw/bevoelkerung/2024-13-31.csv').path))).toContain(
      'data/raw/bevoelkerung/2024-13-31.csv: Dateiname „2024-13-31.csv“: erwartet <JJJJ-MM-TT>.csv',
    );
    expect(
      breakAndRun((f) => {
        const p = f('raw/einbuergerungen/2024-12-31.csv').path;
        mkdirSync(path.dirname(p));
        writeFileSync(p, 'gebiet_id,merkmal,wert,quelle\n');
      }),
    ).toContain('data/raw/einbuergerungen/2024-12-31.csv: unbekannter Datensatz-Ordner „einbuergerungen“');
  });

  it('consistency: Wohnbereiche do not sum to their Sozialraum', () => {
    expect(breakAndRun(replaceIn('raw/bevoelkerung/2024-12-31.csv', 'A1,einwohner,360', 'A1,einwohner,361'))).toContain(
      'data/raw/bevoelkerung/2024-12-31.csv:2: Spalte wert = 620 (bevoelkerung, einwohner, West): die 2 Teilgebiete ergeben zusammen 621 (Zeile 4, Zeile 5)',
    );
  });

  it('consistency: status groups do not make the refugee total', () => {
    expect(breakAndRun(replaceIn('raw/fluechtlinge/2024-12-31.csv', '05999,anerkannt,40', '05999,anerkannt,41'))).toContain(
      'data/raw/fluechtlinge/2024-12-31.csv:3: anerkannt + asyl_mit_bleibeperspektive + asyl_ohne_bleibeperspektive + geduldet = 61 ergibt nicht insgesamt = 60',
    );
  });

  it('consistency: a part larger than its total across datasets (Bulgaria + Romania > foreigners)', () => {
    const err = breakAndRun(replaceIn('raw/genesis/12521-03i.csv', ';154;  Rumänien;10;5;5', ';154;  Rumänien;400;200;200'));
    expect(err).toMatch(/data\/raw\/genesis\/12521-03i.csv:9: bulgarien \+ rumaenien = 420 ist größer als auslaender_insgesamt = 200/);
  });

  it('conflict: an own snapshot and an IT.NRW export disagree; both places are named', () => {
    expect(breakAndRun(replaceIn('raw/zuwanderung-suedosteuropa/2024-12-31.csv', '05999,bulgarien,21', '05999,bulgarien,35'))).toContain(
      'data/raw/zuwanderung-suedosteuropa/2024-12-31.csv:2: Spalte wert = 35: Widerspruch zu 20 in data/raw/genesis/12521-03i.csv:9 (Spalte Ausländische Bevölkerung | Insgesamt | Anzahl)',
    );
  });

  it('GENESIS: no row for the configured AGS, an unsupported table, not an export', () => {
    expect(breakAndRun(replaceIn('raw/genesis/12411-15i.csv', ';05999;', ';05998;'))).toContain(
      'data/raw/genesis/12411-15i.csv: keine Datenzeile für AGS 05999 (Musterstadt) in Tabelle 12411-15i',
    );
    expect(breakAndRun(replaceIn('raw/genesis/12411-15i.csv', 'Tabelle: 12411-15i', 'Tabelle: 99999-01i'))).toContain(
      'data/raw/genesis/12411-15i.csv:1: Tabelle 99999-01i wird nicht unterstützt',
    );
    expect(breakAndRun((f) => f('raw/genesis/12411-15i.csv').write('a;b\n1;2\n'))).toContain(
      'data/raw/genesis/12411-15i.csv:1: keine Zeile „Tabelle: …“ am Anfang: kein GENESIS-Export',
    );
  });

  it('GENESIS: a cell that is no number names line and column', () => {
    expect(breakAndRun(replaceIn('raw/genesis/12521-03i.csv', ';163;  Türkei;65;', ';163;  Türkei;6S;'))).toContain(
      'data/raw/genesis/12521-03i.csv:11: Spalte 6 (Ausländische Bevölkerung | Insgesamt | Anzahl) = „6S“: „6S“ ist keine ganze Zahl',
    );
  });

  it('geometry: unknown area, open ring, coordinates outside the municipality, Wohnbereich outside its Sozialraum', () => {
    const unknown = breakAndRun(replaceIn('raw/gebiete.geojson', '"id":"B2"', '"id":"B3"'));
    expect(unknown).toContain('data/raw/gebiete.geojson:7: Feature 6 (id „B3“): Gebiet nicht im Gebietsregister');
    expect(unknown).toContain('data/raw/gebiete.geojson: Gebiet B2 (Südost) hat keine Geometrie');
    expect(breakAndRun(replaceIn('raw/gebiete.geojson', '[7.2,51.1],[7.0,51.1],[7.0,51.0]]]}}', '[7.2,51.1],[7.0,51.1],[7.0,51.05]]]}}'))).toContain(
      'data/raw/gebiete.geojson:5: Feature 4 (id „A2“): Ring ist nicht geschlossen',
    );
    expect(breakAndRun(replaceIn('raw/gebiete.geojson', /\[7\.2,51\.0\],\[7\.4,51\.0\],\[7\.4,51\.1\]/, '[51.0,7.2],[7.4,51.0],[7.4,51.1]'))).toMatch(/Feature 6 \(id „B2“\): Koordinate \[51, 7.2\] liegt außerhalb des Gemeindegebiets/);
    expect(breakAndRun(replaceIn('raw/gebiete.csv', 'B,Ost,B1,Nordost', 'A,West,B1,Nordost'))).toMatch(/Quartier B1 liegt zu 100 % außerhalb von Bezirk A/);
  });

  it('configuration: an invalid kommune.json', () => {
    expect(breakAndRun(replaceIn('kommune.json', '"ags": "05999"', '"ags": "5999"'))).toContain('data/kommune.json: Feld ags: AGS: 5 oder 8 Ziffern');
  });

  it('presentation: a slide naming a Stichtag, an area or a view that does not exist', () => {
    const folien = (...zeilen: string[]) => (f: (rel: string) => File) => f('praesentation.json').write(['{', '  "titel": "Ausschuss",', '  "folien": [', ...zeilen, '  ]', '}'].join('\n'));
    const kennzahlen = '    { "art": "kennzahlen" },';
    const karte = '    { "art": "karte", "indikator": "anteil_mh", "ebene": "sozialraum", "stichtag": "2030-12-31" },';
    const vergleich = '    { "art": "vergleich", "datensatz": "fluechtlinge", "ebene": "wohnbereich", "gebiete": ["Z9"] }';
    expect(breakAndRun(folien(kennzahlen, karte, `${vergleich},`, '    { "art": "diagramm" }'))).toContain(
      'data/praesentation.json:7: Folie 4, Feld art: art: titel, kennzahlen, karte, zeitreihe, vergleich, zusammensetzung oder massnahmen',
    );
    const stderr = breakAndRun(folien(kennzahlen, karte, vergleich));
    expect(stderr).toContain('data/praesentation.json:5: Folie 2 (karte): Stichtag 2030-12-31 gibt es in migrationshintergrund nicht');
    expect(stderr).toContain('data/praesentation.json:6: Folie 3 (vergleich): unbekanntes Gebiet „Z9“');
    expect(breakAndRun(folien(kennzahlen, '    { "art": "massnahmen", "konzept": "ik-1999" }'))).toContain(
      'data/praesentation.json:5: Folie 2 (massnahmen): kein Integrationskonzept „ik-1999“ mit jährlichen Beträgen (vorhanden: mk-2020)',
    );
  });

  it('provenance: an illustrative value at city level would pass for an official city figure', () => {
    expect(breakAndRun(replaceIn('raw/fluechtlinge/2024-12-31.csv', '05999,geduldet,5,amt', '05999,geduldet,5,beispiel'))).toContain(
      'data/raw/fluechtlinge/2024-12-31.csv:6: Gebiet 05999 (Stadt), Merkmal geduldet: Quelle „beispiel“ ist illustrativ – auf Ebene der Stadt nur amtliche Werte',
    );
  });

  it('breaks in series: unknown dataset, merkmal, kind or date', () => {
    const err = breakAndRun((f) =>
      f('raw/reihenbrueche.csv').write(
        'datensatz,merkmale,stichtag,art,beschreibung\nbevoelkerng,,2024-12-31,zensus,x\nbevoelkerung,einwohnerzahl,2024-12-31,zensus,x\nbevoelkerung,,31.12.2024,umzug,x\n',
      ),
    );
    expect(err).toContain('data/raw/reihenbrueche.csv:2: Spalte datensatz: unbekannter Datensatz');
    expect(err).toContain('data/raw/reihenbrueche.csv:3: Spalte merkmale: unbekannt in bevoelkerung: einwohnerzahl');
    expect(err).toContain('data/raw/reihenbrueche.csv:4: Spalte stichtag: Stichtag als JJJJ-MM-TT');
    expect(err).toContain('data/raw/reihenbrueche.csv:4: Spalte art: eine von zensus, quelle, register, definition');
  });
});
