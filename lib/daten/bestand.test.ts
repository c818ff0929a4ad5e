import { describe, expect, it } from 'vitest';
import type { WertZeile } from '../published';
import { bestand, bestandText, gesamtBestand } from './bestand';

const istIll = (q: string) => q === 'bsp';
const zeile = (q: string, z: WertZeile[4] = null): WertZeile => ['2024-12-31', 'A', 'einwohner', z ? null : 1, z, q];

describe('bestand', () => {
  it('counts values by their mark and states it, withheld values only where there are any', () => {
    const gemischt = bestand({ werte: [zeile('amt'), zeile('bsp'), zeile('bsp', 'geheim')] }, istIll);
    expect(gemischt).toEqual({ werte: 3, amtlich: 1, beispieldaten: 2, geheim: 1 });
    expect(bestandText(gemischt)).toBe(
      'Von 3 Werten sind 2 Beispieldaten – erfundene, illustrative Werte, keine amtliche Statistik – und 1 amtlich; die Spalte kennzeichnung sagt es für jeden Wert. 1 Wert ist aus Datenschutzgründen geheim gehalten (Status „geheim“).',
    );
    const amtlich = bestand({ werte: [zeile('amt'), zeile('amt')] }, istIll);
    expect(bestandText(amtlich)).toBe('Alle 2 Werte stammen aus amtlichen Quellen.');
    expect(bestandText(bestand({ werte: [zeile('bsp')] }, istIll))).toContain('Der Wert ist Beispieldaten');
    expect(gesamtBestand([gemischt, amtlich])).toEqual({ werte: 5, amtlich: 3, beispieldaten: 2, geheim: 1 });
  });
});
