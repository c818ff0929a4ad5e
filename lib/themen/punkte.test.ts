import { describe, expect, it } from 'vitest';
import type { KompaktDaten, Punkt } from './model';
import { aufschluesselung, rang, rangliste, stadtZeitreihe, statusPunkte, vergleich, zeitreihe } from './punkte';
import { pivot, punkteCsv } from './tabelle';
import { csvField } from '../csvout';

const k: KompaktDaten = {
  stichtage: ['2023-12-31', '2024-12-31'],
  gebiete: [
    { id: 'S', name: 'Stadt', ebene: 'stadt', parent: null, flaeche: null },
    { id: 'A', name: 'Nord', ebene: 'sozialraum', parent: 'S', flaeche: 10 },
    { id: 'B', name: 'Süd', ebene: 'sozialraum', parent: 'S', flaeche: 20 },
    { id: 'C', name: 'Ost', ebene: 'sozialraum', parent: 'S', flaeche: 5 },
  ],
  werte: {
    einwohner: { S: { '2024-12-31': [3000, null, 'amt'] }, A: { '2024-12-31': [1000, null, 'bsp'] }, B: { '2024-12-31': [1500, null, 'bsp'] }, C: { '2024-12-31': [500, null, 'bsp'] } },
    insgesamt: {
      S: { '2023-12-31': [50, null, 'amt'], '2024-12-31': [60, null, 'amt'] },
      A: { '2024-12-31': [30, null, 'bsp'] },
      B: { '2024-12-31': [null, '.', 'bsp'] },
      C: { '2024-12-31': [30, null, 'bsp'] },
    },
    auslaender_insgesamt: { S: { '2024-12-31': [200, null, 'amt'] } },
    '1': { S: { '2024-12-31': [150, null, 'amt'] } },
    '4': { S: { '2024-12-31': [50, null, 'amt'] } },
    '125': { S: { '2024-12-31': [80, null, 'amt'] } },
    '163': { S: { '2024-12-31': [60, null, 'amt'] } },
    '475': { S: { '2024-12-31': [40, null, 'amt'] } },
    anerkannt: { S: { '2024-12-31': [40, null, 'amt'] } },
    asyl_mit_bleibeperspektive: { S: { '2024-12-31': [5, null, 'amt'] } },
    asyl_ohne_bleibeperspektive: { S: { '2024-12-31': [10, null, 'amt'] } },
    geduldet: { S: { '2024-12-31': [5, null, 'amt'] } },
  },
  labels: { insgesamt: 'Flüchtlinge', '125': 'Bulgarien', '163': 'Türkei', '475': 'Syrien', '1': 'Europa', '4': 'Asien' },
  illustrativeQuellen: ['bsp'],
};

describe('zeitreihe', () => {
  it('has one point per Stichtag with a value', () => {
    expect(zeitreihe(k, 'S', [{ merkmal: 'insgesamt' }]).map((p) => [p.xLabel, p.wert, p.illustrativ])).toEqual([
      ['31.12.2023', 50, false],
      ['31.12.2024', 60, false],
    ]);
  });
});

describe('stadtZeitreihe', () => {
  it('keeps the city to its own values and shows the areas’ sum as a series of its own where the city has none', () => {
    const punkte = stadtZeitreihe({ ...k, werte: { ...k.werte, einwohner: { ...k.werte.einwohner, S: {} } } }, 'S', [{ merkmal: 'einwohner', label: 'Einwohner' }]);
    expect(punkte.map((p) => [p.reihe, p.reiheLabel, p.stichtag, p.wert, p.illustrativ])).toEqual([['einwohner:gebiete', 'Einwohner: Summe der Gebiete', '2024-12-31', 3000, true]]);
    expect(stadtZeitreihe(k, 'S', [{ merkmal: 'einwohner' }]).map((p) => p.reihe)).toEqual(['einwohner']);
  });
});

