import { describe, expect, it } from 'vitest';
import { feldLesen, felderSchreiben, kartenTeil, parameterSchreiben, waehlen } from './url';

describe('a view as a URL', () => {
  it('reads and writes one card’s fields without touching other cards or parameters; defaults leave the address plain', () => {
    const s = '?zusammensetzung.gebiet=SR1&x=1';
    const neu = felderSchreiben(s, 'vergleich', { ebene: 'wohnbereich', mass: 'anzahl' }, { ebene: 'sozialraum', mass: 'anzahl' });
    expect(neu).toBe('?zusammensetzung.gebiet=SR1&x=1&vergleich.ebene=wohnbereich');
    expect(feldLesen(neu, 'vergleich', 'ebene')).toBe('wohnbereich');
    expect(feldLesen(neu, 'vergleich', 'mass')).toBeUndefined();
    expect(felderSchreiben(neu, 'vergleich', { ebene: 'sozialraum' }, { ebene: 'sozialraum' })).toBe('?zusammensetzung.gebiet=SR1&x=1');
    expect(felderSchreiben('', 'a', { b: 'c' }, { b: 'c' })).toBe('');
  });

  it('writes parameters by their full names (a page-wide view such as the map) the same way', () => {
    expect(parameterSchreiben('?gebiet=SR1', { ebene: 'wohnbereich' })).toBe('?gebiet=SR1&ebene=wohnbereich');
    expect(parameterSchreiben('?ebene=wohnbereich&a.b=1', { ebene: 'sozialraum' }, { ebene: 'sozialraum' })).toBe('?a.b=1');
    expect(parameterSchreiben('?x=1', { x: undefined })).toBe('');
  });

  it('encodes values safely and gives the embed only its own card’s part', () => {
    const s = felderSchreiben('', 'vergleich', { stichtag: '2024-12-31', gebiet: 'a&b=c' }, {});
    expect(feldLesen(s, 'vergleich', 'gebiet')).toBe('a&b=c');
    expect(kartenTeil(`${s}&zusammensetzung.gebiet=SR1`, 'vergleich')).toBe(s);
    expect(kartenTeil('?x=1', 'vergleich')).toBe('');
  });

  it('falls back to the default for unknown values and reports them', () => {
    const ebenen = ['sozialraum', 'wohnbereich'] as const;
    expect(waehlen('wohnbereich', ebenen, 'sozialraum')).toEqual({ wert: 'wohnbereich' });
    expect(waehlen(undefined, ebenen, 'sozialraum')).toEqual({ wert: 'sozialraum' });
    expect(waehlen('<script>', ebenen, 'sozialraum')).toEqual({ wert: 'sozialraum', falsch: '<script>' });
  });
});
