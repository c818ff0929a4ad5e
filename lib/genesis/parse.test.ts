import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dekodieren } from '../text/dekodieren';
import { parseGenesis } from './parse';
import { ageOf, genesisCells, regionPasst } from './tables';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('GENESIS exports as shipped', () => {
  it('reads ISO-8859-1 and UTF-8 (with or without BOM)', () => {
    expect(dekodieren(latin1('Bevölkerung'))).toMatchObject({ ok: true, text: 'Bevölkerung' });
    expect(dekodieren(new TextEncoder().encode('\uFEFFBevölkerung'))).toMatchObject({ ok: true, text: 'Bevölkerung' });
  });

  it('property: any text parses without throwing; data rows are rows with a date, never footnotes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 60 }), fc.boolean(), (zeilen, kopf) => {
        const text = [...(kopf ? ['Tabelle: 12521-03i', ';;Insgesamt'] : []), ...zeilen].join('\n');
        const r = parseGenesis(text);
        if (!kopf) expect(r.table === undefined || r.table.tabelle.length > 0).toBe(true);
        for (const row of r.table?.rows ?? []) expect(row.fields[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      }),
    );
  });
});

const EXPORT = [
  'Tabelle: 12521-03i',
  'Ausländische Bevölkerung;;;;;;;',
  ';;;;;Ausländische Bevölkerung;Ausländische Bevölkerung;Ausländische Bevölkerung',
  ';;;;;Insgesamt;männlich;weiblich',
  '31.12.2024;05999;    Musterstadt;1;Europa;100;50;50',
  '31.12.2024;05999;    Musterstadt;125;  Bulgarien;x;x;x',
  '31.12.2024;05999;    Musterstadt;154;  Rumänien;…;.;.',
  '31.12.2024;05999;    Musterstadt;4;Asien;-;-;-',
  '31.12.2024;05913;    Dortmund;1;Europa;999;1;1',
  '__________',
  '"Fußnote;',
  '31.12.2024;05999;kein Datum mehr, sondern Fußnote"',
  'Stand: 09.02.2026 / 16:09:36',
].join('\n');

describe('parseGenesis', () => {
  it('splits title, header, data rows and footnotes', () => {
    const { table } = parseGenesis(EXPORT);
    expect(table?.tabelle).toBe('12521-03i');
    expect(table?.stand).toBe('09.02.2026');
    expect(table?.rows.map((r) => r.line)).toEqual([5, 6, 7, 8, 9]);
    expect(table?.columns[5]).toBe('Ausländische Bevölkerung | Insgesamt');
    expect(table?.fussnoten).toBe('Fußnote 31.12.2024 05999 kein Datum mehr, sondern Fußnote');
  });

  it('keeps signs as signs and never adds countries to continents', () => {
    const { table } = parseGenesis(EXPORT);
    const { cells, problems } = genesisCells(table!, 'x.csv', { ags: '05999', name: 'Musterstadt' });
    expect(problems).toEqual([]);
    const by = (ds: string, m: string) => cells.find((c) => c.datensatz === ds && c.merkmal === m);
    expect(by('staatsangehoerigkeiten', '125')).toMatchObject({ wert: null, zeichen: 'x', bezeichnung: 'Bulgarien' });
    expect(by('zuwanderung-suedosteuropa', 'rumaenien')).toMatchObject({ wert: null, zeichen: '.' });
    expect(by('staatsangehoerigkeiten', '4')).toMatchObject({ wert: 0, zeichen: '–' });
    expect(by('staatsangehoerigkeiten', 'auslaender_insgesamt')).toMatchObject({ wert: 100, quelle: 'genesis-12521-03i' });
    expect(cells.every((c) => c.gebiet === '05999')).toBe(true);
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

describe('regionPasst', () => {
  it('matches the region label of a GENESIS row with the configured name', () => {
    expect(regionPasst('Musterstadt, krfr. Stadt', 'Musterstadt')).toBe(true);
    expect(regionPasst('Bad Muster an der Ruhr, krfr. Stadt', 'Bad Muster an der Ruhr')).toBe(true);
    expect(regionPasst('Beispielheim, Stadt', 'Beispielheim')).toBe(true);
    expect(regionPasst('Musterstadt, krfr. Stadt', 'Beispielheim')).toBe(false);
    expect(regionPasst('Musterstadtfeld, Stadt', 'Musterstadt')).toBe(false);
  });
});
