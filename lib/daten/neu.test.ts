import { describe, expect, it } from 'vitest';
import type { DatensatzDatei, Gebiet } from '../published';
import { neu, revisionen } from './neu';

const datei = (werte: DatensatzDatei['werte']): DatensatzDatei => ({
  datensatz: 'fluechtlinge',
  titel: 'Flüchtlinge',
  beschreibung: '',
  merkmale: [],
  stichtage: [...new Set(werte.map((w) => w[0]))].sort(),
  werte,
});
const gebiete = [
  { id: 'C', name: 'C', ebene: 'stadt', parent: null },
  { id: 'S1', name: 'S1', ebene: 'sozialraum', parent: 'C' },
  { id: 'S2', name: 'S2', ebene: 'sozialraum', parent: 'C' },
] as Gebiet[];

const alt = datei([
  ['2023-12-31', 'C', 'insgesamt', 1000, null, 'amt'],
  ['2023-12-31', 'S1', 'insgesamt', 600, null, 'bsp'],
  ['2023-12-31', 'S2', 'insgesamt', 400, null, 'bsp'],
  ['2023-12-31', 'C', 'geduldet', 100, null, 'amt'],
]);
const jetzt = datei([
  ...alt.werte.map((w): DatensatzDatei['werte'][number] => (w[2] === 'geduldet' ? [w[0], w[1], w[2], 110, null, w[5]] : w)),
  ['2024-12-31', 'C', 'insgesamt', 1300, null, 'amt'],
  ['2024-12-31', 'S1', 'insgesamt', 610, null, 'bsp'],
  ['2024-12-31', 'S2', 'insgesamt', 690, null, 'bsp'],
  ['2024-12-31', 'C', 'geduldet', 90, null, 'amt'],
]);

describe('release notes', () => {
  it('names values that changed since they were published, and only those', () => {
    expect(revisionen([alt], [jetzt])).toEqual([{ datensatz: 'fluechtlinge', stichtag: '2023-12-31', gebiet: 'C', merkmal: 'geduldet', alt: 100, neu: 110 }]);
    expect(revisionen([jetzt], [jetzt])).toEqual([]);
  });

  it('lists per Stichtag, newest first, the datasets, the largest changes and the revisions, and keeps earlier revisions', () => {
    const revs = revisionen([alt], [jetzt]);
    const n = neu([jetzt], gebiete, 'C', new Set(['bsp']), revs);
    expect(n.eintraege.map((e) => e.stichtag)).toEqual(['2024-12-31', '2023-12-31']);
    const [e24, e23] = n.eintraege;
    expect(e24?.datensaetze).toEqual(['fluechtlinge']);
    expect(e24?.aenderungen.map((a) => [a.gebiet, a.merkmal, a.vorher, a.jetzt, a.illustrativ])).toEqual([
      ['C', 'insgesamt', 1000, 1300, false],
      ['C', 'geduldet', 110, 90, false],
      ['S2', 'insgesamt', 400, 690, true],
      ['S1', 'insgesamt', 600, 610, true],
    ]);
    expect(e23?.revisionen).toEqual(revs);
    // a later run without new revisions carries the earlier ones over
    expect(neu([jetzt], gebiete, 'C', new Set(['bsp']), [], n)).toEqual(n);
  });
});
