/** Sorting a data table by one of its columns: the order as `<spalte>:<auf|ab>` in the address (client-safe, pure). */

/** What a row sorts by in one column (null: no value, sorted last). */
export type Sortwert = number | string | null;

export type Richtung = 'auf' | 'ab';
export interface Sortierung {
  spalte: string;
  richtung: Richtung;
}

/** Reads `spalte:richtung`; anything else (unknown column, other direction) is no sorting, reported as wrong. */
export function sortLesen(wert: string | undefined, spalten: readonly string[]): { sort: Sortierung | null; falsch?: string } {
  if (wert === undefined) return { sort: null };
  const i = wert.lastIndexOf(':');
  const spalte = wert.slice(0, i);
  const richtung = wert.slice(i + 1);
  return i > 0 && spalten.includes(spalte) && (richtung === 'auf' || richtung === 'ab') ? { sort: { spalte, richtung } } : { sort: null, falsch: wert };
}

export const sortSchreiben = (s: Sortierung | null) => (s ? `${s.spalte}:${s.richtung}` : undefined);

/** The next order when a column's header is chosen: ascending, then descending, then the table's own order. */
export function naechste(aktuell: Sortierung | null, spalte: string): Sortierung | null {
  if (aktuell?.spalte !== spalte) return { spalte, richtung: 'auf' };
  return aktuell.richtung === 'auf' ? { spalte, richtung: 'ab' } : null;
}

/**
 * The rows in the chosen order (stable; rows without a value last in both directions; `fest`
 * rows — the reference — stay at the end in their own order). Text in the page's language's order.
 */
export function sortieren<Z>(zeilen: readonly Z[], sort: Sortierung | null, schluessel: (z: Z, spalte: string) => Sortwert, sprache: string, fest: (z: Z) => boolean = () => false): Z[] {
  const frei = zeilen.filter((z) => !fest(z));
  const am = zeilen.filter(fest);
  if (!sort) return [...frei, ...am];
  const faktor = sort.richtung === 'auf' ? 1 : -1;
  const mitIndex = frei.map((z, i) => ({ z, i, k: schluessel(z, sort.spalte) }));
  mitIndex.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), sprache, { numeric: true });
    return c * faktor || a.i - b.i;
  });
  return [...mitIndex.map((x) => x.z), ...am];
}

/** A row of a table in the page: its place in the table's own order, its sort values, whether it stays at the end. */
export interface Reihe {
  ordnung: number;
  werte: readonly Sortwert[];
  fest: boolean;
}

/**
 * The rows of a table in the page in the chosen order, whatever order they stand in now: the
 * table's own order (`ordnung`) sorted by the chosen column (one of `spalten`; an unknown one is
 * the own order).
 */
export function reihenfolge<R extends Reihe>(reihen: readonly R[], spalten: readonly string[], sort: Sortierung | null, sprache: string): R[] {
  const eigen = [...reihen].sort((a, b) => a.ordnung - b.ordnung);
  const i = sort ? spalten.indexOf(sort.spalte) : -1;
  return sortieren(eigen, i < 0 ? null : sort, (r) => r.werte[i] ?? null, sprache, (r) => r.fest);
}

/** A row's sort values as the page stores them (JSON in `data-werte`); anything else is no values. */
export function werteLesen(json: string | undefined): Sortwert[] {
  try {
    const w: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(w) ? w.map((x) => (typeof x === 'number' || typeof x === 'string' ? x : null)) : [];
  } catch {
    return [];
  }
}
