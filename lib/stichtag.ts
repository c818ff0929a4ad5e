/** Validates an ISO date (YYYY-MM-DD) that names a real calendar day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Converts a German date (31.12.2024) to ISO, or undefined when it is none. */
export function deToIso(s: string): string | undefined {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Orders by Stichtag, earliest first. ISO dates sort as their code units do, so no locale
 * collation is needed (it costs about a microsecond per comparison, and the checks sort every
 * series of a million cells).
 */
export const nachStichtag = (a: { stichtag: string }, b: { stichtag: string }): number => (a.stichtag < b.stichtag ? -1 : a.stichtag > b.stichtag ? 1 : 0);
