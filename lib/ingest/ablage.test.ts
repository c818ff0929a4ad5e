import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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

  it('in a folder: writes nested paths, a file in parts as one, and nothing outside the folder', () => {
    const d = neuerOrdner();
    const a = new OrdnerAblage(path.join(d, 'neu'));
    ablegen(a, 'daten/bevoelkerung/2024-12-31.csv', 'ä\n');
    const s = a.oeffnen('daten/gross.csv');
    const teil = 'x'.repeat(100_000) + '\n';
    for (let i = 0; i < 50; i++) s.schreiben(teil);
    s.schliessen();
    // A part of several MB is written as soon as its file exists, not held.
    ablegen(a, 'daten/riesig.bin', Buffer.alloc(3 << 20, 7));
    a.fertig();
    expect(readFileSync(path.join(d, 'neu', 'daten', 'riesig.bin')).equals(Buffer.alloc(3 << 20, 7))).toBe(true);
    expect(readFileSync(path.join(d, 'neu', 'daten', 'bevoelkerung', '2024-12-31.csv'), 'utf8')).toBe('ä\n');
    expect(readFileSync(path.join(d, 'neu', 'daten', 'gross.csv'), 'utf8')).toBe(teil.repeat(50));
    expect(() => a.oeffnen('../draussen.txt')).toThrow(/außerhalb/);
    expect(() => a.oeffnen('/etc/x')).toThrow(/außerhalb/);
    a.beenden();
    expect(existsSync(path.join(d, 'draussen.txt'))).toBe(false);
  });

  it('in a folder: many files at once, written while they are still being created, each whole and in order', () => {
    const d = neuerOrdner();
    const a = new OrdnerAblage(d);
    // More files than slots for descriptors and more bytes than may wait: the writer must wait, not lose.
    const offen = Array.from({ length: 40 }, (_, i) => a.oeffnen(`lang/${i}.txt`));
    for (let i = 0; i < 1500; i++) ablegen(a, `viele/${i % 7}/${i}.csv`, `${i};`.repeat(1 + (i % 50)) + '\n');
    for (let r = 0; r < 3; r++) offen.forEach((s, i) => s.schreiben(Buffer.from(`${i}:${r}:${'y'.repeat(200_000)}\n`)));
    offen.forEach((s) => s.schliessen());
    a.fertig();
    a.beenden();
    for (let i = 0; i < 1500; i++) expect(readFileSync(path.join(d, 'viele', String(i % 7), `${i}.csv`), 'utf8')).toBe(`${i};`.repeat(1 + (i % 50)) + '\n');
    for (let i = 0; i < 40; i++) expect(readFileSync(path.join(d, 'lang', `${i}.txt`), 'utf8')).toBe([0, 1, 2].map((r) => `${i}:${r}:${'y'.repeat(200_000)}\n`).join(''));
  });

  it('in a folder: a file that cannot be created fails the writing with the reason, and every other file is closed', () => {
    const d = neuerOrdner();
    mkdirSync(path.join(d, 'daten', 'ist-ein-ordner.csv'), { recursive: true });
    // The descriptors of this process that point into the folder.
    const offenDarin = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).startsWith(d);
        } catch {
          return false; // closed while listing
        }
      });
    const a = new OrdnerAblage(d);
    // It fails when the writer next looks, at the latest when it waits for every file.
    expect(() => {
      ablegen(a, 'daten/a.csv', 'a\n');
      a.oeffnen('daten/halb.csv').schreiben('1\n');
      ablegen(a, 'daten/ist-ein-ordner.csv', 'x\n');
      a.fertig();
    }).toThrow(/EISDIR|illegal operation on a directory/);
    a.beenden();
    a.beenden();
    expect(offenDarin()).toEqual([]);
    expect(readFileSync(path.join(d, 'daten', 'a.csv'), 'utf8')).toBe('a\n');
  });

  it('in a folder: the thread that created the files does not close descriptor numbers reused after it', async () => {
    const d = neuerOrdner();
    const a = new OrdnerAblage(d);
    for (let i = 0; i < 20; i++) ablegen(a, `x/${i}.csv`, 'x');
    a.fertig();
    a.beenden();
    // The numbers the thread opened are free again and taken by these; then the thread ends.
    const fds = Array.from({ length: 20 }, (_, i) => openSync(path.join(d, `y${i}.csv`), 'w'));
    await new Promise((r) => setTimeout(r, 500));
    for (const fd of fds) {
      writeSync(fd, 'y');
      closeSync(fd);
    }
    expect(readFileSync(path.join(d, 'y19.csv'), 'utf8')).toBe('y');
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
