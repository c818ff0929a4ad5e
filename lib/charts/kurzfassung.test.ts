import { describe, expect, it } from 'vitest';
import type { Punkt } from '../themen/model';
import { kurzfassung } from './kurzfassung';

const p = (x: string, reihe: string, wert: number | null, o: Partial<Punkt> = {}): Punkt => ({
  x,
  xLabel: x,
  reihe,
  reiheLabel: reihe === 'a' ? 'Anteil' : reihe,
  wert,
  zeichen: wert === null ? 'geheim' : null,
  einheit: 'Prozent',
  illustrativ: false,
  quelle: 'q',
  stichtag: x,
  ...o,
});

describe('kurzfassung', () => {
  it('says how a series went from its first to its last value, marking illustrative values', () => {
    expect(kurzfassung([p('2017-05-31', 'a', 29.7), p('2024-12-31', 'a', 31.2, { illustrativ: true })], 'linie')).toBe(
      'Anteil stieg von 29,7 % (31.05.2017) auf 31,2 % (31.12.2024, Beispieldaten).',
    );
    expect(kurzfassung([p('2017-05-31', 'a', 30), p('2024-12-31', 'a', 28)], 'linie')).toBe('Anteil sank von 30,0 % (31.05.2017) auf 28,0 % (31.12.2024).');
  });

  it('does not call a change across a break in series a rise or fall', () => {
    const bruch = { stichtag: '2024-12-31', text: 'Zensus' };
    expect(kurzfassung([p('2017-05-31', 'a', 30), p('2024-12-31', 'a', 28, { bruch })], 'linie')).toBe(
      'Anteil von 30,0 % (31.05.2017) zu 28,0 % (31.12.2024); dazwischen ein Reihenbruch (31.12.2024): nicht direkt vergleichbar.',
    );
  });

  it('names the highest and lowest bar and how many are withheld', () => {
    const bars = [p('Nord', 's', 12), p('Süd', 's', 3.5, { illustrativ: true }), p('Mitte', 's', null)];
    expect(kurzfassung(bars, 'balken')).toBe('3 Werte. Höchster Wert: Nord mit 12,0 %; niedrigster: Süd mit 3,5 % (Beispieldaten). 1 Wert ist aus Datenschutzgründen nicht ausgewiesen.');
  });

  it('gives each stack its total and largest part, or says the total is withheld', () => {
    const st = [p('A', 'x', 40, { einheit: 'Anzahl' }), p('A', 'y', 5, { einheit: 'Anzahl' }), p('B', 'x', null, { einheit: 'Anzahl' }), p('B', 'y', 3, { einheit: 'Anzahl' })];
    expect(kurzfassung(st, 'stapel')).toBe('A: 45, größter Teil x (40). B: Summe nicht ausgewiesen (ein Teil ist geheim oder unbekannt).');
  });
});
