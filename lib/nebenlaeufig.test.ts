import { describe, expect, it } from 'vitest';
import { nebenlaeufig } from './nebenlaeufig';

const warte = () => new Promise<void>((r) => setTimeout(r, 1));

describe('nebenlaeufig', () => {
  it('runs every item once, never more than the limit at a time', async () => {
    let laufend = 0;
    let hoechstens = 0;
    const gesehen: number[] = [];
    await nebenlaeufig(Array.from({ length: 25 }, (_, i) => i), async (i) => {
      laufend++;
      hoechstens = Math.max(hoechstens, laufend);
      await warte();
      gesehen.push(i);
      laufend--;
    }, 3);
    expect(gesehen.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(hoechstens).toBe(3);
  });

  it('handles an empty list and a limit below one', async () => {
    await expect(nebenlaeufig([], async () => undefined)).resolves.toBeUndefined();
    const gesehen: string[] = [];
    await nebenlaeufig(['a', 'b'], async (x) => void gesehen.push(x), 0);
    expect(gesehen).toEqual(['a', 'b']);
  });

  it('rejects with the first error and starts nothing after it', async () => {
    const begonnen: number[] = [];
    const lauf = nebenlaeufig([0, 1, 2, 3, 4, 5], async (i) => {
      begonnen.push(i);
      await warte();
      if (i === 1) throw new Error('kaputt 1');
    }, 2);
    await expect(lauf).rejects.toThrow('kaputt 1');
    expect(begonnen.length).toBeLessThan(6);
  });
});
