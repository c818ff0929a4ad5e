import type { Einheit, Punkt } from './model';
import type { Zeichen } from '../values';
import { textTabelle } from '../wiederholt';

/**
 * Chart points as the page's payload carries them to the table and the downloads: every text
 * once in `t`, each point a row of indices into it, its value, sign and kind. A profile's
 * points shrink to about a fifth; `auspacken` gives back exactly the same points.
 */
export interface PunkteGepackt {
  t: string[];
  /** [x, xLabel, reihe, reiheLabel, wert, zeichen (-1: none), einheit, illustrativ (0/1), quelle, stichtag, bruch.stichtag?, bruch.text?] */
  p: (number | null)[][];
}

/** Points as a client component takes them: packed from the server, as they are from the browser's own code. */
export type PunkteFuerClient = Punkt[] | PunkteGepackt;

export function packen(punkte: readonly Punkt[]): PunkteGepackt {
  const { liste: t, index: i } = textTabelle();
  const p = punkte.map((x) => {
    const zeile = [i(x.x), i(x.xLabel), i(x.reihe), i(x.reiheLabel), x.wert, x.zeichen === null ? -1 : i(x.zeichen), i(x.einheit), x.illustrativ ? 1 : 0, i(x.quelle), i(x.stichtag)];
    if (x.bruch) zeile.push(i(x.bruch.stichtag), i(x.bruch.text));
    return zeile;
  });
  return { t, p };
}

export function auspacken({ t, p }: PunkteGepackt): Punkt[] {
  const s = (n: number | null | undefined) => t[n ?? -1] ?? '';
  return p.map((z) => {
    const punkt: Punkt = {
      x: s(z[0]),
      xLabel: s(z[1]),
      reihe: s(z[2]),
      reiheLabel: s(z[3]),
      wert: z[4] ?? null,
      zeichen: z[5] === -1 || z[5] === null || z[5] === undefined ? null : (s(z[5]) as Zeichen),
      einheit: s(z[6]) as Einheit,
      illustrativ: z[7] === 1,
      quelle: s(z[8]),
      stichtag: s(z[9]),
    };
    if (z.length > 10) punkt.bruch = { stichtag: s(z[10]), text: s(z[11]) };
    return punkt;
  });
}

export const alsPunkte = (x: PunkteFuerClient): Punkt[] => (Array.isArray(x) ? x : auspacken(x));
