import { describe, expect, it } from 'vitest';
import type { Kennzahl } from './published';
import { anteilLeicht, datumLeicht, leichteAbschnitte } from './leichte-sprache';

const k = (id: string, wert: number | null, o: Partial<Kennzahl> = {}): Kennzahl => ({
  id,
  label: id,
  art: 'anzahl',
  wert,
  zeichen: null,
  stichtag: '2024-12-31',
  quellen: ['q'],
  illustrativ: false,
  vorher: null,
  ...o,
});

describe('Leichte Sprache', () => {
  it('writes dates out and shares as digits', () => {
    expect(datumLeicht('2017-05-31')).toBe('31. Mai 2017');
    expect(anteilLeicht(29.7)).toBe('etwa 3 von 10');
    expect(anteilLeicht(19.9)).toBe('etwa 1 von 5');
  });

  it('says each figure in short sentences with its date and whether it is official or an example', () => {
    const [einwohner, mh, beispiel] = leichteAbschnitte([k('einwohner', 1000), k('anteil_mh', 29.7, { art: 'prozent', stichtag: '2017-05-31' }), k('fluechtlinge', 40, { illustrativ: true }), k('unbekannt', 1)], 'Musterstadt');
    expect(einwohner?.saetze).toEqual(['In Musterstadt wohnen 1.000 Menschen.', 'Diese Zahl ist vom 31. Dezember 2024.', 'Diese Zahl ist amtlich.', 'Das heißt: Ein Amt hat die Zahl gezählt.']);
    expect(mh?.saetze[0]).toBe('Etwa 3 von 10 Menschen in der Stadt haben einen Migrations-Hintergrund.');
    expect(beispiel?.saetze).toContain('Achtung: Diese Zahl ist nur ein Beispiel.');
    for (const a of [einwohner, mh, beispiel]) for (const s of a?.saetze ?? []) expect(s.split(' ').length, s).toBeLessThanOrEqual(12);
  });

  it('leaves out figures without a number or without an easy text', () => {
    expect(leichteAbschnitte([k('einwohner', null), k('unbekannt', 5)], 'X')).toEqual([]);
  });
});
