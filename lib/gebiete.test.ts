import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { readRegister, registerSpalten } from './gebiete';

const zwei = [
  { id: 'sozialraum', singular: 'Sozialraum', plural: 'Sozialräume' },
  { id: 'wohnbereich', singular: 'Wohnbereich', plural: 'Wohnbereiche' },
];
const stadt = { ags: '05999', name: 'Musterstadt', ebenen: zwei };
const head = registerSpalten(zwei).join(',') + '\n';

describe('readRegister', () => {
  it('builds city, Sozialräume and Wohnbereiche with their parents', () => {
    expect(head).toBe('sozialraum_id,sozialraum_name,wohnbereich_id,wohnbereich_name,lat_ca,lon_ca\n');
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

  it('reads one level and three levels named in the configuration', () => {
    const eine = [{ id: 'bezirk', singular: 'Bezirk', plural: 'Bezirke' }];
    const r1 = readRegister(parseCsv('bezirk_id,bezirk_name,lat_ca,lon_ca\nB1,Nord,51.7,7.8\nB2,Süd,51.6,7.8\n'), 'g.csv', { ...stadt, ebenen: eine });
    expect(r1.problems).toEqual([]);
    expect(r1.gebiete.map((g) => [g.id, g.ebene, g.parent, g.lat])).toEqual([
      ['05999', 'stadt', null, null],
      ['B1', 'bezirk', '05999', 51.7],
      ['B2', 'bezirk', '05999', 51.6],
    ]);
    const drei = [...eine, { id: 'stadtteil', singular: 'Stadtteil', plural: 'Stadtteile' }, { id: 'block', singular: 'Block', plural: 'Blöcke' }];
    const csv = `${registerSpalten(drei).join(',')}\nB1,Nord,T1,Alt,K1,A,51.7,7.8\nB1,Nord,T1,Alt,K2,B,51.7,7.8\nB1,Nord,T2,Neu,K3,C,,\n`;
    const r3 = readRegister(parseCsv(csv), 'g.csv', { ...stadt, ebenen: drei });
    expect(r3.problems).toEqual([]);
    expect(r3.gebiete.map((g) => `${g.id}<${g.parent ?? ''}`)).toEqual(['05999<', 'B1<05999', 'T1<B1', 'T2<B1', 'K1<T1', 'K2<T1', 'K3<T2']);
  });

  it('reports duplicate ids, contradicting names and bad coordinates with file and line', () => {
    const { problems } = readRegister(
      parseCsv(head + 'SR1,Mitte,WB11,City,51.68,7.81\nSR1,Zentrum,WB11,Süd,95,7.81\nWB11,X,WB30,Y,95,7.81\nSR2,Z,WB31,,51.6,7.8\n'),
      'gebiete.csv',
      stadt,
    );
    const text = problems.map((p) => `${p.line}: ${p.message}`);
    expect(text).toEqual([
      expect.stringMatching(/^3: Spalte sozialraum_name: „Zentrum“ widerspricht „Mitte“ \(Zeile 2\)/),
      expect.stringMatching(/^3: Spalte wohnbereich_id: „WB11“ ist doppelt \(zuerst Zeile 2\)/),
      '4: Spalte sozialraum_id: „WB11“ ist schon als Wohnbereich vergeben (Zeile 2)',
      '5: Spalte wohnbereich_name: leer',
    ]);
  });

  it('reports an area placed in two different parents', () => {
    const drei = [...zwei, { id: 'block', singular: 'Block', plural: 'Blöcke' }];
    const csv = `${registerSpalten(drei).join(',')}\nS1,A,W1,B,K1,C,,\nS2,D,W1,B,K2,E,,\n`;
    const { problems } = readRegister(parseCsv(csv), 'g.csv', { ...stadt, ebenen: drei });
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['3: Spalte wohnbereich_id: W1 liegt in Zeile 2 in S1, hier in S2']);
  });

  it('names missing columns', () => {
    const { problems } = readRegister(parseCsv('id,name\nA,B\n'), 'g.csv', stadt);
    expect(problems[0]?.message).toMatch(/Spalten fehlen: sozialraum_id/);
  });
});
