import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from './cells';
import type { DatasetId } from './datasets';
import { deriveCells } from './derive';
import { kennzahlen } from './indicators';
import { hauptquelle, herkunftAus, illustrativPruefer, verbinde } from './provenienz';
import type { Quelle } from './quellen';
import type { KompaktDaten } from './themen/model';
import { kartenAnsicht } from './karte/ansicht';
import { rang, rangliste, statusPunkte, vergleich, wertVon } from './themen/punkte';
import { zusammenfassung } from './zusammenfassung';

const quelle = (id: string, art: Quelle['art']): Quelle => ({ id, titel: id, herausgeber: 'H', url: '', lizenz: '', art, rundung: 0, beschreibung: '' });
const QUELLEN = [quelle('amt1', 'amtlich'), quelle('amt2', 'amtlich'), quelle('bsp', 'illustrativ')];
const istIll = illustrativPruefer(QUELLEN);
const quelleArb = fc.constantFrom('amt1', 'amt2', 'bsp');

describe('verbinde', () => {
  it('is illustrative exactly when an input is, and names every source once', () => {
    fc.assert(
      fc.property(fc.array(quelleArb, { maxLength: 8 }), (qs) => {
        const h = herkunftAus(qs, istIll);
        expect(h.illustrativ).toBe(qs.includes('bsp'));
        expect(h.quellen).toEqual([...new Set(qs)]);
        expect(istIll(hauptquelle(h, istIll))).toBe(h.illustrativ);
        expect(verbinde([h, verbinde([])])).toEqual(h);
      }),
    );
  });
});

const GEBIETE = ['S', 'A', 'B', 'C'];
const ST = ['2023-12-31', '2024-12-31'];
const MERKMALE = ['einwohner', 'auslaender_insgesamt', '125', '154', '163', 'anerkannt', 'asyl_mit_bleibeperspektive', 'asyl_ohne_bleibeperspektive', 'geduldet', 'insgesamt'];
type Eintrag = [number, string];
/** Random data: every merkmal, area and Stichtag with a value and a random official/illustrative source. */
const datenArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 5000 }), quelleArb), { minLength: GEBIETE.length * ST.length * MERKMALE.length, maxLength: GEBIETE.length * ST.length * MERKMALE.length });

function kompaktAus(xs: Eintrag[]): KompaktDaten {
  const werte: KompaktDaten['werte'] = {};
  let i = 0;
  for (const m of MERKMALE) for (const g of GEBIETE) for (const s of ST) ((werte[m] ??= {})[g] ??= {})[s] = [xs[i]![0], null, xs[i++]![1]];
  return {
    stichtage: ST,
    gebiete: GEBIETE.map((id) => ({ id, name: id, ebene: id === 'S' ? 'stadt' : 'sozialraum', parent: id === 'S' ? null : 'S', flaeche: 10 })),
    werte,
    labels: {},
    illustrativeQuellen: ['bsp'],
  };
}
const ill = (k: KompaktDaten, m: string, g: string, s: string) => k.werte[m]?.[g]?.[s]?.[2] === 'bsp';

