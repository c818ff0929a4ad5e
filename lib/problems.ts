/** A problem found while reading or checking inputs, tied to a place in a file. */
export interface Problem {
  severity: 'error' | 'warning';
  path: string;
  line?: number;
  message: string;
}

export interface Place {
  path: string;
  line?: number;
}

/** Longest message printed; values quoted from files are cut far earlier. */
const MAX_MELDUNG = 400;
const MAX_ZITAT = 80;
/** Most problems printed per file; the rest is counted. */
export const MAX_JE_DATEI = 50;

/**
 * Text from files and file names, safe for a terminal and a log line: control, bidi and other
 * invisible format characters escaped (\u…), so a name cannot fake output lines or reorder text.
 */
export function sicher(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Quoted values („…“) shortened, whole message bounded. */
function kurz(s: string): string {
  const z = s.replace(/„([^“]{0,100000}?)“/g, (_, inner: string) => `„${inner.length > MAX_ZITAT ? `${inner.slice(0, MAX_ZITAT)}… (${inner.length} Zeichen)` : inner}“`);
  return z.length > MAX_MELDUNG ? `${z.slice(0, MAX_MELDUNG)}…` : z;
}

export function formatProblem(p: Problem): string {
  const pfad = kurz(sicher(p.path));
  const where = p.line === undefined ? pfad : `${pfad}:${p.line}`;
  const label = p.severity === 'warning' ? 'Warnung: ' : '';
  return `${where}: ${label}${kurz(sicher(p.message))}`;
}

/** At most MAX_JE_DATEI problems per file, then one line counting the rest. */
export function begrenzt(problems: Problem[]): Problem[] {
  const je = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    const n = (je.get(p.path) ?? 0) + 1;
    je.set(p.path, n);
    if (n <= MAX_JE_DATEI) out.push(p);
  }
  for (const [path, n] of je) if (n > MAX_JE_DATEI) out.push({ severity: 'error', path, message: `… und ${n - MAX_JE_DATEI} weitere Probleme in dieser Datei` });
  return out;
}

export function error(place: Place, message: string): Problem {
  return { severity: 'error', ...place, message };
}

export function warning(place: Place, message: string): Problem {
  return { severity: 'warning', ...place, message };
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error');
