import { describe, expect, it } from 'vitest';
import { eingefroren, gemerkt } from './gemerkt';

describe('gemerkt', () => {
  it('computes once per identical arguments and apart for different ones', () => {
    let aufrufe = 0;
    const f = gemerkt((o: { n: number }, s: string) => ({ summe: o.n + s.length, aufruf: ++aufrufe }));
    const a = { n: 1 };
    const b = { n: 1 };
    expect(f(a, 'x')).toBe(f(a, 'x'));
    expect(aufrufe).toBe(1);
    expect(f(b, 'x')).not.toBe(f(a, 'x')); // same content, another object: a new result
    expect(f(a, 'yy').summe).toBe(3);
    expect(aufrufe).toBe(3);
  });

  it('keeps f(a) and f(a, undefined) apart', () => {
    const f = gemerkt((...args: unknown[]) => ({ n: args.length }));
    expect(f(1).n).toBe(1);
    expect(f(1, undefined).n).toBe(2);
  });

  it('freezes its results deeply, so no caller can change what later callers get', () => {
    const f = gemerkt(() => ({ liste: [{ wert: 1 }] }));
    const r = f();
    expect(() => { (r.liste[0] as { wert: number }).wert = 2; }).toThrow(TypeError);
    expect(() => { r.liste.push({ wert: 3 }); }).toThrow(TypeError);
    expect(f().liste).toEqual([{ wert: 1 }]);
  });
});

describe('eingefroren', () => {
  it('freezes structures deeper than the call stack', () => {
    let tief: { weiter?: unknown } = {};
    const wurzel = tief;
    for (let i = 0; i < 200_000; i++) { const n = {}; tief.weiter = n; tief = n; }
    eingefroren(wurzel);
    expect(Object.isFrozen(tief)).toBe(true);
  });
});
