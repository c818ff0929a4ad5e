import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { readRegister } from './gebiete';

const stadt = { ags: '05999', name: 'Musterstadt' };
const head = 'sozialraum_id,sozialraum_name,wohnbereich_id,wohnbereich_name,lat_ca,lon_ca\n';

describe('readRegister', () => {
  it('builds city, Sozialräume and Wohnbereiche with their parents', () => {
    const { gebiete, problems } = readRegister(
      parseCsv(head + 'SR1,Mitte,WB11,City,51.68,7.81\nSR1,Mitte,WB12,Süd,51.66,7.81\nSR2,Westen,WB21,Nord,51.68,7.79\n'),
      'gebiete.csv',
      stadt,
    );
    expect(problems).toEqual([]);
    expect(gebiete.map((g) => [g.id, g.ebene, g.parent])).toEqual([
      ['05999', 'stadt', null],
      ['SR1', 'sozialraum', '05999'],
      ['SR2', 'sozialraum', '05999'],
      ['WB11', 'wohnbereich', 'SR1'],
      ['WB12', 'wohnbereich', 'SR1'],
      ['WB21', 'wohnbereich', 'SR2'],
    ]);
  });

  it('reports duplicate ids, contradicting names and bad coordinates with file and line', () => {
    const { problems } = readRegister(
      parseCsv(head + 'SR1,Mitte,WB11,City,51.68,7.81\nSR1,Zentrum,WB11,Süd,95,7.81\n'),
      'gebiete.csv',
      stadt,
    );
    const text = problems.map((p) => `${p.line}: ${p.message}`);
    expect(text).toEqual([
      expect.stringMatching(/^3: Spalte sozialraum_name: „Zentrum“ widerspricht „Mitte“ \(Zeile 2\)/),
      expect.stringMatching(/^3: Spalte wohnbereich_id: „WB11“ ist doppelt \(zuerst Zeile 2\)/),
    ]);
  });

  it('names missing columns', () => {
    const { problems } = readRegister(parseCsv('id,name\nA,B\n'), 'g.csv', stadt);
    expect(problems[0]?.message).toMatch(/Spalten fehlen: sozialraum_id/);
  });
});
