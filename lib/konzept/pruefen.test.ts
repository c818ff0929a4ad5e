import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jahreskosten, konzepteLesen } from './pruefen';

const basis = { id: 'k', titel: 'Konzept', quellen: [{ titel: 'Beschluss' }] };
const lesen = (o: unknown) => konzepteLesen(JSON.stringify(o, null, 1), 'k.json');

describe('integration concepts', () => {
  it("reads Hamm's bundled concepts: the 2016 measures 1–11 are 1,499,000 € a year, within the cap; item 12 one-off apart", () => {
    const r = konzepteLesen(readFileSync(path.resolve(__dirname, '../../data/integrationskonzept.json'), 'utf8'), 'integrationskonzept.json');
    expect(r.problems).toEqual([]);
    const k2016 = r.konzepte?.konzepte.find((k) => k.id === 'ik-2016');
    expect(k2016?.massnahmen).toHaveLength(12);
    expect(jahreskosten(k2016!)).toEqual({ summe: 1499000, kommunal: 1499000, einmalig: 1900000 });
    expect(r.konzepte?.konzepte.find((k) => k.id === 'ik-2018')?.ziele).toHaveLength(6);
  });

  it('names file and line of every error: cap exceeded, unknown goal, field and indicator, duplicate number', () => {
    const r = lesen({
      konzepte: [
        {
          ...basis,
          obergrenze_eur_jahr: 100,
          ziele: [{ id: 'z1', titel: 'Ziel' }],
          handlungsfelder: [{ id: 'h1', titel: 'Feld', ziele: ['z9'] }],
          massnahmen: [
            { nr: '1', titel: 'A', kosten_eur_jahr: 80, ziele: ['z2'] },
            { nr: '1', titel: 'B', kosten_eur_jahr: 30, handlungsfelder: ['h7'], indikatoren: ['bevoelkerung.gibtsnicht'] },
            { nr: '2', titel: 'C', kosten_eur_jahr: 500, finanzierung: ['land'] },
          ],
        },
      ],
    });
    const texte = r.problems.map((p) => `${p.path}:${p.line}: ${p.message}`);
    expect(texte.some((t) => /^k\.json:\d+: k: Handlungsfeld „h1“ nennt unbekanntes Ziel „z9“/.test(t))).toBe(true);
    expect(texte.some((t) => /unbekanntes Ziel „z2“/.test(t))).toBe(true);
    expect(texte.some((t) => /unbekanntes Handlungsfeld „h7“/.test(t))).toBe(true);
    expect(texte.some((t) => /„bevoelkerung\.gibtsnicht“ ist kein Merkmal/.test(t))).toBe(true);
    expect(texte.some((t) => /Nummer 1 doppelt/.test(t))).toBe(true);
    // 80 + 30 municipal > 100; the Land-funded 500 does not count against the municipal cap.
    expect(texte.some((t) => /\(110 €\) übersteigen die beschlossene Obergrenze \(100 €\)/.test(t))).toBe(true);
    // Lines point into the file, not to its first line.
    const doppelt = r.problems.find((p) => /Nummer 1 doppelt/.test(p.message));
    expect(doppelt?.line).toBeGreaterThan(10);
  });

  it('rejects broken input with file:line: bad JSON, unknown fields, bad amounts', () => {
    expect(konzepteLesen('{"konzepte": [', 'x.json').problems[0]?.message).toMatch(/kein gültiges JSON/);
    const r = lesen({ konzepte: [{ ...basis, massnahmen: [{ titel: 'A', kosten_eur_jahr: -5, geheim: 1 }] }] });
    expect(r.konzepte).toBeUndefined();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => (p.line ?? 1) > 1)).toBe(true);
  });
});
