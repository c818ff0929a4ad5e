import { describe, expect, it } from 'vitest';
import type { Punkt } from '@/lib/themen/model';
import { packen } from '@/lib/themen/gepackt';
import { mitReferenz, punkteCsv } from '@/lib/themen/tabelle';
import { bildSvg } from '@/lib/bild/bild';
import { auftragCsv, auftragLesen, auftragSvg, type Auftrag } from './auftrag';

const p = (x: string, wert: number | null): Punkt => ({ x, xLabel: `Gebiet ${x}`, reihe: 'r', reiheLabel: 'Reihe', wert, zeichen: wert === null ? 'geheim' : null, einheit: 'Anzahl', illustrativ: false, quelle: 'q', stichtag: '2024-12-31' });
const punkte = [p('A', 10), p('B', null)];
const text = { titel: 'Titel', beschreibung: 'Beschreibung', stand: '31.12.2024', quelle: 'Amt', namensnennung: 'Stadt Musterstadt, dl-de/by-2-0' };
const auftrag: Auftrag = { inhalt: { art: 'balken', punkte: packen(punkte) }, text, dateiname: 'x', sprache: 'en', csv: { punkte: packen(punkte), quellen: { q: 'Amt: Tabelle' }, namensnennung: 'Stadt Musterstadt' } };

describe('a download order as the page stores it', () => {
  it('survives the page (JSON) and gives the same image and CSV as the shown points, in its language', () => {
    const gelesen = auftragLesen(JSON.stringify(auftrag));
    expect(gelesen).not.toBeNull();
    if (!gelesen) return;
    expect(auftragSvg(gelesen)).toBe(bildSvg({ art: 'balken', punkte }, { ...text, sprache: 'en' }));
    expect(auftragCsv(gelesen)).toBe(punkteCsv(punkte, (q) => (q === 'q' ? 'Amt: Tabelle' : q), 'Stadt Musterstadt', 'en'));
    expect(auftragCsv({ ...gelesen, csv: undefined })).toBeNull();
  });

  it('without points of its own the CSV is the chart\'s points with the reference as one more row, stored once', () => {
    const referenz = { wert: 7, label: 'Summe der Gebiete', stadt: false, illustrativ: true };
    const ohne: Auftrag = { ...auftrag, inhalt: { art: 'balken', punkte: packen(punkte), referenz }, csv: { quellen: {}, namensnennung: 'N' } };
    const gelesen = auftragLesen(JSON.stringify(ohne));
    expect(gelesen && auftragCsv(gelesen)).toBe(punkteCsv(mitReferenz(punkte, referenz), (q) => q, 'N', 'en'));
    expect(auftragCsv({ ...ohne, inhalt: { art: 'balken', punkte: packen(punkte) } })).toBe(punkteCsv(punkte, (q) => q, 'N', 'en'));
    expect(JSON.stringify(ohne).match(/Gebiet A/g)).toHaveLength(1);
  });

  it('reads nothing from anything that is not an order', () => {
    for (const kaputt of [undefined, '', '{', 'null', '[]', '{"dateiname":"x"}', JSON.stringify({ ...auftrag, sprache: 'fr' }), JSON.stringify({ ...auftrag, text: 'x' })]) expect(auftragLesen(kaputt), String(kaputt)).toBeNull();
  });
});
