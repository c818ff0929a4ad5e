import { describe, expect, it } from 'vitest';
import { parseGenesis } from '../genesis/parse';
import { gruppen, vergleichAus, vergleichCsv } from './regionen';

const EXPORT_12521 = [
  'Tabelle: 12521-03i',
  'Ausländische Bevölkerung',
  ';;;;;Ausländische Bevölkerung;Ausländische Bevölkerung;Ausländische Bevölkerung',
  ';;;;;Insgesamt;männlich;weiblich',
  '31.12.2024;05;Testland;1;Europa;1000;500;500',
  '31.12.2024;05;Testland;125;  Bulgarien;100;50;50',
  '31.12.2024;05;Testland;154;  Rumänien;50;25;25',
  '31.12.2024;05;Testland;2;Afrika;200;100;100',
  '31.12.2024;05901;    Musterstadt, krfr. Stadt;1;Europa;300;150;150',
  '31.12.2024;05901;    Musterstadt, krfr. Stadt;125;  Bulgarien;30;15;15',
  '31.12.2024;05901;    Musterstadt, krfr. Stadt;154;  Rumänien;10;5;5',
  '31.12.2024;05902;    Beispielkreis, Kreis;1;Europa;100;50;50',
  '31.12.2024;05902;    Beispielkreis, Kreis;125;  Bulgarien;1;1;0',
  '31.12.2024;05902;    Beispielkreis, Kreis;154;  Rumänien;0;0;0',
  '31.12.2024;05903;    Ganzregion (einschl. Stadt Teilstadt);1;Europa;50;25;25',
  '31.12.2024;05904;    Teilstadt, krfr. Stadt;1;Europa;-;-;-',
].join('\n');
const EXPORT_12411 = [
  'Tabelle: 12411-15i',
  'Bevölkerung',
  ';;;Fortschreibung des Bevölkerungsstandes;Flächenerhebung;Fortschreibung',
  ';;;Bevölkerungsstand;Bodenfläche in qkm;Dichte',
  ';;;Anzahl;qkm;EW pro qkm',
  '31.12.2024;05;Testland;10000;100,0;100,0',
  '31.12.2024;05901;    Musterstadt, krfr. Stadt;2000;10,0;200,0',
  '31.12.2024;05902;    Beispielkreis, Kreis;4000;50,0;80,0',
  '31.12.2024;05903;    Ganzregion (einschl. Stadt Teilstadt);1000;10,0;100,0',
  '31.12.2024;05904;    Teilstadt, krfr. Stadt;-;-;-',
  '31.12.2024;05901000;      Musterstadt, Stadt;2000;10,0;200,0',
].join('\n');
const tab = (t: string) => ({ table: parseGenesis(t).table!, path: 'x.csv' });

describe('vergleichAus', () => {
  const v = vergleichAus([tab(EXPORT_12521), tab(EXPORT_12411)], '05901', ['05902', '05901', '09999'])!;

  it('reads every region of the exports once, never Gemeinden, with shares from the same date', () => {
    expect(v.regionen.map((r) => [r.ags, r.name, r.typ, r.einwohner, r.auslaender, r.eu2])).toEqual([
      ['05', 'Testland', 'Land', 10000, 1200, 150],
      ['05901', 'Musterstadt', 'kreisfreie Stadt', 2000, 300, 40],
      ['05902', 'Kreis Beispielkreis', 'Kreis', 4000, 100, 1],
      ['05903', 'Ganzregion (einschl. Stadt Teilstadt)', 'Kreis', 1000, 50, null],
      ['05904', 'Teilstadt', 'kreisfreie Stadt', 0, 0, null],
    ]);
    expect(v.auswahl).toEqual(['05902', '05901']);
    expect(v.regionen.find((r) => r.ags === '05904')?.teilVon).toBe('05903');
  });

  it('groups peers: all (without parts counted in a whole), the own type, the configured list', () => {
    expect(gruppen(v).map((g) => [g.id, g.regionen.map((r) => r.ags)])).toEqual([
      ['alle', ['05901', '05902', '05903']],
      ['typ', ['05901']],
      ['auswahl', ['05902', '05901']],
    ]);
    expect(vergleichCsv(v).split('\r\n')[2]).toBe('2024-12-31,05901,Musterstadt,kreisfreie Stadt,2000,300,15,40,20,Bulgarien,genesis-12411-15i genesis-12521-03i,amtlich');
  });

  it('is null when the exports hold the municipality alone', () => {
    expect(vergleichAus([tab(EXPORT_12521.split('\n').filter((z) => !/;05(;|90[234])/.test(z)).join('\n'))], '05901', [])).toBeNull();
  });
});
