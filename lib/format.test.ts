import { describe, expect, it } from 'vitest';
import { fmtAnzahl, fmtDatum, fmtProzent, fmtVeraenderung, fmtWert, fmtZeitraum, quellenText } from './format';

describe('de-DE formats', () => {
  it('formats counts, shares, dates and changes', () => {
    expect(fmtAnzahl(179968)).toBe('179.968');
    expect(fmtProzent(29.66)).toBe('29,7 %');
    expect(fmtDatum('2024-12-31')).toBe('31.12.2024');
    expect(fmtVeraenderung(588)).toBe('+588');
    expect(fmtVeraenderung(-1469)).toBe('−1.469');
    expect(fmtWert({ wert: null, zeichen: '.' })).toBe('.');
    expect(fmtWert({ wert: 226.43 })).toBe('226,43');
  });
});

describe('Stand and sources lines', () => {
  it('names one Stichtag or the period, and each source once by title', () => {
    expect(fmtZeitraum(['2024-12-31', '2016-12-31', '2024-12-31'])).toBe('31.12.2016 bis 31.12.2024');
    expect(fmtZeitraum(['2024-12-31'])).toBe('31.12.2024');
    expect(fmtZeitraum([])).toBe('');
    expect(quellenText(['a', 'b', 'a', ''], { a: 'Amt A' })).toBe('Amt A; b');
  });
});
