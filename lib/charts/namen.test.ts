import { describe, expect, it } from 'vitest';
import { laengstesWort, langeNamen } from './namen';

describe('names of a bar chart on a phone', () => {
  it('measures the longest run that cannot wrap (a hyphen or en dash ends one, and counts in it)', () => {
    expect(laengstesWort('Nordenfeldmark-Ost')).toBe(15);
    expect(laengstesWort('Bahnhof und Innenstadt Ost')).toBe(10);
    expect(laengstesWort('Süden westlich Werler Straße')).toBe(8);
    expect(laengstesWort('Bosnien–Herzegowina')).toBe(11);
    // Where a browser need not wrap: a slash, a non-breaking hyphen.
    expect(laengstesWort('Bosnien/Herzegowina')).toBe(19);
    expect(laengstesWort('Hamm\u2011Mitte')).toBe(10);
    expect(laengstesWort('')).toBe(0);
    expect(laengstesWort('  ')).toBe(0);
  });

  it('puts the names above the bars for a long name or a word longer than the label column holds', () => {
    expect(langeNamen(['Mitte', 'Heessen', 'Wiescherhöfen'])).toBe(false);
    expect(langeNamen(['Mitte', 'Mönchengladbach'])).toBe(true);
    expect(langeNamen(['City', 'Nordenfeldmark-Ost'])).toBe(true);
    expect(langeNamen(['Sprachförderung für Kinder in Kitas und Schulen'])).toBe(true);
    expect(langeNamen([])).toBe(false);
  });
});
