import { describe, expect, it } from 'vitest';
import type { DatensatzDatei, Gebiet } from '../published';
import { neu, revisionen } from './neu';

const datei = (werte: DatensatzDatei['werte']): DatensatzDatei => ({
  datensatz: 'fluechtlinge',
  titel: 'Flüchtlinge',
  beschreibung: '',
  merkmale: [],
  stichtage: [...new Set(werte.map((w) => w[0]))].sort(),
  brueche: [],
  werte,
});
const istIll = (q: string) => q === 'bsp';
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
    // Only against the same dataset's earlier values; a dataset published for the first time revises nothing.
    expect(revisionen([{ ...alt, datensatz: 'bevoelkerung' }], [jetzt])).toEqual([]);
    expect(revisionen([], [jetzt])).toEqual([]);
  });

  it('lists per Stichtag, newest first, the datasets, the largest changes and the revisions, and keeps earlier revisions', () => {
    const revs = revisionen([alt], [jetzt]);
    const n = neu([jetzt], gebiete, 'C', istIll, revs);
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
    expect(e24?.aenderungen.map((a) => [a.vorherIllustrativ, a.jetztIllustrativ])).toEqual([
      [false, false],
      [false, false],
      [true, true],
      [true, true],
    ]);
    // a later run without new revisions carries the earlier ones over
    expect(neu([jetzt], gebiete, 'C', istIll, [], n)).toEqual(n);
  });

  it('reports no change across a break in series, nor between an official and an illustrative value', () => {
    const mitBruch = { ...jetzt, brueche: [{ merkmale: ['insgesamt'], stichtag: '2024-12-31', art: 'zensus' as const, beschreibung: 'neue Basis' }] };
    const [e24] = neu([mitBruch], gebiete, 'C', istIll, []).eintraege;
    expect(e24?.aenderungen.map((a) => a.merkmal)).toEqual(['geduldet']);
    expect(e24?.brueche).toEqual([{ datensatz: 'fluechtlinge', merkmale: ['insgesamt'], art: 'zensus', beschreibung: 'neue Basis' }]);
    const gemischt = datei(jetzt.werte.map((w): DatensatzDatei['werte'][number] => (w[0] === '2024-12-31' && w[1] === 'C' && w[2] === 'insgesamt' ? [w[0], w[1], w[2], w[3], w[4], 'bsp'] : w)));
    expect(neu([gemischt], gebiete, 'C', istIll, []).eintraege[0]?.aenderungen.some((a) => a.gebiet === 'C' && a.merkmal === 'insgesamt')).toBe(false);
  });
});
