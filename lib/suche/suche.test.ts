import { describe, expect, it } from 'vitest';
import { normalisieren, suchen, trefferText, type Eintrag } from './suche';

const INDEX: Eintrag[] = [
  { t: 'Bockum-Hövel', u: '/gebiete/SR4/', a: 'gebiet', z: 'Sozialraum' },
  { t: 'Hövel-Mitte', u: '/gebiete/WB41/', a: 'gebiet', z: 'Wohnbereich in Bockum-Hövel' },
  { t: 'Mitte', u: '/gebiete/SR1/', a: 'gebiet', z: 'Sozialraum' },
  { t: 'Türkei', u: '/themen/staatsangehoerigkeiten/#zusammensetzung', a: 'staat', z: '4.215 am 31.12.2024', w: 'Turkey' },
  { t: 'Flüchtlinge', u: '/themen/fluechtlinge/', a: 'thema' },
  { t: 'Flüchtlinge je 1.000 Einwohner', u: '/karte/?indikator=fluechtlinge_je_1000', a: 'kennzahl' },
  { t: 'Straßen<script>', u: '/x/', a: 'seite' },
];
const titel = (q: string) => suchen(INDEX, q).map((e) => e.t);

describe('search', () => {
  it('normalises case, umlauts, ß and punctuation', () => {
    expect(normalisieren('Bockum-Hövel')).toBe('bockum hovel');
    expect(normalisieren('  STRASSE  Straße ')).toBe('strasse strasse');
  });

  it('finds an area by part of its name, best match first', () => {
    expect(titel('hövel')).toEqual(['Hövel-Mitte', 'Bockum-Hövel']);
    expect(titel('mitte')).toEqual(['Mitte', 'Hövel-Mitte']);
    expect(titel('bockum hovel')).toEqual(['Bockum-Hövel', 'Hövel-Mitte']);
  });

  it('finds by other words and context, topics before indicators on equal rank', () => {
    expect(titel('turkey')).toEqual(['Türkei']);
    expect(titel('flucht')).toEqual(['Flüchtlinge', 'Flüchtlinge je 1.000 Einwohner']);
    expect(titel('')).toEqual([]);
    expect(titel('gibtsnicht')).toEqual([]);
    expect(titel('strasse')).toEqual(['Straßen<script>']);
  });

  it('returns at most n', () => expect(suchen(INDEX, 'e', 2)).toHaveLength(2));
});

describe('trefferText', () => {
  const t = { keine: 'Keine Treffer', eins: '1 Treffer', viele: '{n} Treffer' };
  it('names none, one and many in the dictionary\'s words', () => {
    expect([0, 1, 2, 17].map((n) => trefferText(t, n))).toEqual(['Keine Treffer', '1 Treffer', '2 Treffer', '17 Treffer']);
  });
});
