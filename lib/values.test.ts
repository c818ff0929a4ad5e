import { describe, expect, it } from 'vitest';
import { amtlichesZeichen, parseValue, statusVon } from './values';

describe('parseValue', () => {
  it('reads counts, decimals with comma or point, and signs', () => {
    expect(parseValue('179968', 'anzahl')).toEqual({ ok: true, wert: 179968 });
    expect(parseValue('226,43', 'flaeche')).toEqual({ ok: true, wert: 226.43 });
    expect(parseValue('29.7', 'prozent')).toEqual({ ok: true, wert: 29.7 });
    expect(parseValue('-', 'anzahl')).toEqual({ ok: true, wert: 0, zeichen: '–' });
    expect(parseValue('.', 'anzahl')).toEqual({ ok: true, wert: null, zeichen: '.' });
    expect(parseValue('X', 'prozent')).toEqual({ ok: true, wert: null, zeichen: 'x' });
    expect(parseValue('…', 'anzahl')).toEqual({ ok: true, wert: null, zeichen: '.' });
  });

  it('rejects negatives, fractions of people, thousands separators, shares above 100 and empty cells', () => {
    expect(parseValue('-5', 'anzahl')).toMatchObject({ ok: false, message: expect.stringContaining('negativ') });
    expect(parseValue('12,5', 'anzahl')).toMatchObject({ ok: false, message: expect.stringContaining('ganze Zahl') });
    expect(parseValue('179.968', 'anzahl')).toMatchObject({ ok: false });
    expect(parseValue('100,1', 'prozent')).toMatchObject({ ok: false, message: expect.stringContaining('0 und 100') });
    expect(parseValue('', 'anzahl')).toMatchObject({ ok: false, message: expect.stringContaining('leer') });
  });
});

describe('status and sign in files', () => {
  it('writes withheld as the official . with its own status, distinct from unknown', () => {
    expect([amtlichesZeichen('geheim'), statusVon(null, 'geheim')]).toEqual(['.', 'geheim']);
    expect([amtlichesZeichen('.'), statusVon(null, '.')]).toEqual(['.', 'unbekannt']);
    expect([amtlichesZeichen('–'), statusVon(0, '–')]).toEqual(['–', 'nichts']);
    expect([amtlichesZeichen('x'), statusVon(null, 'x')]).toEqual(['x', 'nicht_sinnvoll']);
    expect([amtlichesZeichen(null), statusVon(12, null)]).toEqual(['', 'wert']);
  });
});
