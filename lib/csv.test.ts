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