describe('every derived quantity the site publishes follows the rule', () => {
  it('shares, rates, reference lines, "weitere", the unbroken-down rest and status bars', () => {
    fc.assert(
      fc.property(datenArb, fc.boolean(), (xs, ohneStadt) => {
        const k = kompaktAus(xs);
        if (ohneStadt) for (const m of MERKMALE) delete k.werte[m]?.S;
        const s = ST[1]!;
        for (const g of GEBIETE.slice(1)) {
          const a = wertVon(k, 'auslaender_insgesamt', g, s, { art: 'anteil', faktor: 100 });
          expect(a?.illustrativ).toBe(ill(k, 'auslaender_insgesamt', g, s) || ill(k, 'einwohner', g, s));
        }
        const v = vergleich(k, 'S', 'sozialraum', s, 'auslaender_insgesamt', { art: 'anteil', faktor: 100 });
        const refIll = ohneStadt
          ? GEBIETE.slice(1).some((g) => ill(k, 'auslaender_insgesamt', g, s) || ill(k, 'einwohner', g, s))
          : ill(k, 'auslaender_insgesamt', 'S', s) || ill(k, 'einwohner', 'S', s);
        expect(v.referenz?.illustrativ).toBe(refIll);
        expect(v.referenz?.label).toBe(ohneStadt ? 'Summe der Gebiete' : 'Stadt insgesamt');
        const peersIll = v.punkte.some((p) => p.illustrativ);
        for (const g of GEBIETE.slice(1)) expect(rang(v, g)?.illustrativ).toBe(peersIll);
        const karte = kartenAnsicht(k, 'S', { id: 'x', label: 'x', kurz: 'x', datensatz: 'staatsangehoerigkeiten', merkmal: 'auslaender_insgesamt', mass: { art: 'anteil', faktor: 100 } }, 'sozialraum', s, ST, 'quantil');
        const alleIll = ST.some((st) => GEBIETE.slice(1).some((g) => ill(k, 'auslaender_insgesamt', g, st) || ill(k, 'einwohner', g, st)));
        expect(karte.illustrativ).toBe(alleIll);
        for (const g of GEBIETE.slice(1)) {
          const r = rangliste(k, g, s, 'land', 1);
          const laender = ['125', '154', '163'];
          const weitere = r.find((p) => p.x === 'weitere');
          const top = r[0]?.x ?? '';
          expect(weitere?.illustrativ).toBe(laender.filter((c) => c !== top).some((c) => ill(k, c, g, s)));
          const ohne = r.find((p) => p.x === 'ohne');
          if (ohne) expect(ohne.illustrativ).toBe([...laender, 'auslaender_insgesamt'].some((c) => ill(k, c, g, s)));
          for (const p of statusPunkte(k, g, s, { art: 'anteil', faktor: 1000 })) expect(p.illustrativ).toBe(ill(k, p.reihe, g, s) || ill(k, 'einwohner', g, s));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('derived cells, headline figures and their sentences', () => {
    fc.assert(
      fc.property(datenArb, (xs) => {
        const k = kompaktAus(xs);
        const cells: Cell[] = [];
        const ds: Record<string, DatasetId> = { einwohner: 'bevoelkerung', auslaender_insgesamt: 'staatsangehoerigkeiten', '125': 'zuwanderung-suedosteuropa', '154': 'zuwanderung-suedosteuropa' };
        const merkmal: Record<string, string> = { '125': 'bulgarien', '154': 'rumaenien' };
        for (const [m, byG] of Object.entries(k.werte))
          for (const [g, byS] of Object.entries(byG))
            for (const [s, [w, , q]] of Object.entries(byS))
              cells.push({ datensatz: ds[m] ?? 'fluechtlinge', stichtag: s, gebiet: g, merkmal: merkmal[m] ?? m, wert: w, quelle: q, ort: { path: 'x.csv', line: 1, spalte: 'wert' } });
        for (const d of deriveCells(cells, QUELLEN)) {
          const teile = cells.filter((c) => c.gebiet === d.gebiet && c.stichtag === d.stichtag && d.formel.split(' + ').includes(c.merkmal) && c.datensatz === d.datensatz);
          expect(istIll(d.quelle)).toBe(teile.some((t) => istIll(t.quelle)));
        }
        const kz = kennzahlen(cells, QUELLEN, 'S');
        for (const x of kz) {
          expect(x.illustrativ).toBe(false);
          expect(x.quellen.some(istIll)).toBe(false);
          expect(x.vorher?.illustrativ ?? false).toBe(false);
        }
        const alle = kz.map((x, i) => ({ ...x, illustrativ: xs[i]?.[1] === 'bsp' }));
        for (const satz of zusammenfassung(alle, 'X')) expect(satz.text.includes('Beispieldaten')).toBe(satz.illustrativ);
      }),
      { numRuns: 100 },
    );
  });
});
