import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { ablegen, gezaehlt, OrdnerAblage, SpeicherAblage } from './ablage';
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
  it('in memory: text as UTF-8 and bytes as they are, a file in parts as one', () => {
    const a = new SpeicherAblage();
    ablegen(a, 'daten/a.csv', 'Köln;1\n');
    ablegen(a, 'archiv/x.zip', new Uint8Array([1, 2, 3]));
    const s = a.oeffnen('daten/teile.csv');
    s.schreiben('Straße;');
    s.schreiben(Buffer.from('2\n', 'utf8'));
    expect(a.dateien.get('daten/teile.csv')).toBeUndefined();
    s.schliessen();
    expect(a.dateien.get('daten/a.csv')?.toString('utf8')).toBe('Köln;1\n');
    expect([...(a.dateien.get('archiv/x.zip') ?? [])]).toEqual([1, 2, 3]);
    expect(a.dateien.get('daten/teile.csv')?.toString('utf8')).toBe('Straße;2\n');
    expect(a.dateien.get('fehlt.csv')).toBeUndefined();
  });

  it('counts the bytes and the SHA-256 of what it writes, text as UTF-8', () => {
    const a = new SpeicherAblage();
    const s = gezaehlt(a.oeffnen('daten/x.csv'));
    s.schreiben('Straße;');
    s.schreiben(new Uint8Array([0x31, 0x0a]));
    const summe = s.schliessen();
    const inhalt = a.dateien.get('daten/x.csv') as Buffer;
    expect(inhalt.toString('utf8')).toBe('Straße;1\n');
    expect(summe).toEqual({ bytes: 10, sha256: createHash('sha256').update(inhalt).digest('hex') });
  });

  it('in a folder: writes nested paths at once, a file in parts as one, and nothing outside the folder', () => {
    const d = neuerOrdner();
    const a = new OrdnerAblage(path.join(d, 'neu'));
    ablegen(a, 'daten/bevoelkerung/2024-12-31.csv', 'ä\n');
    expect(readFileSync(path.join(d, 'neu', 'daten', 'bevoelkerung', '2024-12-31.csv'), 'utf8')).toBe('ä\n');
    const s = a.oeffnen('daten/gross.csv');
    const teil = 'x'.repeat(100_000) + '\n';
    for (let i = 0; i < 50; i++) s.schreiben(teil);
    s.schliessen();
    expect(readFileSync(path.join(d, 'neu', 'daten', 'gross.csv'), 'utf8')).toBe(teil.repeat(50));
    expect(() => a.oeffnen('../draussen.txt')).toThrow(/außerhalb/);
    expect(() => a.oeffnen('/etc/x')).toThrow(/außerhalb/);
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
    expect(publishAtomically(ziel, (a) => (ablegen(a, 'daten/neu.csv', 'neu\n'), true))).toBe(true);
    expect(readdirSync(path.join(ziel, 'daten'))).toEqual(['neu.csv']);
    expect(readdirSync(d)).toEqual(['published']);
  });

  it('leaves the published folder byte for byte when writing stops half-way or fails', () => {
    const { d, ziel } = vorher();
    expect(publishAtomically(ziel, (a) => (ablegen(a, 'daten/halb.csv', 'x'), false))).toBe(false);
    expect(() =>
      publishAtomically(ziel, (a) => {
        ablegen(a, 'daten/halb.csv', 'x');
        throw new Error('Platte voll');
      }),
    ).toThrow('Platte voll');
    expect(readdirSync(path.join(ziel, 'daten'))).toEqual(['alt.csv']);
    expect(readFileSync(path.join(ziel, 'daten', 'alt.csv'), 'utf8')).toBe('alt\n');
    expect(readdirSync(d)).toEqual(['published']);
  });
});
