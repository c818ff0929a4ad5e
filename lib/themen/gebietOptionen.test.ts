import { expect, it } from 'vitest';
import { gebietOptionen } from './gebietOptionen';

it('lists the city, then each area followed by the areas within it, indented per level, in register order', () => {
  const o = gebietOptionen([
    { id: 'S', name: 'Stadt', parent: null },
    { id: 'A', name: 'Nord', parent: 'S' },
    { id: 'A1', name: 'Nord 1', parent: 'A' },
    { id: 'B', name: 'Süd', parent: 'S' },
    { id: 'A2', name: 'Nord 2', parent: 'A' },
  ]);
  expect(o.map((x) => x.label.replace(/\u00a0/g, '_'))).toEqual(['Stadt', '__Nord', '____Nord 1', '____Nord 2', '__Süd']);
  expect(o.map((x) => x.wert)).toEqual(['S', 'A', 'A1', 'A2', 'B']);
});
