import { describe, expect, it } from 'vitest';
import { fmtAnzahl, fmtDatum, fmtProzent, fmtVeraenderung } from '../format';
import { inSprache, ohneSprache, spracheVon } from './sprache';

describe('formats per language', () => {
  it('writes numbers and dates as each language does, German unchanged', () => {
    expect(fmtAnzahl(179968, 'de')).toBe(fmtAnzahl(179968));
    expect(fmtAnzahl(179968, 'en')).toBe('179,968');
    expect(fmtProzent(29.66, 'de')).toBe(fmtProzent(29.66));
    expect(fmtProzent(29.66, 'en')).toBe('29.7%');
    expect(fmtDatum('2024-12-31', 'de')).toBe(fmtDatum('2024-12-31'));
    expect(fmtDatum('2024-12-31', 'en')).toBe('31 Dec 2024');
    expect(fmtDatum('2017-05-01', 'en')).toBe('1 May 2017');
    expect(fmtDatum(undefined, 'en')).toBe('–');
    expect(fmtVeraenderung(-1234, 'en')).toBe('−1,234');
  });

  it('maps paths between the languages', () => {
    expect(inSprache('/karte/', 'en')).toBe('/en/karte/');
    expect(inSprache('/en/karte/', 'de')).toBe('/karte/');
    expect(inSprache('/', 'en')).toBe('/en/');
    expect(ohneSprache('/en')).toBe('/');
    expect(spracheVon('/en/themen/x/')).toBe('en');
    expect(spracheVon('/english/')).toBe('de');
  });
});
