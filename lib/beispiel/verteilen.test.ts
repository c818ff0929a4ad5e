import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { readRegister, registerSpalten } from '../gebiete';
import { beispielVerteilung, type StadtWert } from './verteilen';

const ebenen = [
  { id: 'bezirk', singular: 'Bezirk', plural: 'Bezirke' },
  { id: 'block', singular: 'Block', plural: 'Blöcke' },
];
const register = `${registerSpalten(ebenen).join(',')}\nW,West,W1,A,,\nW,West,W2,B,,\nO,Ost,O1,C,,\nO,Ost,O2,D,,\nO,Ost,O3,E,,\n`;
const { gebiete } = readRegister(parseCsv(register), 'g.csv', { ags: '05998', name: 'Neustadt', ebenen });

// A municipality's official figures (as its GENESIS exports give them).
const stadt: StadtWert[] = [
  { datensatz: 'bevoelkerung', merkmal: 'einwohner', wert: 50000 },
  { datensatz: 'bevoelkerung', merkmal: 'maennlich', wert: 24500 },
  { datensatz: 'bevoelkerung', merkmal: 'weiblich', wert: 25500 },
  { datensatz: 'bevoelkerung', merkmal: 'flaeche_km2', wert: 40.5 },
  { datensatz: 'staatsangehoerigkeiten', merkmal: 'auslaender_insgesamt', wert: 6000 },
  { datensatz: 'staatsangehoerigkeiten', merkmal: '1', wert: 2500 },
  { datensatz: 'staatsangehoerigkeiten', merkmal: '163', wert: 1800 },
  { datensatz: 'zuwanderung-suedosteuropa', merkmal: 'bulgarien', wert: 300 },
  { datensatz: 'zuwanderung-suedosteuropa', merkmal: 'rumaenien', wert: 450 },
];

describe('beispielVerteilung', () => {
  const werte = beispielVerteilung(stadt, gebiete, 42);
  const w = (gebiet: string, merkmal: string) => werte.find((x) => x.gebiet === gebiet && x.merkmal === merkmal)?.wert ?? NaN;
  const fein = ['W1', 'W2', 'O1', 'O2', 'O3'];

  it('splits each official count over the finest areas so they sum to it, and coarser areas sum their parts', () => {
    for (const s of stadt.filter((x) => Number.isInteger(x.wert))) expect(fein.reduce((sum, g) => sum + w(g, s.merkmal), 0), s.merkmal).toBe(s.wert);
    expect(w('W', 'einwohner')).toBe(w('W1', 'einwohner') + w('W2', 'einwohner'));
    expect(w('O', 'rumaenien')).toBe(w('O1', 'rumaenien') + w('O2', 'rumaenien') + w('O3', 'rumaenien'));
    expect(werte.some((x) => x.merkmal === 'flaeche_km2')).toBe(false);
    expect(werte.some((x) => x.gebiet === '05998')).toBe(false);
  });

  it('keeps every sum rule in every area: parts equal or within their total', () => {
    for (const g of [...fein, 'W', 'O']) {
      expect(w(g, 'maennlich') + w(g, 'weiblich')).toBe(w(g, 'einwohner'));
      expect(w(g, 'auslaender_insgesamt')).toBeLessThanOrEqual(w(g, 'einwohner'));
      expect(w(g, '1')).toBeLessThanOrEqual(w(g, 'auslaender_insgesamt'));
      expect(w(g, '163')).toBeLessThanOrEqual(w(g, '1'));
      expect(w(g, 'bulgarien') + w(g, 'rumaenien')).toBeLessThanOrEqual(w(g, 'auslaender_insgesamt'));
    }
  });

  it('is the same for the same seed and differs for another', () => {
    expect(beispielVerteilung(stadt, gebiete, 42)).toEqual(werte);
    expect(beispielVerteilung(stadt, gebiete, 43)).not.toEqual(werte);
  });
});
