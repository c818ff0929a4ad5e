import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { verbotenesZeichen } from '../text/zeichen';

/**
 * A clean data folder for a municipality from the template (vorlagen/kommune/): every text that
 * names the city comes from its AGS and name; no sources but the GENESIS tables and the area
 * scheme, no slides, no snapshots. Refuses to overwrite an existing folder.
 */
export function neueKommune(vorlage: string, ziel: string, { ags, name, heute }: { ags: string; name: string; heute: string }): string[] {
  if (!/^\d{5}(\d{3})?$/.test(ags)) throw new Error(`AGS „${ags}“: 5 oder 8 Ziffern`);
  if (!name.trim() || name.length > 100 || verbotenesZeichen(name) || /[{}"\\]/.test(name)) throw new Error('Name: 1 bis 100 Zeichen ohne Steuerzeichen, Anführungszeichen oder Klammern');
  if (existsSync(ziel) && readdirSync(ziel).length) throw new Error(`${ziel} ist nicht leer – nichts überschrieben`);
  mkdirSync(ziel, { recursive: true });
  cpSync(vorlage, ziel, { recursive: true, filter: (src) => !src.endsWith('LIESMICH.md') });
  mkdirSync(path.join(ziel, 'raw', 'genesis'), { recursive: true });
  const geschrieben: string[] = [];
  const fuellen = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) fuellen(p);
      else {
        writeFileSync(p, readFileSync(p, 'utf8').replace(/\{\{AGS\}\}/g, ags).replace(/\{\{NAME\}\}/g, name).replace(/\{\{HEUTE\}\}/g, heute));
        geschrieben.push(path.relative(ziel, p));
      }
    }
  };
  fuellen(ziel);
  return geschrieben.sort();
}
