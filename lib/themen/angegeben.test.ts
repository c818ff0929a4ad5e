import { describe, expect, it } from 'vitest';
import type { DatensatzDatei } from '../published';
import { abweichendeAnteile } from './angegeben';

const datei = (werte: DatensatzDatei['werte']): DatensatzDatei => ({ datensatz: 'migrationshintergrund', titel: '', beschreibung: '', merkmale: [], stichtage: [], brueche: [], werte });

describe('abweichendeAnteile', () => {
  it('names a stated share that its own counts do not give, and only such', () => {
    const mh = datei([
      ['2017-05-31', 'S', 'mit_mh', 300, null, 'q'],
      ['2017-05-31', 'S', 'anteil_mh_angegeben', 34, null, 'q'],
      ['2018-12-31', 'S', 'mit_mh', 340, null, 'q'],
      ['2018-12-31', 'S', 'anteil_mh_angegeben', 34, null, 'q'],
    ]);
    const bev = datei([
      ['2017-05-31', 'S', 'einwohner', 1000, null, 'q'],
      ['2018-12-31', 'S', 'einwohner', 1000, null, 'q'],
    ]);
    expect(abweichendeAnteile(mh, bev, 'S', 'anteil_mh_angegeben', 'mit_mh')).toEqual([{ stichtag: '2017-05-31', angegeben: 34, berechnet: 30, zaehler: 300, nenner: 1000, quelle: 'q' }]);
  });
});
