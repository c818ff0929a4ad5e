import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { kommuneSchema, type Kommune } from '../lib/config';
import { inSprache, SPRACHEN, type Sprache } from '../lib/i18n/sprache';

export const ROOT = path.resolve(__dirname, '..');
export const DATA = process.env.INTEGRATIONSATLAS_DATA ?? path.join(ROOT, 'data');
/** The static export: `out/`, or another folder inside the project (INTEGRATIONSATLAS_OUT, e.g. a fixture's site). */
export const OUT = path.join(ROOT, process.env.INTEGRATIONSATLAS_OUT ?? 'out');
export const rawPath = (rel: string) => path.join(DATA, 'raw', rel);
/** The languages the export has: those whose start page is in it. */
export const sprachenImExport = (): Sprache[] => SPRACHEN.filter((s) => existsSync(path.join(OUT, inSprache('/', s), 'index.html')));

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
 * The asynchronous work of the scripts loaded into this process that has not been waited for:
 * true when it succeeded (scripts/nachbearbeiten.ts runs its steps in one process and waits
 * for each step's work before the next).
 */
export const offeneArbeit: Promise<boolean>[] = [];

/**
 * Ends a script whose work is asynchronous (tsx runs scripts as CommonJS, without top-level
 * await): prints its summary when the work is done, or the error with exit code 1.
 */
export function zuEnde(arbeit: Promise<unknown>, zusammenfassung: () => string): void {
  offeneArbeit.push(
    arbeit.then(
      () => {
        console.log(zusammenfassung());
        return true;
      },
      (fehler: unknown) => {
        console.error(fehler);
        process.exitCode = 1;
        return false;
      },
    ),
  );
}

/**
 * Starts a script of this folder in a process of its own, beside this one (its output goes to
 * this one's; `env` adds to the environment). `fertig` resolves when it ended with exit code 0
 * and rejects otherwise; `abbrechen` stops it.
 */
export function nebenher(skript: string, env: Record<string, string> = {}): { fertig: Promise<void>; abbrechen: () => void } {
  const kind = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, skript)], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  const fertig = new Promise<void>((gut, schlecht) => {
    kind.on('error', schlecht);
    kind.on('exit', (code, signal) => (code === 0 ? gut() : schlecht(new Error(`${skript} endete mit ${code ?? signal}`))));
  });
  // Awaited as a step of its own; until then a failure must not count as unhandled.
  fertig.catch(() => undefined);
  return { fertig, abbrechen: () => void kind.kill() };
}

/**
 * Runs steps one after the other in this process — each loads a script — and waits for each
 * step's asynchronous work (zuEnde) before the next. Stops at the first step that fails (throws,
 * its work fails, or it sets an exit code, as a step run alone would end with): `ok` false, the
 * later steps not run. `zeiten`: each step's seconds.
 */
export async function nacheinander(schritte: Record<string, () => Promise<unknown>>): Promise<{ ok: boolean; zeiten: string[] }> {
  const zeiten: string[] = [];
  for (const [name, laden] of Object.entries(schritte)) {
    const t = performance.now();
    try {
      await laden();
    } catch (fehler) {
      console.error(fehler);
      return { ok: false, zeiten };
    }
    if ((await Promise.all(offeneArbeit.splice(0))).includes(false) || process.exitCode) return { ok: false, zeiten };
    zeiten.push(`${name} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { ok: true, zeiten };
}
