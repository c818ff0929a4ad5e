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

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.path : `${p.path}:${p.line}`;
  const label = p.severity === 'warning' ? 'Warnung: ' : '';
  return `${where}: ${label}${p.message}`;
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
