import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Replaces the published folder as a whole: writes everything to a sibling temporary folder,
 * then swaps it in with renames. If anything fails before the swap, the old folder is untouched.
 */
export function publishAtomically(target: string, files: Map<string, string | Uint8Array>): void {
  const parent = path.dirname(target);
  const tmp = path.join(parent, `.published-neu-${process.pid}`);
  const old = path.join(parent, `.published-alt-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [rel, content] of files) {
      const p = path.join(tmp, rel);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, content);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (e) {
    if (hadOld) renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
