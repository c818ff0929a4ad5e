import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { kommuneSchema, type Kommune } from '../lib/config';

export const ROOT = path.resolve(__dirname, '..');
export const DATA = process.env.INTEGRATIONSATLAS_DATA ?? path.join(ROOT, 'data');
/** The static export: `out/`, or another folder inside the project (INTEGRATIONSATLAS_OUT, e.g. a fixture's site). */
export const OUT = path.join(ROOT, process.env.INTEGRATIONSATLAS_OUT ?? 'out');
export const rawPath = (rel: string) => path.join(DATA, 'raw', rel);

/**
 * Every regular file below a folder of the export (none if it does not exist), without the
 * folders `ohne` names; a loop, no recursion. The build's post-processing steps all walk out/.
 */
export function dateienUnter(wurzel: string, ohne: readonly string[] = []): { pfad: string; name: string; groesse: number }[] {
  const out: { pfad: string; name: string; groesse: number }[] = [];
  const offen = [wurzel];
  for (let dir = offen.pop(); dir !== undefined; dir = offen.pop()) {
    let namen: string[];
    try {
      namen = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of namen) {
      const pfad = path.join(dir, name);
      const st = statSync(pfad);
      if (st.isDirectory()) {
        if (!ohne.includes(name)) offen.push(pfad);
      } else if (st.isFile()) out.push({ pfad, name, groesse: st.size });
    }
  }
  return out;
}

export function loadKommune(): Kommune {
  return kommuneSchema.parse(JSON.parse(readFileSync(path.join(DATA, 'kommune.json'), 'utf8')));
}

/**
 * Ends a script whose work is asynchronous (tsx runs scripts as CommonJS, without top-level
 * await): prints its summary when the work is done, or the error with exit code 1.
 */
export function zuEnde(arbeit: Promise<unknown>, zusammenfassung: () => string): void {
  arbeit.then(
    () => console.log(zusammenfassung()),
    (fehler: unknown) => {
      console.error(fehler);
      process.exitCode = 1;
    },
  );
}
