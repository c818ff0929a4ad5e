import { describe, expect, it } from 'vitest';
import type { Kennzahl } from './published';
import { anteilInWorten, zusammenfassung } from './zusammenfassung';

const kz = (id: string, wert: number, p: Partial<Kennzahl> = {}): Kennzahl => ({ id, label: id, art: 'anzahl', wert, zeichen: null, stichtag: '2024-12-31', quellen: [], illustrativ: false, vorher: null, ...p });

describe('zusammenfassung', () => {
  it('writes sentences from the figures, each with its own Stand, and marks illustrative ones in words', () => {
    const s = zusammenfassung(
      [
        kz('einwohner', 179968, { vorher: { wert: 179380, stichtag: '2023-12-31', illustrativ: false } }),
        kz('auslaender', 35810),
        kz('anteil_auslaender', 19.9, { art: 'prozent' }),
        kz('anteil_mh', 37.5, { art: 'prozent', illustrativ: true }),
      ],
      'Musterstadt',
    );
    expect(s).toEqual([
      { text: 'Am 31.12.2024 lebten in Musterstadt 179.968 Menschen, 588 mehr als am 31.12.2023.', illustrativ: false },
      { text: '35.810 von ihnen hatten keine deutsche Staatsangehörigkeit – 19,9 % der Bevölkerung (Stand 31.12.2024).', illustrativ: false },
      { text: 'Etwa drei von acht Personen haben einen Migrationshintergrund (37,5 %, Stand 31.12.2024) – Beispieldaten, keine amtliche Zahl.', illustrativ: true },
    ]);
  });

  it('states no change across a break in series or against an illustrative value', () => {
    const bruch = zusammenfassung([kz('einwohner', 179380, { vorher: { wert: 180849, stichtag: '2022-12-31', illustrativ: false }, ohneVorperiode: 'Reihenbruch' })], 'X');
    expect(bruch[0]?.text).toBe('Am 31.12.2024 lebten in X 179.380 Menschen.');
    const ill = zusammenfassung([kz('einwohner', 179380, { vorher: { wert: 180000, stichtag: '2022-12-31', illustrativ: true } })], 'X');
    expect(ill[0]?.text).toBe('Am 31.12.2024 lebten in X 179.380 Menschen.');
  });

  it('marks a sentence illustrative when any figure it combines is', () => {
    const s = zusammenfassung([kz('auslaender', 100), kz('anteil_auslaender', 10, { art: 'prozent', illustrativ: true })], 'X');
    expect(s[0]?.illustrativ).toBe(true);
  });
});

describe('anteilInWorten', () => {
  it('names the nearest simple fraction within one point, else a lower bound', () => {
    expect(anteilInWorten(37.5)).toEqual({ text: 'Etwa drei von acht Personen', plural: true });
    expect(anteilInWorten(29.7)).toEqual({ text: 'Etwa drei von zehn Personen', plural: true });
    expect(anteilInWorten(33.1)).toEqual({ text: 'Etwa jede dritte Person', plural: false });
    expect(anteilInWorten(50.4)).toEqual({ text: 'Etwa jede zweite Person', plural: false });
    expect(anteilInWorten(51.6)).toEqual({ text: 'Mehr als jede zweite Person', plural: false });
    expect(anteilInWorten(36)).toEqual({ text: 'Mehr als jede dritte Person', plural: false });
    expect(anteilInWorten(19.9)).toEqual({ text: 'Etwa jede fünfte Person', plural: false });
    expect(anteilInWorten(4.2)).toEqual({ text: '4,2 % der Menschen', plural: true });
  });

  it('never claims more than the share: "mehr als 1/n" only when the share exceeds 1/n', () => {
    for (let p = 0.5; p < 100; p += 0.1) {
      const t = anteilInWorten(p).text;
      const m = /Mehr als jede (\S+)/.exec(t);
      if (m) expect(p).toBeGreaterThan(100 / (['', '', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte'].indexOf(m[1] as string)));
    }
  });
});

describe('summary in English', () => {
  it('writes the same figures in English formats and words, marks illustrative ones', () => {
    const s = zusammenfassung(
      [
        kz('einwohner', 179968, { vorher: { wert: 179380, stichtag: '2023-12-31', illustrativ: false } }),
        kz('anteil_mh', 29.7, { art: 'prozent', stichtag: '2017-05-31' }),
        kz('fluechtlinge', 60, { illustrativ: true }),
      ],
      'Musterstadt',
      'en',
    );
    expect(s.map((x) => x.text)).toEqual([
      'On 31 Dec 2024, 179,968 people lived in Musterstadt, 588 more than on 31 Dec 2023.',
      'About three in ten people have a migration background (Migrationshintergrund; 29.7%, as of 31 May 2017).',
      '60 refugees lived in the city (as of 31 Dec 2024) – example data, not an official figure.',
    ]);
  });

  it("names the municipality's own group of refugee statuses, in either language", () => {
    const fl = kz('fluechtlinge', 60, { teile: [kz('anerkannt', 40), kz('asyl_mit_bleibeperspektive', 5), kz('geduldet', 15)] });
    const gruppe = { label: 'Gruppe A', teile: ['anerkannt', 'asyl_mit_bleibeperspektive'] };
    expect(zusammenfassung([fl], 'X', 'de', gruppe)[0]?.text).toBe('60 Flüchtlinge lebten in der Stadt (Stand 31.12.2024); 45 von ihnen zählt die Kommune zur Gruppe „Gruppe A“.');
    expect(zusammenfassung([fl], 'X', 'en', gruppe)[0]?.text).toBe('60 refugees lived in the city (as of 31 Dec 2024); the municipality counts 45 of them in its group “Gruppe A”.');
    expect(zusammenfassung([fl], 'X', 'de')[0]?.text).toBe('60 Flüchtlinge lebten in der Stadt (Stand 31.12.2024).');
  });
});
