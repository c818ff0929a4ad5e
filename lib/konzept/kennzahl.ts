import { bruchZwischen } from '../brueche';
import type { IstIllustrativ } from '../provenienz';
import type { DatensatzDatei } from '../published';

export interface KonzeptKennzahl {
  label: string;
  /** Share in per cent, or a count. */
  prozent: boolean;
  wert: number;
  stichtag: string;
  quelle: string;
  /** The official value before it, of the same definition (no break in between), if any. */
  vorher?: { wert: number; stichtag: string };
}

/**
 * The figure a measure addresses, as a headline: the latest official value of the merkmal for the
 * municipality with its own Stand, and the official value before it where no break lies between.
 * Illustrative values never stand here.
 */
export function konzeptKennzahl(datei: DatensatzDatei, merkmal: string, ags: string, istIll: IstIllustrativ): KonzeptKennzahl | null {
  const def = datei.merkmale.find((m) => m.id === merkmal);
  const werte = datei.werte
    .filter(([, g, m, w, , q]) => g === ags && m === merkmal && w !== null && !istIll(q))
    .sort((a, b) => a[0].localeCompare(b[0]));
  const letzt = werte.at(-1);
  if (!def || !letzt) return null;
  const vor = werte.at(-2);
  const vergleichbar = vor && !bruchZwischen(datei.brueche, merkmal, vor[0], letzt[0]);
  return {
    label: def.label,
    prozent: def.art === 'prozent',
    wert: letzt[3] as number,
    stichtag: letzt[0],
    quelle: letzt[5],
    ...(vergleichbar ? { vorher: { wert: vor[3] as number, stichtag: vor[0] } } : {}),
  };
}
