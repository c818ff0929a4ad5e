import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { OrdnerAblage } from './ablage';

/**
 * Replaces the published folder as a whole: `schreiben` puts every file into a sibling staging
 * folder (an OrdnerAblage), which is then swapped in with renames. If `schreiben` throws or
 * returns false, or anything fails before the swap, the old folder is untouched and the staging
 * folder removed. Returns what `schreiben` returned.
 */
export function publishAtomically(target: string, schreiben: (ablage: OrdnerAblage) => boolean): boolean {
  const parent = path.dirname(target);
  const tmp = path.join(parent, `.published-neu-${process.pid}`);
  const old = path.join(parent, `.published-alt-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const ablage = new OrdnerAblage(tmp);
  try {
    const ok = schreiben(ablage);
    if (ok) ablage.fertig();
    ablage.beenden();
    if (!ok) {
      rmSync(tmp, { recursive: true, force: true });
      return false;
    }
  } catch (e) {
    ablage.beenden();
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (e) {
    if (hadOld) renameSync(old, target);
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return true;
}
