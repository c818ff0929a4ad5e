import { describe, expect, it } from 'vitest';
import { jeText, textTabelle } from './wiederholt';

describe('repeated texts', () => {
  it('computes once per distinct text, also across callers sharing the memory', () => {
    const aufrufe: string[] = [];
    const gedaechtnis = new Map<string, string>();
    const laut = (s: string) => (aufrufe.push(s), s.toUpperCase());
    const a = jeText(laut, gedaechtnis);
    const b = jeText(laut, gedaechtnis);
    expect([a('x'), a('y'), a('x'), b('y'), b('z')]).toEqual(['X', 'Y', 'X', 'Y', 'Z']);
    expect(aufrufe).toEqual(['x', 'y', 'z']);
    expect([...gedaechtnis.keys()]).toEqual(['x', 'y', 'z']);
  });

  it('lists each text once, in order of first appearance, with its place', () => {
    const t = textTabelle();
    expect(['b', 'a', 'b', '', 'a'].map(t.index)).toEqual([0, 1, 0, 2, 1]);
    expect(t.liste).toEqual(['b', 'a', '']);
  });
});
