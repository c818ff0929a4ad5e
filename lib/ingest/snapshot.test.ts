import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { formatProblem } from '../problems';
import { readSnapshot, stichtagFromName } from './snapshot';

const known = { gebiete: new Set(['05999', 'SR1', 'WB11']), quellen: new Set(['amt', 'beispiel']) };
const read = (csv: string, ds: Parameters<typeof readSnapshot>[2] = 'fluechtlinge') =>
  readSnapshot(parseCsv(csv), 'data/raw/x/2017-05-31.csv', ds, '2017-05-31', known);
const messages = (csv: string, ds?: Parameters<typeof readSnapshot>[2]) => read(csv, ds).problems.map(formatProblem);

describe('stichtagFromName', () => {
  it('accepts real ISO dates only', () => {
    expect(stichtagFromName('2024-12-31.csv')).toBe('2024-12-31');
    expect(stichtagFromName('2024-02-30.csv')).toBeUndefined();
    expect(stichtagFromName('31.12.2024.csv')).toBeUndefined();
  });
});

describe('readSnapshot', () => {
  it('turns rows into cells that know their line', () => {
    const { cells, problems } = read('gebiet_id,merkmal,wert,quelle\n05999,insgesamt,2141,amt\nWB11,geduldet,.,beispiel\n');
    expect(problems).toEqual([]);
    expect(cells).toEqual([
      expect.objectContaining({ gebiet: '05999', merkmal: 'insgesamt', wert: 2141, quelle: 'amt', ort: { path: 'data/raw/x/2017-05-31.csv', line: 2, spalte: 'wert' } }),
      expect.objectContaining({ gebiet: 'WB11', merkmal: 'geduldet', wert: null, zeichen: '.' }),
    ]);
  });

  it('keeps one string per name across snapshots, the cells unchanged', () => {
    const csv = 'gebiet_id,merkmal,wert,quelle\n05999,insgesamt,2141,amt\nWB11,insgesamt,5,beispiel\nSR1,geduldet,7,beispiel\n';
    const namen = new Map<string, string>();
    const mit = (stichtag: string) => readSnapshot(parseCsv(csv), `data/raw/x/${stichtag}.csv`, 'fluechtlinge', stichtag, { ...known, namen }).cells;
    const a = mit('2016-12-31');
    const b = mit('2017-12-31');
    expect([...namen.keys()].sort()).toEqual(['05999', 'SR1', 'WB11', 'amt', 'beispiel', 'geduldet', 'insgesamt']);
    const ohneOrt = (cs: typeof a) => cs.map((c) => [c.gebiet, c.merkmal, c.wert, c.quelle]);
    expect(ohneOrt(a)).toEqual(ohneOrt(b));
    expect(readSnapshot(parseCsv(csv), 'data/raw/x/2016-12-31.csv', 'fluechtlinge', '2016-12-31', known).cells).toEqual(a);
  });

  it('names file, line, column and value of each schema error, all in one run', () => {
    expect(
      messages(
        'gebiet_id,merkmal,wert,quelle\n05999,insgesamt,-4,amt\nWB99,anerkannt,3,amt\nSR1,gesamt,1,amt\nSR1,insgesamt,2,presse\n',
      ),
    ).toEqual([
      'data/raw/x/2017-05-31.csv:2: Spalte wert = „-4“: „-4“ ist negativ; Anzahlen sind nicht negativ',
      'data/raw/x/2017-05-31.csv:3: Spalte gebiet_id = „WB99“: unbekanntes Gebiet (nicht im Gebietsregister)',
      expect.stringMatching(/^data\/raw\/x\/2017-05-31.csv:4: Spalte merkmal = „gesamt“: unbekanntes Merkmal „gesamt“ \(erlaubt: insgesamt, anerkannt/),
      'data/raw/x/2017-05-31.csv:5: Spalte quelle = „presse“: unbekannte Quelle (nicht in quellen.csv)',
    ]);
  });

  it('rejects duplicate keys and shares above 100', () => {
    expect(messages('gebiet_id,merkmal,wert,quelle\nSR1,mit_mh,5,amt\nSR1,mit_mh,6,amt\nSR1,anteil_mh_angegeben,134,amt\n', 'migrationshintergrund')).toEqual([
      'data/raw/x/2017-05-31.csv:3: doppelter Schlüssel gebiet_id = „SR1“, merkmal = „mit_mh“ (zuerst Zeile 2)',
      'data/raw/x/2017-05-31.csv:4: Spalte wert = „134“: „134“ liegt nicht zwischen 0 und 100',
    ]);
  });

  it('requires a bezeichnung for nationality codes and names missing columns', () => {
    expect(messages('gebiet_id,merkmal,wert,quelle\n05999,125,2760,amt\n', 'staatsangehoerigkeiten')).toEqual([
      'data/raw/x/2017-05-31.csv:2: Spalte bezeichnung: Schlüssel 125 braucht eine bezeichnung',
    ]);
    expect(messages('gebiet,merkmal,wert\n05999,insgesamt,1\n')).toEqual([
      'data/raw/x/2017-05-31.csv:1: Spalten fehlen: gebiet_id, quelle (vorhanden: gebiet, merkmal, wert)',
    ]);
  });
});
