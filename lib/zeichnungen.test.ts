import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zeichnungAblegen, zeichnungenEinsetzen, zeichnungenImSpeicher, zeichnungsName, zeichnungsOrdner } from './zeichnungen';

const SVG = "<svg viewBox='0 0 10 10'><title>A &amp; B: 1.234 $& $1</title></svg>";

describe('drawings set into the HTML after the build', () => {
  it('keeps each drawing once under its content hash, whole', () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'zeichnungen-'));
    try {
      const name = zeichnungAblegen(SVG, d);
      expect(zeichnungAblegen(SVG, d)).toBe(name);
      expect(name).toBe(zeichnungsName(SVG));
      expect(name).toMatch(/^[0-9a-f]{20}$/);
      expect(readdirSync(d)).toEqual([`${name}.svg`]);
      expect(readFileSync(path.join(d, `${name}.svg`), 'utf8')).toBe(SVG);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('one folder per export folder, inside the project', () => {
    expect(zeichnungsOrdner('out-fixture', '/p')).toBe('/p/.zeichnungen/out-fixture');
    expect(zeichnungsOrdner('/p/out', '/p')).toBe('/p/.zeichnungen/out');
  });

  it('sets the markup into the boxes React wrote, as it is, and names the missing', () => {
    const a = zeichnungsName(SVG);
    const b = zeichnungsName('fehlt');
    const html = `<p>x</p><div class="nur-breit" data-zeichnung="${a}"></div><div data-zeichnung="${a}"></div><div data-zeichnung="${b}"></div><div data-zeichnung="kurz"></div>`;
    const r = zeichnungenEinsetzen(html, (n) => (n === a ? SVG : undefined));
    expect(r.gesetzt).toBe(2);
    expect(r.fehlend).toEqual([b]);
    expect(r.html).toBe(`<p>x</p><div class="nur-breit" data-zeichnung="${a}">${SVG}</div><div data-zeichnung="${a}">${SVG}</div><div data-zeichnung="${b}"></div><div data-zeichnung="kurz"></div>`);
    // Run again: the boxes are full, nothing changes.
    expect(zeichnungenEinsetzen(r.html, (n) => (n === a ? SVG : undefined))).toEqual({ html: r.html, fehlend: [b], gesetzt: 0 });
  });

  // Last: from here on this test file's process keeps drawings in memory.
  it('keeps drawings in memory once asked to, and writes no file', () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'zeichnungen-'));
    try {
      const speicher = zeichnungenImSpeicher();
      expect(zeichnungenImSpeicher()).toBe(speicher);
      const name = zeichnungAblegen(SVG, d);
      expect(name).toBe(zeichnungsName(SVG));
      expect(speicher.get(name)).toBe(SVG);
      expect(readdirSync(d)).toEqual([]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
