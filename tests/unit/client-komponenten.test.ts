import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUR_MIT_LAUFZEIT, OHNE_LAUFZEIT_VOLLSTAENDIG } from '@/lib/laufzeit/laufzeit';

const ROOT = path.resolve(__dirname, '../..');

function quellen(dir: string): { datei: string; text: string }[] {
  const out: { datei: string; text: string }[] = [];
  const offen = [path.join(ROOT, dir)];
  for (let d = offen.pop(); d; d = offen.pop())
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) offen.push(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.includes('.test.')) out.push({ datei: path.relative(ROOT, p), text: readFileSync(p, 'utf8') });
    }
  return out;
}
const client = [...quellen('components'), ...quellen('app')].filter((q) => /^['"]use client['"]/.test(q.text));

describe('client components and the pages without runtime (lib/laufzeit)', () => {
  it('export no default, so a payload\'s "default" is always one of Next\'s own parts', () => {
    expect(client.length).toBeGreaterThan(10);
    expect(client.filter((q) => /export\s+default\b/.test(q.text)).map((q) => q.datei)).toEqual([]);
  });

  it('the components counted as complete in their static HTML keep no state, run no effect and handle no event', () => {
    const vollstaendig = client.filter((q) => [...OHNE_LAUFZEIT_VOLLSTAENDIG].some((n) => new RegExp(`export function ${n}\\b`).test(q.text)));
    expect(vollstaendig.length).toBe(OHNE_LAUFZEIT_VOLLSTAENDIG.size);
    for (const q of vollstaendig) {
      const hooks = [...q.text.matchAll(/\buse[A-Z]\w*/g)].map((m) => m[0]);
      expect(hooks.filter((h) => h !== 'usePathname'), q.datei).toEqual([]);
      expect(/\son[A-Z]\w*=\{/.test(q.text), q.datei).toBe(false);
    }
  });

  it('the components whose work exists only with the runtime render nothing', () => {
    const nur = client.filter((q) => [...NUR_MIT_LAUFZEIT].some((n) => new RegExp(`export function ${n}\\b`).test(q.text)));
    expect(nur.length).toBe(NUR_MIT_LAUFZEIT.size);
    // The component's only result is nothing: its last statement.
    for (const q of nur) expect(q.text, q.datei).toMatch(/\n {2}return null;\n\}\n?$/);
  });
});
