import fc from 'fast-check';
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

describe('parseValue (property)', () => {
  it('reads every count written without separators, and every share with a decimal comma or point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseValue(String(n), 'anzahl')).toEqual({ ok: true, wert: n });
        expect(parseValue(`-${n + 1}`, 'anzahl').ok).toBe(false);
        expect(parseValue(new Intl.NumberFormat('de-DE').format(n + 1000), 'anzahl').ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(',', '.'), (ganz, zehntel, sep) => {
        const p = parseValue(`${Math.floor(ganz / 10)}${sep}${zehntel}`, 'prozent');
        expect(p).toEqual({ ok: true, wert: Number(`${Math.floor(ganz / 10)}.${zehntel}`) });
      }),
    );
  });

  it('finds no sign in object properties ("__proto__", "constructor")', () => {
    for (const s of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(parseValue(s, 'anzahl').ok).toBe(false);
  });

  it('never throws, and accepts only numbers or the official signs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'valueOf')), fc.constantFrom('anzahl', 'prozent', 'flaeche') as fc.Arbitrary<'anzahl' | 'prozent' | 'flaeche'>, (s, art) => {
        const p = parseValue(s, art);
        if (p.ok && p.wert !== null) expect(Number.isFinite(p.wert) && p.wert >= 0).toBe(true);
        if (p.ok && p.wert === null) expect(['.', '…', '...', 'x']).toContain(s.trim().toLowerCase());
      }),
    );
  });
});
