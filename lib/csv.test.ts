import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('keys rows by header and names the line each row starts on', () => {
    const t = parseCsv('a,b\n1,2\n\n"x\ny",3\n4,5\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4, 6]);
    expect(t.rows[1]?.values).toEqual({ a: 'x\ny', b: '3' });
    expect(t.issues).toEqual([]);
  });

  it('detects semicolons, strips a BOM and handles CRLF', () => {
    const t = parseCsv('\uFEFFa;b\r\n1;2,5\r\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([{ line: 2, values: { a: '1', b: '2,5' } }]);
  });

  it('reports rows with the wrong number of fields with their line', () => {
    const t = parseCsv('a,b\n1,2\n3\n');
    expect(t.rows).toHaveLength(1);
    expect(t.issues).toEqual([{ line: 3, message: expect.stringContaining('1 Felder statt 2') }]);
  });
});

describe('parseCsv (property)', () => {
  const feld = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim());
  const quote = (s: string) => (/[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  it('reads back any table written by the RFC 4180 rules, with the line each row starts on', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(feld, feld, feld), { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), (zeilen, nl) => {
        const rows = zeilen.filter((z) => z.some((f) => f !== ''));
        const text = ['a,b,c', ...rows.map((z) => z.map(quote).join(','))].join(nl) + nl;
        const t = parseCsv(text);
        expect(t.issues).toEqual([]);
        expect(t.rows.map((r) => [r.values.a, r.values.b, r.values.c])).toEqual(rows);
        let line = 2;
        t.rows.forEach((r, i) => {
          expect(r.line).toBe(line);
          line += 1 + ((rows[i] ?? []).join('').match(/\n/g)?.length ?? 0);
        });
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void parseCsv(s)));
  });
});
