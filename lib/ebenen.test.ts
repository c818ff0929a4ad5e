import { describe, expect, it } from 'vitest';
import { aufzaehlung, darunter, ebenenNamen, oberste, tiefe, unterste } from './ebenen';

const drei = [
  { id: 'bezirk', singular: 'Bezirk', plural: 'Bezirke' },
  { id: 'stadtteil', singular: 'Stadtteil', plural: 'Stadtteile' },
  { id: 'block', singular: 'Block', plural: 'Blöcke' },
];

describe('ebenen', () => {
  it('orders levels from the municipality (0) to the finest', () => {
    expect(['stadt', 'bezirk', 'stadtteil', 'block', 'quartier'].map((id) => tiefe(drei, id))).toEqual([0, 1, 2, 3, -1]);
    expect(oberste(drei).id).toBe('bezirk');
    expect(unterste(drei).id).toBe('block');
    expect(unterste(drei.slice(0, 1)).id).toBe('bezirk');
    expect(darunter(drei, 'stadt')?.id).toBe('bezirk');
    expect(darunter(drei, 'stadtteil')?.id).toBe('block');
    expect(darunter(drei, 'block')).toBeUndefined();
  });

  it('names the levels as a German list', () => {
    expect(aufzaehlung([])).toBe('');
    expect(aufzaehlung(['A'])).toBe('A');
    expect(aufzaehlung(['A', 'B'])).toBe('A und B');
    expect(ebenenNamen(drei)).toBe('Bezirke, Stadtteile und Blöcke');
    expect(ebenenNamen(drei.slice(1), 'singular')).toBe('Stadtteil und Block');
  });
});
