/**
 * A view as a URL: each chart card keeps its selectors in the query string under its own id,
 * `<karte>.<feld>=<wert>` (e.g. `?vergleich.ebene=<id of a level in kommune.json>&vergleich.mass=anteil`). Values equal
 * to the default are left out, so the default view has the plain address. Pure: no window here.
 */

/** The value of one field of one card, or undefined when the address does not set it. */
export function feldLesen(suche: string, karte: string, feld: string): string | undefined {
  return new URLSearchParams(suche).get(`${karte}.${feld}`) ?? undefined;
}

/**
 * The query string with the card's fields set (a field at its default, or undefined, is removed);
 * every other parameter stays as it was. Returns '' or '?…'.
 */
export function felderSchreiben(suche: string, karte: string, werte: Record<string, string | undefined>, standard: Record<string, string>): string {
  const mit = (r: Record<string, string | undefined>) => Object.fromEntries(Object.entries(r).map(([feld, wert]) => [`${karte}.${feld}`, wert]));
  return parameterSchreiben(suche, mit(werte), mit(standard));
}

/**
 * The query string with parameters set by their full names (one at its default, or undefined,
 * is removed); every other parameter stays as it was. Returns '' or '?…'.
 */
export function parameterSchreiben(suche: string, werte: Record<string, string | undefined>, standard: Record<string, string | undefined> = {}): string {
  const p = new URLSearchParams(suche);
  for (const [name, wert] of Object.entries(werte)) {
    if (wert === undefined || wert === standard[name]) p.delete(name);
    else p.set(name, wert);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Only this card's parameters, as a query string for its embed page ('' when all are default). */
export function kartenTeil(suche: string, karte: string): string {
  const p = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(suche)) if (k.startsWith(`${karte}.`)) p.append(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A value from the address checked against the allowed ones: unknown values fall back to the default and are reported. */
export function waehlen<T extends string>(gelesen: string | undefined, erlaubt: readonly T[], standard: T): { wert: T; falsch?: string } {
  if (gelesen === undefined) return { wert: standard };
  return (erlaubt as readonly string[]).includes(gelesen) ? { wert: gelesen as T } : { wert: standard, falsch: gelesen };
}
