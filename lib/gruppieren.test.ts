import { expect, it } from 'vitest';
import { gruppieren } from './gruppieren';

it('groups items by key in the order keys first appear', () => {
  expect([...gruppieren(['a1', 'b1', 'a2'], (s) => s[0] as string)]).toEqual([
    ['a', ['a1', 'a2']],
    ['b', ['b1']],
  ]);
});
