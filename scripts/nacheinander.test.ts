import { afterEach, describe, expect, it } from 'vitest';
import { nacheinander, zuEnde } from './io';

const warten = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('build steps in one process', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it("runs the steps in order and waits for each step's asynchronous work before the next", async () => {
    const log: string[] = [];
    const r = await nacheinander({
      a: async () => {
        zuEnde(warten(30).then(() => log.push('a fertig')), () => 'a');
      },
      b: async () => {
        log.push('b beginnt');
      },
    });
    expect(r.ok).toBe(true);
    expect(log).toEqual(['a fertig', 'b beginnt']);
    expect(r.zeiten.map((z) => z.split(' ')[0])).toEqual(['a', 'b']);
  });

  it('stops at a step whose work fails, that throws or that sets an exit code: the later steps do not run', async () => {
    const log: string[] = [];
    const spaeter = async () => {
      log.push('später');
    };
    expect((await nacheinander({ a: async () => zuEnde(Promise.reject(new Error('kaputt')), () => 'a'), b: spaeter })).ok).toBe(false);
    expect((await nacheinander({ a: async () => Promise.reject(new Error('kaputt')), b: spaeter })).ok).toBe(false);
    const mitExitCode = async () => {
      process.exitCode = 1;
    };
    expect((await nacheinander({ a: mitExitCode, b: spaeter })).ok).toBe(false);
    expect(log).toEqual([]);
  });
});
