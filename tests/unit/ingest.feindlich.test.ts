import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../lib/ingest/cli';
import { breakAndRun, copyFixture, replaceIn, run, type Mutate } from './helpers';

/**
 * Hostile inputs, one per row: what an office or an attacker could drop into the data folder.
 * Each must stop the ingest with exit 1, name the file (and line where there is one), escape
 * what it echoes, and leave data/published/ byte for byte (all asserted by breakAndRun).
 */
const schreibe = (rel: string, inhalt: string | Uint8Array): Mutate => (f) => writeFileSync(f(rel).path, inhalt);
const bytes = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));
const FL = 'raw/fluechtlinge/2024-12-31.csv';
const FL_KOPF = 'gebiet_id,merkmal,wert,quelle\n';
const loesche = (rel: string): Mutate => (f) => rmSync(f(rel).path, { recursive: true, force: true });
const ordnerVon = (f: (rel: string) => { path: string }, rel: string) => path.dirname(f(rel).path);

const FAELLE: [string, Mutate, (string | RegExp)[]][] = [
  // Nothing published disappears unless the office says so.
  ['Schnappschuss auf die Kopfzeile gekürzt', schreibe(FL, FL_KOPF), ['data/raw/fluechtlinge/2024-12-31.csv:1: keine Datenzeilen']],
  ['Schnappschuss gelöscht', loesche('raw/bevoelkerung/2023-12-31.csv'), ['data/raw/bevoelkerung/2023-12-31.csv: Stichtag 2023-12-31 von bevoelkerung würde mit', '--entfernen']],
  ['Schnappschuss auf eine Datenzeile gekürzt', schreibe(FL, `${FL_KOPF}05999,insgesamt,60,amt\n`), [/data\/raw\/fluechtlinge\/2024-12-31.csv: \d+ veröffentlichte Werte von fluechtlinge, Stichtag 2024-12-31, fehlen jetzt/]],
  ['Datensatz-Ordner gelöscht', loesche('raw/fluechtlinge'), ['data/raw/fluechtlinge: Datensatz fluechtlinge würde mit allen 1 Stichtagen']],
  ['GENESIS-Export gelöscht', loesche('raw/genesis/12411-15i.csv'), [/data\/raw\/bevoelkerung\/2024-12-31.csv: \d+ veröffentlichte Werte von bevoelkerung/]],
  ['Schnappschuss umbenannt', (f) => renameSync(f(FL).path, f('raw/fluechtlinge/2023-12-31.csv').path), ['Stichtag 2024-12-31 von fluechtlinge würde']],
  // Encodings.
  ['gemischte Kodierung', schreibe(FL, new Uint8Array([...bytes(`${FL_KOPF}05999,insgesamt,60,amt\nB,insgesamt,30,Köln\n`, 'utf8'), ...bytes('A,insgesamt,30,Türkei\n', 'win1252')])), ['data/raw/fluechtlinge/2024-12-31.csv:4: gemischte Kodierung']],
  ['Byte ohne Zeichen (0x81)', schreibe(FL, new Uint8Array([...bytes(FL_KOPF, 'utf8'), 0x41, 0x81, 0x0a])), ['data/raw/fluechtlinge/2024-12-31.csv:2: Byte 0x81']],
  ['Nullbyte', schreibe(FL, new Uint8Array([...bytes(FL_KOPF, 'utf8'), 0x41, 0x00, 0x0a])), ['data/raw/fluechtlinge/2024-12-31.csv:2: enthält ein Nullzeichen']],
  ['UTF-8-BOM mit ungültigem Byte', schreibe(FL, new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(FL_KOPF, 'utf8'), 0xe4, 0x0a])), ['data/raw/fluechtlinge/2024-12-31.csv:2: Byte 0xE4 ist kein gültiges UTF-8']],
  ['UTF-16 abgeschnitten', schreibe(FL, new Uint8Array([0xff, 0xfe, ...bytes(FL_KOPF, 'utf16le'), 0x41])), ['UTF-16LE: ungerade Zahl von Bytes']],
  ['Binärdatei', schreibe(FL, new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))), ['data/raw/fluechtlinge/2024-12-31.csv']],
  // Files that are not files.
  ['Link auf /etc/passwd', (f) => symlinkSync('/etc/passwd', path.join(ordnerVon(f, FL), '2023-12-31.csv')), ['data/raw/fluechtlinge/2023-12-31.csv: symbolischer Link – wird nicht gefolgt']],
  ['Link ins Leere', (f) => symlinkSync('/nirgends/da.csv', path.join(ordnerVon(f, FL), '2023-12-31.csv')), ['2023-12-31.csv: symbolischer Link']],
  ['Link-Schleife', (f) => { const d = ordnerVon(f, FL); symlinkSync(path.join(d, 'b.csv'), path.join(d, 'a.csv')); symlinkSync(path.join(d, 'a.csv'), path.join(d, 'b.csv')); }, ['a.csv: symbolischer Link', 'b.csv: symbolischer Link']],
  ['Link auf einen Ordner', (f) => symlinkSync('/etc', path.join(ordnerVon(f, FL), 'etc')), ['data/raw/fluechtlinge/etc: symbolischer Link']],
  ['Link auf /dev/zero', (f) => symlinkSync('/dev/zero', path.join(ordnerVon(f, FL), '2022-12-31.csv')), ['2022-12-31.csv: symbolischer Link']],
  ['FIFO', (f) => execFileSync('mkfifo', [path.join(ordnerVon(f, FL), '2022-12-31.csv')]), ['data/raw/fluechtlinge/2022-12-31.csv: keine reguläre Datei']],
  ['Dateiname mit Zeilenumbruch und Steuerzeichen', (f) => writeFileSync(path.join(ordnerVon(f, FL), '2024-12-31\n\u001b[32mIngest: OK.csv'), 'x'), ['\\u000a\\u001b[32mIngest: OK.csv']],
  ['Stichtag in der Zukunft', (f) => writeFileSync(path.join(ordnerVon(f, FL), '2099-12-31.csv'), `${FL_KOPF}05999,insgesamt,1,amt\n`), ['data/raw/fluechtlinge/2099-12-31.csv: Stichtag 2099-12-31 liegt in der Zukunft']],
  ['unbekannter Ordner', (f) => { mkdirSync(path.join(path.dirname(ordnerVon(f, FL)), 'neu')); writeFileSync(path.join(path.dirname(ordnerVon(f, FL)), 'neu', 'x.csv'), 'a'); }, ['data/raw/neu/x.csv: unbekannter Datensatz-Ordner „neu“']],
  // Sizes.
  ['Feld von 1 MB', (f) => appendFileSync(f('raw/zuwanderung-suedosteuropa/2024-12-31.csv').path, `A1,bulgarien,5,amt${'x'.repeat(1_000_000)}\n`), [/Spalte quelle: 1000\d+ Zeichen \(höchstens 1000\)/]],
  ['150.000 fehlerhafte Zeilen', (f) => appendFileSync(f(FL).path, 'A,insgesamt,-1,amt\n'.repeat(150_000)), ['… und 149', 'weitere Probleme in dieser Datei']],
  ['GENESIS-Export mit 200.000 Zeilen', (f) => {
    const p = f('raw/genesis/12411-15i.csv');
    const zeilen = p.text.split('\n');
    const i = zeilen.findIndex((z) => z.startsWith('31.12.2024;05999'));
    const viele: string[] = [];
    for (let k = 0; k < 200_000; k++) viele.push(`31.12.2024;${10000 + (k % 89999)};    Anderswo;1;1,0;1,0`);
    viele.push('31.12.2024;05999;    Musterstadt, krfr. Stadt;abc;61,78;16,7');
    p.write([...zeilen.slice(0, i), viele.join('\n'), ...zeilen.slice(i + 1)].join('\n'));
  }, [/data\/raw\/genesis\/12411-15i.csv:\d+: Spalte 4 .* = „abc“/]],
  ['tief verschachteltes GeoJSON', schreibe('raw/gebiete.geojson', `{"type":"FeatureCollection","features":[{"properties":{"id":"A"},"geometry":{"type":"Polygon","coordinates":${'['.repeat(100_000)}${']'.repeat(100_000)}}}]}`), ['data/raw/gebiete.geojson']],
  ['300.000 Features', schreibe('raw/gebiete.geojson', `{"type":"FeatureCollection","features":[${Array.from({ length: 300_000 }, (_, i) => `{"type":"Feature","properties":{"id":"X${i}"},"geometry":null}`).join(',')}]}`), ['data/raw/gebiete.geojson:1: 300000 Features – höchstens 10000']],
  ['Ring mit 100.000 Punkten, der sich schneidet', (f) => {
    const p = f('raw/gebiete.geojson');
    const fc = JSON.parse(p.text) as { features: { geometry: { type: string; coordinates: unknown } }[] };
    const [[x0, y0]] = (fc.features[0]?.geometry.coordinates as number[][][])[0] as [[number, number]];
    const ring = Array.from({ length: 100_000 }, (_, i) => [x0 + 0.01 * Math.cos(i), y0 + 0.01 * Math.sin(i * 1.0001)]);
    ring.push(ring[0] as number[]);
    (fc.features[0] as { geometry: { type: string; coordinates: unknown } }).geometry = { type: 'Polygon', coordinates: [ring] };
    p.write(JSON.stringify(fc));
  }, [/data\/raw\/gebiete.geojson:\d+: Feature 1 \(id „A“\): Ring (schneidet sich selbst|mit 100001 Punkten ist zu verwinkelt)/]],
  // Text rules.
  ['javascript:-Adresse einer Quelle', replaceIn('raw/quellen.csv', 'https://example.org/', 'javascript:alert(1)'), ['data/raw/quellen.csv:2: Spalte url = „javascript:alert(1)“', 'nur http- oder https-Adressen']],
  ['data:-Adresse einer Quelle', replaceIn('raw/quellen.csv', 'https://example.org/', '"data:text/html;base64,PHNjcmlwdD4="'), ['data/raw/quellen.csv:2: Spalte url']],
  ['vbscript:-Adresse einer Quelle', replaceIn('raw/quellen.csv', 'https://example.org/', 'vbscript:msgbox'), ['nur http- oder https-Adressen']],
  ['Rechts-nach-links-Zeichen in einem Gebietsnamen', (f) => writeFileSync(f('raw/gebiete.csv').path, readFileSync(f('raw/gebiete.csv').path, 'utf8').replace('Nordwest', 'Nord\u202Ewest')), ['data/raw/gebiete.csv:2: Spalte wohnbereich_name: enthält das Steuerzeichen U+202E']],
  ['Steuerzeichen in einem Quellentitel', replaceIn('raw/quellen.csv', 'Melderegister', 'Melde\u0007register'), ['data/raw/quellen.csv:2: Spalte titel: enthält das Steuerzeichen U+0007']],
  ['Rechts-nach-links-Zeichen im Namen der Kommune', (f) => { const k = f('kommune.json'); k.write(k.text.replace('"name": "Musterstadt"', '"name": "Muster\\u202Estadt"')); }, ['data/kommune.json: Feld name: enthält das Steuerzeichen U+202E']],
  ['javascript:-Adresse der Website', (f) => { const k = f('kommune.json'); k.write(k.text.replace(/"basisUrl": "[^"]*"/, '"basisUrl": "javascript:alert(1)/"')); }, ['data/kommune.json: Feld veroeffentlichung.basisUrl: nur http- oder https-Adressen']],
  ['langer Wert in einer Meldung wird gekürzt', replaceIn(FL, '05999,geduldet,5,amt', `05999,geduldet,${'9'.repeat(300)}x,amt`), ['… (301 Zeichen)“']],
  ['Steuerzeichen in einer GENESIS-Bezeichnung', (f) => writeFileSync(f('raw/genesis/12521-03i.csv').path, readFileSync(f('raw/genesis/12521-03i.csv').path, 'utf8').replace('Bulgarien', 'Bulga\u0007rien')), [/data\/raw\/genesis\/12521-03i.csv:\d+: Bezeichnung „Bulga\\u0007rien“: enthält das Steuerzeichen U\+0007/]],
  ['Richtungszeichen in einem Folientitel', schreibe('praesentation.json', '{ "titel": "Rat\u202E", "folien": [ { "art": "kennzahlen" } ] }'), ['data/praesentation.json', 'U+202E']],
  ['AGS einer anderen Kommune in kommune.json', (f) => { const k = f('kommune.json'); k.write(k.text.replace('"name": "Musterstadt"', '"name": "Herne"')); }, [/data\/raw\/genesis\/12411-15i.csv:\d+: Region „Musterstadt, krfr. Stadt“ \(AGS 05999\) passt nicht zum Namen der Kommune „Herne“/]],
  ['AGS fehlt im Export', (f) => { const g = f('raw/genesis/12411-15i.csv'); g.write(g.text.replace(/05999/g, '05913').replace('Musterstadt, krfr. Stadt', 'Dortmund, krfr. Stadt')); }, ['data/raw/genesis/12411-15i.csv: keine Datenzeile für AGS 05999 (Musterstadt) in Tabelle 12411-15i; die Datei enthält 1 Regionen: 05913 Dortmund, krfr. Stadt']],
  ['Breite und Länge im Gebietsregister vertauscht', replaceIn('raw/gebiete.csv', 'A,West,A1,Nordwest,51.15,7.1', 'A,West,A1,Nordwest,7.1,51.15'), ['data/raw/gebiete.csv:2: A1: Mittelpunkt (lat 7.1, lon 51.15) liegt außerhalb der Stadtgrenze – Breite und Länge vertauscht?']],
  ['Tabellenname „__proto__“ im GENESIS-Export', (f) => { const g = f('raw/genesis/12411-15i.csv'); g.write(g.text.replace('Tabelle: 12411-15i', 'Tabelle: __proto__')); }, ['data/raw/genesis/12411-15i.csv:1: Tabelle __proto__ wird nicht unterstützt']],
  ['Wert „constructor“', replaceIn(FL, '05999,geduldet,5,amt', '05999,geduldet,constructor,amt'), ['data/raw/fluechtlinge/2024-12-31.csv:6: Spalte wert = „constructor“']],
  // Already handled before: each still a message with its place.
  ['negative Anzahl', replaceIn(FL, '05999,geduldet,5,amt', '05999,geduldet,-5,amt'), ['data/raw/fluechtlinge/2024-12-31.csv:6: Spalte wert = „-5“']],
  ['unbekanntes Merkmal', replaceIn(FL, '05999,geduldet', '05999,abgeschoben'), ['unbekanntes Merkmal']],
  ['doppelter Schlüssel', (f) => appendFileSync(f(FL).path, '05999,geduldet,5,amt\n'), ['doppelter Schlüssel']],
  ['Summe passt nicht', replaceIn(FL, '05999,insgesamt,60,amt', '05999,insgesamt,61,amt'), ['data/raw/fluechtlinge/2024-12-31.csv']],
  ['ungültiger Dateiname', (f) => renameSync(f(FL).path, path.join(ordnerVon(f, FL), 'Dezember.csv')), ['Dateiname „Dezember.csv“']],
  ['kommune.json kein JSON', schreibe('kommune.json', '{ "ags": '), ['data/kommune.json: kein gültiges JSON']],
  ['quellen.csv fehlt', loesche('raw/quellen.csv'), ['data/raw/quellen.csv: Datei fehlt']],
  ['Reihenbruch eines unbekannten Datensatzes', schreibe('raw/reihenbrueche.csv', 'datensatz,merkmale,stichtag,art,beschreibung\nx,,2024-12-31,zensus,y\n'), ['data/raw/reihenbrueche.csv:2: Spalte datensatz: unbekannter Datensatz']],
  ['Beispieldaten auf Stadtebene', replaceIn(FL, '05999,geduldet,5,amt', '05999,geduldet,5,beispiel'), ['auf Ebene der Stadt nur amtliche Werte']],
];

describe('hostile inputs: message with its place, exit 1, published folder byte for byte', () => {
  it('has at least 40 cases', () => expect(FAELLE.length).toBeGreaterThanOrEqual(40));
  it.each(FAELLE)('%s', (_name, mutate, erwartet) => {
    const stderr = breakAndRun(mutate);
    for (const e of erwartet) {
      if (typeof e === 'string') expect(stderr).toContain(e);
      else expect(stderr).toMatch(e);
    }
    expect(stderr).not.toMatch(/\n\s+at |RangeError|TypeError/);
    expect(stderr).not.toContain('root:x:0');
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/);
  }, 60_000);
});

describe('what offices send works', () => {
  it('a snapshot saved by German Excel (Windows-1252, ;, CRLF) publishes Rumänien and Türkei, never U+FFFD', () => {
    const { root, data } = copyFixture();
    const p = path.join(data, 'raw/zuwanderung-suedosteuropa/2024-12-31.csv');
    const text = readFileSync(p, 'utf8');
    writeFileSync(p, iconv.encode(text.replace(/,/g, ';').replace(/\n/g, '\r\n'), 'win1252'));
    const sa = path.join(data, 'raw/staatsangehoerigkeiten');
    mkdirSync(sa, { recursive: true });
    writeFileSync(path.join(sa, '2023-12-31.csv'), iconv.encode('gebiet_id;merkmal;wert;bezeichnung;quelle\r\n05999;154;10;Rumänien;amt\r\n05999;163;12;Türkei;amt\r\n', 'win1252'));
    const r = run(root, data);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((z) => z && !z.includes(': Warnung: '))).toEqual([]);
    const csv = readFileSync(path.join(data, 'published/daten/staatsangehoerigkeiten.csv'), 'utf8');
    expect(csv).toContain('Rumänien');
    expect(csv).toContain('Türkei');
    expect(csv).not.toContain('\uFFFD');
  });

  it('removal on purpose: --entfernen lets a Stichtag go, with a warning', () => {
    const { root, data } = copyFixture();
    expect(run(root, data).code).toBe(0);
    rmSync(path.join(data, FL));
    let stderr = '';
    const code = runIngest(root, data, { out: () => undefined, err: (s) => (stderr += s) }, { entfernen: true });
    expect(code).toBe(0);
    expect(stderr).toContain('Warnung: Datensatz fluechtlinge würde');
  });
});

describe('npm run pruefen', () => {
  it('prints problems and warnings and publishes nothing, with or without errors', () => {
    const { root, data } = copyFixture();
    let out = '';
    let err = '';
    const io = { out: (s: string) => (out += s), err: (s: string) => (err += s) };
    writeFileSync(path.join(data, 'raw/quellen.csv'), readFileSync(path.join(data, 'raw/quellen.csv'), 'utf8') + 'unbenutzt,Alt,Amt,,,amtlich,0,\n');
    expect(runIngest(root, data, io, { nurPruefen: true })).toBe(0);
    expect(err).toContain('data/raw/quellen.csv:7: Warnung: Quelle „unbenutzt“ wird von keinem Wert verwendet');
    expect(out).toMatch(/Prüfung: \d+ Eingabedateien, 0 Fehler, 1 Warnungen – nichts veröffentlicht/);
    expect(() => readFileSync(path.join(data, 'published/manifest.json'))).toThrow();
    appendFileSync(path.join(data, FL), 'A,insgesamt,-1,amt\n');
    expect(runIngest(root, data, io, { nurPruefen: true })).toBe(1);
  });
});
