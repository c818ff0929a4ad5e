import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OrdnerAblage, SpeicherAblage } from './ablage';
import { publishAtomically } from './publish';

const ordner: string[] = [];
const neuerOrdner = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'ablage-'));
  ordner.push(d);
  return d;
};
afterEach(() => {
  for (const d of ordner.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('Ablage', () => {
  it('in memory: text stays text, archives stay bytes, both read back as UTF-8 bytes', () => {
    const a = new SpeicherAblage();
    a.ablegen('daten/a.csv', 'Köln;1\n');
    a.ablegen('archiv/x.zip', new Uint8Array([1, 2, 3]));
    expect(a.dateien.get('daten/a.csv')).toBe('Köln;1\n');
    expect([...(a.binaer.get('archiv/x.zip') ?? [])]).toEqual([1, 2, 3]);
    expect(a.lesen('daten/a.csv')?.toString('utf8')).toBe('Köln;1\n');
    expect([...(a.lesen('archiv/x.zip') ?? [])]).toEqual([1, 2, 3]);
    expect(a.lesen('fehlt.csv')).toBeUndefined();
  });

  it('in a folder: writes nested paths at once, reads them back, and nothing outside the folder', () => {
    const d = neuerOrdner();
    const a = new OrdnerAblage(path.join(d, 'neu'));
    a.ablegen('daten/bevoelkerung/2024-12-31.csv', 'ä\n');
    expect(readFileSync(path.join(d, 'neu', 'daten', 'bevoelkerung', '2024-12-31.csv'), 'utf8')).toBe('ä\n');
    expect(a.lesen('daten/bevoelkerung/2024-12-31.csv')?.toString('utf8')).toBe('ä\n');
    expect(a.lesen('daten/fehlt.csv')).toBeUndefined();
    expect(() => a.ablegen('../draussen.txt', 'x')).toThrow(/außerhalb/);
    expect(() => a.ablegen('/etc/x', 'x')).toThrow(/außerhalb/);
    expect(existsSync(path.join(d, 'draussen.txt'))).toBe(false);
  });
});

describe('publishAtomically', () => {
  const vorher = () => {
    const d = neuerOrdner();
    const ziel = path.join(d, 'published');
    mkdirSync(path.join(ziel, 'daten'), { recursive: true });
    writeFileSync(path.join(ziel, 'daten', 'alt.csv'), 'alt\n');
    return { d, ziel };
  };

  it('swaps the new folder in as a whole and removes the old one', () => {
    const { d, ziel } = vorher();
    expect(publishAtomically(ziel, (a) => (a.ablegen('daten/neu.csv', 'neu\n'), true))).toBe(true);
    expect(readdirSync(path.join(ziel, 'daten'))).toEqual(['neu.csv']);
    expect(readdirSync(d)).toEqual(['published']);
  });

  it('leaves the published folder byte for byte when writing stops half-way or fails', () => {
    const { d, ziel } = vorher();
    expect(publishAtomically(ziel, (a) => (a.ablegen('daten/halb.csv', 'x'), false))).toBe(false);
    expect(() =>
      publishAtomically(ziel, (a) => {
        a.ablegen('daten/halb.csv', 'x');
        throw new Error('Platte voll');
      }),
    ).toThrow('Platte voll');
    expect(readdirSync(path.join(ziel, 'daten'))).toEqual(['alt.csv']);
    expect(readFileSync(path.join(ziel, 'daten', 'alt.csv'), 'utf8')).toBe('alt\n');
    expect(readdirSync(d)).toEqual(['published']);
  });
});
