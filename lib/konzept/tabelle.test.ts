import { describe, expect, it } from 'vitest';
import { konzepteSchema } from './schema';
import { finanzierungPunkte, massnahmenPunkte } from './punkte';
import { kostenNachFinanzierung, massnahmenZeilen } from './tabelle';

const [k] = konzepteSchema.parse({
  konzepte: [
    {
      id: 'k',
      titel: 'K',
      beschluss: { datum: '2020-01-01' },
      quellen: [{ titel: 'Q' }],
      massnahmen: [
        { nr: '1', titel: 'A', kosten_eur_jahr: 100, finanzierung: ['kommunal'] },
        { nr: '2', titel: 'B', kosten_eur_jahr: 50, finanzierung: ['land', 'kommunal'] },
        { nr: '3', titel: 'C', kosten_eur_jahr: 70, finanzierung: ['kommunal', 'land'] },
        { nr: '4', titel: 'D', kosten_eur_jahr: 30 },
        { nr: '5', titel: 'E', kosten_eur_einmalig: 900, finanzierung: ['bund'] },
      ],
    },
  ],
}).konzepte;

describe('measures as a table and by funding', () => {
  it('sums annual amounts by the stated combination of funders, never splitting one; unstated counts as municipal; one-off amounts apart', () => {
    expect(kostenNachFinanzierung(k!)).toEqual([
      { finanzierung: ['kommunal'], summe: 130, anzahl: 2 },
      { finanzierung: ['kommunal', 'land'], summe: 120, anzahl: 2 },
    ]);
    const p = finanzierungPunkte(k!, 'Ansatz', (f) => f.toUpperCase());
    expect(p.map((x) => [x.x, x.xLabel, x.wert, x.einheit, x.stichtag])).toEqual([
      ['kommunal', 'KOMMUNAL', 130, 'Euro', '2020-01-01'],
      ['kommunal+land', 'KOMMUNAL + LAND', 120, 'Euro', '2020-01-01'],
    ]);
  });

  it('charts the measures with an annual amount, largest first, numbered labels', () => {
    expect(massnahmenPunkte(k!, 'Ansatz').map((p) => [p.xLabel, p.wert])).toEqual([
      ['1. A', 100],
      ['3. C', 70],
      ['2. B', 50],
      ['4. D', 30],
    ]);
    // On a slide: the largest n and the others as one bar (never a lone "others" of one measure).
    const weitere = (n: number) => `übrige ${n}`;
    expect(massnahmenPunkte(k!, 'Ansatz', { n: 2, weitere }).map((p) => [p.x, p.xLabel, p.wert])).toEqual([
      ['1', '1. A', 100],
      ['3', '3. C', 70],
      ['weitere', 'übrige 2', 80],
    ]);
    expect(massnahmenPunkte(k!, 'Ansatz', { n: 3, weitere })).toHaveLength(4);
  });

  it('one row per measure in the order of the file, positions from 1, empty where the file says nothing', () => {
    const z = massnahmenZeilen([k!]);
    expect(z.map((r) => [r.position, r.nr, r.kosten_eur_jahr, r.kosten_eur_einmalig, r.finanzierung])).toEqual([
      [1, '1', 100, null, 'kommunal'],
      [2, '2', 50, null, 'land | kommunal'],
      [3, '3', 70, null, 'kommunal | land'],
      [4, '4', 30, null, ''],
      [5, '5', null, 900, 'bund'],
    ]);
  });
});
