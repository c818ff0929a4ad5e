import { describe, expect, it } from 'vitest';
import type { Schreiber } from '../ingest/ablage';
import { Packer } from './packer';
import { gepackt } from './zip';

/** A Schreiber that keeps what it got. */
const sammler = () => {
  const teile: Buffer[] = [];
  let zu = false;
  const s: Schreiber = { schreiben: (t) => void teile.push(Buffer.from(t)), schliessen: () => void (zu = true) };
  return { s, inhalt: () => Buffer.concat(teile), zu: () => zu };
};

describe('Packer (the release archive packed beside the other work)', () => {
  it('writes every part through unchanged and packs each file exactly as packing it whole would, however its parts are cut', () => {
    const packer = new Packer();
    try {
      const zeile = (i: number) => `SR${i % 90},einwohner,${(i * 7919) % 100000},,beispieldaten\r\n`;
      // Many small parts past the point where they are sent on, one part larger than that, a pooled small one, an empty file, a name with umlauts.
      const gross = Array.from({ length: 60_000 }, (_, i) => zeile(i));
      const dateien: [string, (string | Uint8Array)[]][] = [
        ['bevoelkerung.csv', gross],
        ['fluechtlinge.json', [gross.join(''), '{"a":1}']],
        ['klein.csv', [Buffer.from('a,b\r\n'), '1,2\r\n']],
        ['leer.txt', []],
        ['staatsangehörigkeiten/2024-12-31.csv', ['ä,ö\r\n', 'ü,ß\r\n']],
      ];
      const ziele = dateien.map(([name, teile]) => {
        const ziel = sammler();
        const s = packer.mit(name, ziel.s);
        for (const t of teile) s.schreiben(t);
        s.schliessen();
        return ziel;
      });
      const eintraege = packer.eintraege();
      expect([...eintraege.keys()].sort()).toEqual(dateien.map(([n]) => n).sort());
      dateien.forEach(([name, teile], i) => {
        const ganz = Buffer.concat(teile.map((t) => Buffer.from(t)));
        expect(ziele[i]?.inhalt().equals(ganz)).toBe(true);
        expect(ziele[i]?.zu()).toBe(true);
        const e = eintraege.get(name);
        const erwartet = gepackt(name, ganz);
        expect({ crc: e?.crc, groesse: e?.groesse }).toEqual({ crc: erwartet.crc, groesse: erwartet.groesse });
        expect(Buffer.from(e?.gepackt ?? []).equals(Buffer.from(erwartet.gepackt))).toBe(true);
      });
    } finally {
      packer.beenden();
    }
  });

  it('waits for files still being packed and can be asked again', () => {
    const packer = new Packer();
    try {
      const a = packer.mit('a.txt', sammler().s);
      a.schreiben('x'.repeat(3 << 20));
      a.schliessen();
      expect(packer.eintraege().get('a.txt')?.groesse).toBe(3 << 20);
      const b = packer.mit('b.txt', sammler().s);
      b.schreiben('y');
      b.schliessen();
      expect([...packer.eintraege().keys()]).toEqual(['a.txt', 'b.txt']);
    } finally {
      packer.beenden();
    }
  });
});
