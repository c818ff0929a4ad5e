import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gepackt, zipArchiv, zipLesen } from './zip';

const DATEIEN = [
  { name: 'datapackage.json', daten: Buffer.from('{"a":1}\n') },
  { name: 'geo/stadt.geojson', daten: Buffer.from('x'.repeat(10000)) },
  { name: 'bevölkerung/2024-12-31.csv', daten: Buffer.from('a,b\r\n1,2\r\n') },
  { name: 'leer.txt', daten: Buffer.alloc(0) },
];

/** The archive's bytes as one buffer. */
const zipVon = (dateien: typeof DATEIEN) => {
  const teile: Buffer[] = [];
  zipArchiv(
    dateien.map((d) => gepackt(d.name, d.daten)),
    (t) => teile.push(Buffer.from(t)),
  );
  return Buffer.concat(teile);
};

const HAT_PYTHON = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('ZIP of the published data', () => {
  it('holds every file byte for byte, compressed, with UTF-8 names; the same files give the same bytes', () => {
    const zip = zipVon(DATEIEN);
    expect(zipLesen(zip)).toEqual(DATEIEN);
    expect(zip.length).toBeLessThan(10000);
    expect(zipVon(DATEIEN).equals(zip)).toBe(true);
  });

  it.runIf(HAT_PYTHON)('is read by an ordinary unzip tool (Python’s zipfile, which checks every CRC)', () => {
    const f = path.join(mkdtempSync(path.join(os.tmpdir(), 'zip-')), 'a.zip');
    writeFileSync(f, zipVon(DATEIEN));
    const out = execFileSync('python3', ['-c', 'import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None;print("|".join(i.filename+":"+str(i.file_size) for i in z.infolist()))', f], { encoding: 'utf8' }).trim();
    expect(out).toBe(DATEIEN.map((d) => `${d.name}:${d.daten.length}`).join('|'));
  });

  it('stops before writing past what a ZIP without ZIP64 can hold', () => {
    // 65,536 empty files: one more than the directory can count.
    const viele = Array.from({ length: 0x10000 }, (_, i) => gepackt(`${i}.txt`, Buffer.alloc(0)));
    let geschrieben = 0;
    expect(() => zipArchiv(viele, (t) => void (geschrieben += t.length))).toThrow(/ohne ZIP64/);
    // Every file before the 65,536th was written; nothing after.
    expect(geschrieben).toBe(viele.slice(0, 0xffff).reduce((n, d) => n + 30 + Buffer.byteLength(d.name) + 2, 0));
  });
});