describe('breaks in series', () => {
  it('marks the first point after a break, for shares also a break of the population', () => {
    const mit = { ...k, brueche: [{ stichtag: '2024-12-31', merkmale: ['einwohner'], art: 'zensus', beschreibung: 'neue Basis' }], werte: { ...k.werte, einwohner: { S: { '2023-12-31': [2900, null, 'amt'], '2024-12-31': [3000, null, 'amt'] } } } } as KompaktDaten;
    expect(zeitreihe(mit, 'S', [{ merkmal: 'insgesamt' }]).map((p) => p.bruch)).toEqual([undefined, undefined]);
    expect(zeitreihe(mit, 'S', [{ merkmal: 'insgesamt' }], { art: 'anteil', faktor: 1000 }).map((p) => p.bruch?.text)).toEqual([undefined, 'Reihenbruch ab 31.12.2024 – Zensus-Umstellung: neue Basis']);
    expect(zeitreihe(mit, 'S', [{ merkmal: 'einwohner' }]).at(-1)?.bruch?.stichtag).toBe('2024-12-31');
  });
});

describe('vergleich', () => {
  it('ranks areas per 1,000 inhabitants, withheld last, city as reference', () => {
    const v = vergleich(k, 'S', 'sozialraum', '2024-12-31', 'insgesamt', { art: 'anteil', faktor: 1000 });
    expect(v.punkte.map((p) => [p.x, p.wert, p.zeichen])).toEqual([
      ['C', 60, null],
      ['A', 30, null],
      ['B', null, '.'],
    ]);
    expect(v.punkte[0]?.illustrativ).toBe(true);
    expect(v.referenz).toEqual({ stadt: true, label: 'Stadt insgesamt', wert: 20, illustrativ: false, quelle: 'amt' });
    expect(rang(v, 'A')).toEqual({ rang: 2, von: 2, illustrativ: true });
    expect(rang(v, 'B')).toBeNull();
  });

  it('uses the average per area as reference for counts, and area for density', () => {
    expect(vergleich(k, 'S', 'sozialraum', '2024-12-31', 'insgesamt', { art: 'anzahl' }).referenz?.wert).toBe(20);
    expect(vergleich(k, 'S', 'sozialraum', '2024-12-31', 'einwohner', { art: 'dichte' }).punkte.map((p) => p.wert)).toEqual([100, 100, 75]);
  });
});

describe('rangliste', () => {
  it('ranks countries with the rest as "weitere" and what is not broken down, never mixing continents in', () => {
    const top2 = rangliste(k, 'S', '2024-12-31', 'land', 2);
    expect(top2.map((p) => [p.xLabel, p.wert])).toEqual([
      ['Bulgarien', 80],
      ['Türkei', 60],
      ['weitere Staatsangehörigkeiten (1)', 40],
      ['nicht nach Land aufgeschlüsselt', 20],
    ]);
    expect(top2.reduce((s, p) => s + (p.wert ?? 0), 0)).toBe(200);
    expect(rangliste(k, 'S', '2024-12-31', 'kontinent').map((p) => [p.xLabel, p.wert])).toEqual([
      ['Europa', 150],
      ['Asien', 50],
    ]);
  });
});

describe('reference without a city value', () => {
  it('is the sum of the areas, named so and marked illustrative when any area is', () => {
    const ohneStadt: KompaktDaten = { ...k, werte: { ...k.werte, insgesamt: { A: { '2024-12-31': [30, null, 'bsp'] }, B: { '2024-12-31': [15, null, 'amt'] }, C: { '2024-12-31': [30, null, 'bsp'] } } } };
    const v = vergleich(ohneStadt, 'S', 'sozialraum', '2024-12-31', 'insgesamt', { art: 'anteil', faktor: 1000 });
    expect(v.referenz).toEqual({ stadt: false, label: 'Summe der Gebiete', wert: 25, illustrativ: true, quelle: 'bsp' });
    expect(vergleich(ohneStadt, 'S', 'sozialraum', '2024-12-31', 'insgesamt', { art: 'anzahl' }).referenz?.label).toBe('Durchschnitt je Gebiet (Summe der Gebiete ÷ 3)');
    expect(vergleich(k, 'S', 'sozialraum', '2024-12-31', 'insgesamt', { art: 'anteil', faktor: 1000 }).referenz?.label).toBe('Stadt insgesamt');
  });
});

