import { describe, expect, it } from 'vitest';
import type { Punkt } from '@/lib/themen/model';
import { linienMarkup } from './linienMarkup';

const punkt = (stichtag: string, wert: number | null, mehr: Partial<Punkt> = {}): Punkt => ({
  x: stichtag,
  xLabel: stichtag,
  reihe: 'A',
  reiheLabel: 'Gebiet A',
  wert,
  zeichen: null,
  einheit: 'Anzahl',
  illustrativ: false,
  quelle: 'q',
  stichtag,
  ...mehr,
});
const anzahl = (markup: string, muster: RegExp) => markup.match(muster)?.length ?? 0;

describe('linienMarkup', () => {
  it('draws one point per value with its words as title, and no line across a break in series', () => {
    const bruch = { stichtag: '2022-12-31', text: 'Reihenbruch ab 31.12.2022' };
    const m = linienMarkup([punkt('2020-12-31', 100), punkt('2021-12-31', null), punkt('2022-12-31', 120, { bruch, illustrativ: true }), punkt('2023-12-31', 130)], 720, 300, 'de');
    expect(anzahl(m, /<circle /g)).toBe(3);
    expect(anzahl(m, /class='linie( ill)?'/g)).toBe(1); // 2020→2022 is cut by the break; 2022→2023 stays
    expect(m).toContain("<title>Gebiet A, 31.12.2022: 120 (Beispieldaten); Reihenbruch ab 31.12.2022</title>");
    expect(m).toContain("data-testid='reihenbruch'");
    expect(m).toMatch(/^<svg viewBox='0 0 720 300' class='linien-svg' role='img' aria-label='Liniendiagramm: Gebiet A'>/);
    expect(linienMarkup([punkt('2020-12-31', 1)], 360, 240, 'en')).toContain("class='linien-svg schmal'");
  });

  it('escapes names from the data in text and attributes', () => {
    const boese = `<script>alert("x")</script> & 'q'`;
    const m = linienMarkup([punkt('2020-12-31', 5, { reihe: `r'><b>`, reiheLabel: boese })], 720, 300, 'de');
    expect(m).not.toContain('<script>');
    expect(m).not.toContain('<b>');
    expect(m).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;q&#x27;');
    expect(m).toContain("data-reihe='r&#x27;&gt;&lt;b&gt;'");
  });

  it('writes coordinates to a hundredth and copes with long series', () => {
    const viele = Array.from({ length: 200_000 }, (_, i) => punkt(new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), i / 3));
    const m = linienMarkup(viele.slice(0, 7), 720, 300, 'de');
    for (const [, zahl] of m.matchAll(/(?:cx|cy|x1|y1|x2|y2)='([^']*)'/g)) expect(zahl).toMatch(/^-?\d+(\.\d{1,2})?$/);
    expect(() => linienMarkup(viele, 720, 300, 'de')).not.toThrow();
  });
});
