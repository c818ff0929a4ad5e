import { describe, expect, it } from 'vitest';
import { einsetzen, kuerzen } from './vorlage';

describe('einsetzen', () => {
  it('fills each named gap, literally (no replacement patterns), and leaves unknown gaps', () => {
    expect(einsetzen('Sortiert nach {spalte}, {richtung}', { spalte: 'Rang', richtung: 'aufsteigend' })).toBe('Sortiert nach Rang, aufsteigend');
    expect(einsetzen('„{wert}“', { wert: "$& $1 $' <b>" })).toBe("„$& $1 $' <b>“");
    expect(einsetzen('{a}{b}{a}', { a: 'x' })).toBe('x{b}x');
    expect(einsetzen('{constructor}', {})).toBe('{constructor}');
  });
});

describe('kuerzen', () => {
  it('keeps short values and cuts long ones to the limit with an ellipsis', () => {
    expect(kuerzen('kurz')).toBe('kurz');
    expect(kuerzen('x'.repeat(40))).toBe('x'.repeat(40));
    const k = kuerzen('y'.repeat(41));
    expect(k).toHaveLength(40);
    expect(k.endsWith('…')).toBe(true);
  });
});
