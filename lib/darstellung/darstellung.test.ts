import { describe, expect, it } from 'vitest';
import { attribute, lesen, STANDARD, VORAB_SKRIPT } from './darstellung';

describe('Darstellung', () => {
  it('reads a stored choice and falls back for anything else', () => {
    expect(lesen('{"farbschema":"dunkel","kontrast":"hoch"}')).toEqual({ farbschema: 'dunkel', kontrast: 'hoch' });
    expect(lesen('{"farbschema":"lila","kontrast":1}')).toEqual(STANDARD);
    expect(lesen('kein json')).toEqual(STANDARD);
    expect(lesen(null)).toEqual(STANDARD);
  });

  it('sets attributes only where the reader departs from the system', () => {
    expect(attribute(STANDARD)).toEqual({});
    expect(attribute({ farbschema: 'hell', kontrast: 'hoch' })).toEqual({ 'data-farbschema': 'hell', 'data-kontrast': 'hoch' });
  });

  it('applies the same choice in the inline script before the page paints', () => {
    const attrs = new Map<string, string>();
    const document = { documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) } };
    const localStorage = { getItem: () => '{"farbschema":"dunkel","kontrast":"hoch"}' };
    new Function('document', 'localStorage', VORAB_SKRIPT)(document, localStorage);
    expect(Object.fromEntries(attrs)).toEqual(attribute({ farbschema: 'dunkel', kontrast: 'hoch' }));
  });
});
