import { describe, expect, it } from 'vitest';
import type { Kennzahl } from './published';
import { zusammenfassung } from './zusammenfassung';

const kz = (id: string, wert: number, p: Partial<Kennzahl> = {}): Kennzahl => ({ id, label: id, art: 'anzahl', wert, zeichen: null, stichtag: '2024-12-31', quellen: [], illustrativ: false, vorher: null, ...p });

describe('zusammenfassung', () => {
  it('writes sentences from the figures and marks illustrative ones', () => {
    const s = zusammenfassung(
      [
        kz('einwohner', 179968, { vorher: { wert: 179380, stichtag: '2023-12-31', illustrativ: false } }),
        kz('auslaender', 35810),
        kz('anteil_auslaender', 19.9, { art: 'prozent' }),
        kz('anteil_mh', 37.5, { art: 'prozent', illustrativ: true }),
      ],
      'Hamm',
    );
    expect(s).toEqual([
      { text: 'Am 31.12.2024 lebten in Hamm 179.968 Menschen, 588 mehr als am 31.12.2023.', illustrativ: false },
      { text: '35.810 von ihnen hatten keine deutsche Staatsangehörigkeit – 19,9 % der Bevölkerung (Stand 31.12.2024).', illustrativ: false },
      { text: 'Etwa jede dritte Person hat einen Migrationshintergrund (37,5 %, Stand 31.12.2024).', illustrativ: true },
    ]);
  });
});
