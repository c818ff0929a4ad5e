import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS, DATASETS } from '../datasets';
import { INDIKATOREN, KARTEN_INDIKATOREN } from '../themen/indikatoren';
import { THEMEN } from '../themen/config';
import { diagramm } from './diagramm';
import { INDIKATOREN_EN, indikatorIn } from './indikatoren-en';
import { merkmalEn, staatEn } from './merkmale-en';
import { themaIn } from './themen-en';

describe('data labels in English', () => {
  it('every indicator of profiles and map has its English name', () => {
    for (const i of [...INDIKATOREN, ...KARTEN_INDIKATOREN]) {
      expect(Object.keys(INDIKATOREN_EN), i.id).toContain(i.id);
      expect(indikatorIn(i, 'en').label).not.toBe(i.label);
      expect(indikatorIn(i, 'de')).toBe(i);
    }
  });

  it('every topic text and every measure of a comparison is in English', () => {
    for (const t of THEMEN) {
      const en = themaIn(t, 'en');
      expect(en.titel).not.toBe(t.titel);
      expect(en.zeitreihe.titel).not.toBe(t.zeitreihe.titel);
      expect(en.vergleich.titel).not.toBe(t.vergleich.titel);
      for (const [i, m] of en.vergleich.masse.entries()) expect(m.label, m.id).not.toBe(t.vergleich.masse[i]?.label);
      expect(themaIn(t, 'de')).toBe(t);
    }
  });

  it('translates every merkmal and every nationality of the bundled IT.NRW export, by the official names', () => {
    // The municipality's own groups carry their English label in kommune.json.
    const { gruppen } = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/kommune.json'), 'utf8')) as { gruppen: Record<string, { id: string; en?: { label: string } }[]> };
    expect(Object.values(gruppen).flat().every((g) => g.en?.label)).toBe(true);
    // Nationalities: every key and name of the bundled table 12521-03i (raw input, Windows-1252).
    const roh = new TextDecoder('windows-1252').decode(readFileSync(path.resolve(__dirname, '../../data/raw/genesis/12521-03i.csv')));
    const staaten = new Map<string, string>();
    for (const zeile of roh.split(/\r?\n/)) {
      const f = zeile.split(';');
      if (f.length > 4 && /^\d{1,3}$/.test(f[3] ?? '')) staaten.set(f[3] as string, (f[4] ?? '').trim());
    }
    expect(staaten.size).toBeGreaterThan(150);
    const alle = [...DATASET_IDS.flatMap((ds) => DATASETS[ds].merkmale.map((m) => [m.id, m.label] as const)), ...staaten];
    for (const [id, label] of alle) {
      const en = merkmalEn(id, label);
      expect(en, `${id} ${label}`).toBeTruthy();
      // No German word of the list's notes is left (names in brackets are given on purpose).
      expect(en?.replace(/\([^)]*\)/g, ''), label).not.toMatch(/\b(ab|ehem|einschließlich|und|Übrige)\b/);
    }
    expect(staatEn('Türkei')).toBe(new Intl.DisplayNames('en', { type: 'region' }).of('TR'));
    expect(staatEn('Serbien (ab 01.08.2006)')).toBe('Serbia (from 1 Aug 2006)');
    expect(staatEn('Serbien und Montenegro (ab 01.01.2004-31.07.2006)')).toBe('Serbia and Montenegro (1 Jan 2004 to 31 Jul 2006)');
    expect(staatEn('Bosnien und Herzegowina')).toBe('Bosnia and Herzegovina');
    expect(staatEn('Atlantis')).toBeUndefined();
    expect(merkmalEn('neu_erfunden', 'Neu')).toBeUndefined();
  });

  it('the chart words have the same shape in both languages', () => {
    const [de, en] = [diagramm('de'), diagramm('en')];
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(en.csvKopf).toHaveLength(de.csvKopf.length);
    expect(new Set(en.csvKopf).size).toBe(en.csvKopf.length);
  });

  it('every column of every published Table Schema has its English title beside the German one', () => {
    const dir = path.resolve(__dirname, '../../tests/fixtures/musterstadt/expected/daten/schemas');
    const paket = JSON.parse(readFileSync(path.resolve(dir, '../datapackage.json'), 'utf8')) as { resources: { name: string; schema?: { fields: Record<string, string>[] } | string }[] };
    let n = 0;
    for (const r of paket.resources) {
      const schema = typeof r.schema === 'string' ? (JSON.parse(readFileSync(path.resolve(dir, '..', r.schema), 'utf8')) as { fields: Record<string, string>[] }) : r.schema;
      for (const f of schema?.fields ?? []) {
        n++;
        expect(f['title@en'], `${r.name}.${f.name}`).toBeTruthy();
      }
    }
    expect(n).toBeGreaterThan(20);
  });
});