describe('rounding', () => {
  it('does not call the rounding difference of a rounded table "nicht aufgeschlüsselt"', () => {
    const gerundet: KompaktDaten = { ...k, werte: { ...k.werte, auslaender_insgesamt: { S: { '2024-12-31': [185, null, 'amt'] } } }, rundung: { amt: 5 } };
    // 80 + 60 + 40 = 180 of 185: within 4 × ±2
    expect(rangliste(gerundet, 'S', '2024-12-31', 'land', 2).map((p) => p.x)).toEqual(['125', '163', 'weitere']);
    expect(aufschluesselung(gerundet, 'S', '2024-12-31', 'land')).toEqual({ summe: 180, gesamt: 185, offen: 5, rundung: 8 });
    expect(rangliste({ ...gerundet, rundung: {} }, 'S', '2024-12-31', 'land', 2).at(-1)?.x).toBe('ohne');
  });
});

// The groups a municipality forms are data (kommune.json `gruppen`); these are a fixture's.
const gruppen = [
  { id: 'gruppe_a', label: 'Gruppe A', teile: ['anerkannt', 'asyl_mit_bleibeperspektive'] },
  { id: 'gruppe_b', label: 'Gruppe B', teile: ['asyl_ohne_bleibeperspektive', 'geduldet'] },
];

describe('statusPunkte', () => {
  it("stacks the statuses by the municipality's groups", () => {
    expect(statusPunkte({ ...k, gruppen }, 'S', '2024-12-31').map((p) => [p.x, p.reihe, p.wert])).toEqual([
      ['gruppe_a', 'anerkannt', 40],
      ['gruppe_a', 'asyl_mit_bleibeperspektive', 5],
      ['gruppe_b', 'asyl_ohne_bleibeperspektive', 10],
      ['gruppe_b', 'geduldet', 5],
    ]);
  });

  it('without groups puts all statuses in one stack', () => {
    expect(statusPunkte(k, 'S', '2024-12-31').map((p) => [p.x, p.reihe, p.wert])).toEqual([
      ['status', 'anerkannt', 40],
      ['status', 'asyl_mit_bleibeperspektive', 5],
      ['status', 'asyl_ohne_bleibeperspektive', 10],
      ['status', 'geduldet', 5],
    ]);
  });
});

describe('table and CSV of a chart', () => {
  it('pivots points into rows and columns and writes them as long CSV with marks', () => {
    const p = statusPunkte({ ...k, gruppen }, 'S', '2024-12-31');
    const t = pivot(p);
    expect(t.spalten.map((s) => s.id)).toEqual(['anerkannt', 'asyl_mit_bleibeperspektive', 'asyl_ohne_bleibeperspektive', 'geduldet']);
    expect(t.zeilen.map((z) => z.zellen.map((c) => c?.wert ?? null))).toEqual([
      [40, 5, null, null],
      [null, null, 10, 5],
    ]);
    const csv = punkteCsv(p.slice(0, 1), () => 'Amt, Statistik', 'Lizenz X').split('\r\n');
    expect(csv[0]).toBe('stichtag,kategorie_id,kategorie,reihe_id,reihe,wert,zeichen,einheit,kennzeichnung,quelle,namensnennung,status,reihenbruch');
    expect(csv[1]).toBe('2024-12-31,gruppe_a,Gruppe A,anerkannt,anerkannt,40,,Anzahl,amtlich,"Amt, Statistik",Lizenz X,wert,');
    const geheim = punkteCsv([{ ...(p[0] as Punkt), wert: null, zeichen: 'geheim' }], () => 'A', 'L').split('\r\n')[1];
    expect(geheim).toBe('2024-12-31,gruppe_a,Gruppe A,anerkannt,anerkannt,,.,Anzahl,amtlich,A,L,geheim,');
  });

  it('neutralises formula triggers in text but not numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5 Grad')).toBe("'-5 Grad");
    expect(csvField(-5)).toBe('-5');
  });
});
