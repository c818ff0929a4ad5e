import { describe, expect, it } from 'vitest';
import { decodeExport, parseGenesis } from './parse';
import { ageOf, genesisCells } from './tables';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeExport', () => {
  it('reads ISO-8859-1 and UTF-8 (with or without BOM)', () => {
    expect(decodeExport(latin1('Bevölkerung'))).toBe('Bevölkerung');
    expect(decodeExport(new TextEncoder().encode('\uFEFFBevölkerung'))).toBe('Bevölkerung');
  });
});

const EXPORT = [
  'Tabelle: 12521-03i',
  'Ausländische Bevölkerung;;;;;;;',
  ';;;;;Ausländische Bevölkerung;Ausländische Bevölkerung;Ausländische Bevölkerung',
  ';;;;;Insgesamt;männlich;weiblich',
  '31.12.2024;05915;    Hamm;1;Europa;100;50;50',
  '31.12.2024;05915;    Hamm;125;  Bulgarien;x;x;x',
  '31.12.2024;05915;    Hamm;154;  Rumänien;…;.;.',
  '31.12.2024;05915;    Hamm;4;Asien;-;-;-',
  '31.12.2024;05913;    Dortmund;1;Europa;999;1;1',
  '__________',
  '"Fußnote;',
  '31.12.2024;05915;kein Datum mehr, sondern Fußnote"',
  'Stand: 09.02.2026 / 16:09:36',
].join('\n');

describe('parseGenesis', () => {
  it('splits title, header, data rows and footnotes', () => {
    const { table } = parseGenesis(EXPORT);
    expect(table?.tabelle).toBe('12521-03i');
    expect(table?.stand).toBe('09.02.2026');
    expect(table?.rows.map((r) => r.line)).toEqual([5, 6, 7, 8, 9]);
    expect(table?.columns[5]).toBe('Ausländische Bevölkerung | Insgesamt');
    expect(table?.fussnoten).toBe('Fußnote 31.12.2024 05915 kein Datum mehr, sondern Fußnote');
  });

  it('keeps signs as signs and never adds countries to continents', () => {
    const { table } = parseGenesis(EXPORT);
    const { cells, problems } = genesisCells(table!, 'x.csv', { ags: '05915', name: 'Hamm' });
    expect(problems).toEqual([]);
    const by = (ds: string, m: string) => cells.find((c) => c.datensatz === ds && c.merkmal === m);
    expect(by('staatsangehoerigkeiten', '125')).toMatchObject({ wert: null, zeichen: 'x', bezeichnung: 'Bulgarien' });
    expect(by('zuwanderung-suedosteuropa', 'rumaenien')).toMatchObject({ wert: null, zeichen: '.' });
    expect(by('staatsangehoerigkeiten', '4')).toMatchObject({ wert: 0, zeichen: '–' });
    expect(by('staatsangehoerigkeiten', 'auslaender_insgesamt')).toMatchObject({ wert: 100, quelle: 'genesis-12521-03i' });
    expect(cells.every((c) => c.gebiet === '05915')).toBe(true);
  });
});

describe('ageOf', () => {
  it('reads the lower bound of a single-year age column', () => {
    expect(ageOf('Altersjahre | unter 1 Jahr | Anzahl')).toBe(0);
    expect(ageOf('Altersjahre | 17 bis unter 18 Jahre')).toBe(17);
    expect(ageOf('90 Jahre und mehr')).toBe(90);
    expect(ageOf('Insgesamt')).toBeUndefined();
  });
});
