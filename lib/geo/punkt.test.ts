import { describe, expect, it } from 'vitest';
import { punktIn } from './punkt';

describe('punktIn', () => {
  it('finds points inside a polygon, not in its hole, and not swapped lat/lon', () => {
    const g = { type: 'Polygon' as const, coordinates: [[[7, 51], [8, 51], [8, 52], [7, 52], [7, 51]], [[7.4, 51.4], [7.6, 51.4], [7.6, 51.6], [7.4, 51.6], [7.4, 51.4]]] as [number, number][][] };
    expect(punktIn([7.2, 51.2], g)).toBe(true);
    expect(punktIn([7.5, 51.5], g)).toBe(false);
    expect(punktIn([51.2, 7.2], g)).toBe(false);
  });
});
