/**
 * Build-time memory: a page build renders hundreds of pages in one process, and many of them ask
 * for the same derived data. A remembered result is frozen, so a caller that would change it
 * (and with it every later page) fails loudly instead.
 */

/** Freezes a value and everything reachable from it (iteratively: deep data cannot overflow the stack). */
export function eingefroren<T>(wert: T): T {
  const offen: unknown[] = [wert];
  while (offen.length) {
    const v = offen.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const kind of Object.values(v)) offen.push(kind);
  }
  return wert;
}

type Knoten = { objekte: WeakMap<object, Knoten>; werte: Map<unknown, Knoten>; ergebnis?: { wert: unknown } };
const knoten = (): Knoten => ({ objekte: new WeakMap(), werte: new Map() });

/**
 * `f` remembered by the identity of its arguments (objects by reference, held weakly; other values
 * by value). Its results are frozen. For pure functions of data that is itself remembered
 * (e.g. the files `lib/data.ts` keeps while they are unchanged).
 */
export function gemerkt<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const wurzel = knoten();
  return (...args: A): R => {
    let k = wurzel;
    for (const a of args) {
      const objekt = a !== null && (typeof a === 'object' || typeof a === 'function');
      const naechster = objekt ? k.objekte.get(a as object) : k.werte.get(a);
      if (naechster) k = naechster;
      else {
        const neu = knoten();
        if (objekt) k.objekte.set(a as object, neu);
        else k.werte.set(a, neu);
        k = neu;
      }
    }
    // The path's length is part of the key: f(a) and f(a, undefined) end at different nodes.
    if (!k.ergebnis) k.ergebnis = { wert: eingefroren(f(...args)) };
    return k.ergebnis.wert as R;
  };
}
