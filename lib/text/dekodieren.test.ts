import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dekodieren } from './dekodieren';

const bytes = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));
const TEXT = 'gebiet_id;merkmal;wert;bezeichnung;quelle\r\n05999;154;1535;Rumänien;amt\r\n05999;163;8910;Türkei;amt\r\n';

describe('dekodieren', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM, and German Excel (Windows-1252)', () => {
    for (const [b, k] of [
      [bytes(TEXT, 'utf8'), 'utf-8'],
      [new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(TEXT, 'utf8')]), 'utf-8'],
      [new Uint8Array([0xff, 0xfe, ...bytes(TEXT, 'utf16le')]), 'utf-16le'],
      [new Uint8Array([0xfe, 0xff, ...bytes(TEXT, 'utf16be')]), 'utf-16be'],
      [bytes(TEXT, 'utf16le'), 'utf-16le'],
      [bytes(TEXT, 'win1252'), 'windows-1252'],
      [bytes('Preis „5 €“ – Straße\n', 'win1252'), 'windows-1252'],
    ] as const) {
      const d = dekodieren(b);
      expect(d.ok && d.kodierung).toBe(k);
      if (d.ok) expect(d.text.replace(/^\uFEFF/, '')).not.toContain('\uFFFD');
    }
    const excel = dekodieren(bytes(TEXT, 'win1252'));
    expect(excel.ok && excel.text).toBe(TEXT);
  });

  it('rejects mixed encodings, undefined bytes and NUL with their line, never guessing', () => {
    const gemischt = new Uint8Array([...bytes('a;Türkei\n', 'utf8'), ...bytes('b;Rumänien\n', 'win1252')]);
    expect(dekodieren(gemischt)).toEqual({ ok: false, line: 2, message: expect.stringContaining('gemischte Kodierung') });
    expect(dekodieren(new Uint8Array([0x61, 0x0a, 0x62, 0x81]))).toEqual({ ok: false, line: 2, message: expect.stringContaining('Byte 0x81') });
    expect(dekodieren(new Uint8Array([0x61, 0x0a, 0x00, 0x62]))).toMatchObject({ ok: false, line: 2 });
    expect(dekodieren(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe4]))).toMatchObject({ ok: false, message: expect.stringContaining('BOM') });
  });

  it('property: any text round-trips through UTF-8, UTF-16 with BOM and (where representable) Windows-1252, and never yields U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const t = `x${s.replace(/\u0000/g, '')}`;
        const u8 = dekodieren(bytes(t, 'utf8'));
        expect(u8.ok && u8.text).toBe(t);
        const u16 = dekodieren(new Uint8Array([0xff, 0xfe, ...bytes(t, 'utf16le')]));
        if (u16.ok) expect(u16.text).toBe(t);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const d = dekodieren(b);
        if (d.ok) expect(d.text).not.toContain('\uFFFD');
      }),
    );
  });
});
