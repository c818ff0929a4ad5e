import type { Zeichen } from '../values';
import type { KompaktDaten } from './model';
import { textTabelle } from '../wiederholt';

type Wert = [number | null, Zeichen | null, string];

/**
 * KompaktDaten as the page's payload carries them to a client component: each area's values of a
 * merkmal as one row along `stichtage` (null where there is none), sources as indices into `q`.
 * About a third of the nested form, which names every Stichtag and source again for each value.
 */
export type KompaktGepackt = Omit<KompaktDaten, 'werte'> & {
  q: string[];
  /** merkmal → gebiet → [wert, zeichen, quelle-index] per Stichtag (index as in `stichtage`), or null */
  w: Record<string, Record<string, ([number | null, Zeichen | null, number] | null)[]>>;
};

/** What a client component takes: packed from the server, as it is from the browser's own code. */
export type KompaktFuerClient = KompaktDaten | KompaktGepackt;

export function kompaktPacken(k: KompaktDaten): KompaktGepackt {
  const { werte, ...rest } = k;
  const spalte = new Map(k.stichtage.map((s, i) => [s, i]));
  const { liste: q, index: quellIndex } = textTabelle();
  const w: KompaktGepackt['w'] = {};
  for (const [m, jeGebiet] of Object.entries(werte)) {
    const zeilen: KompaktGepackt['w'][string] = (w[m] = {});
    for (const [g, jeStichtag] of Object.entries(jeGebiet)) {
      const zeile: ([number | null, Zeichen | null, number] | null)[] = k.stichtage.map(() => null);
      for (const [s, [wert, zeichen, quelle]] of Object.entries(jeStichtag)) {
        const i = spalte.get(s);
        if (i === undefined) throw new Error(`Stichtag ${s} fehlt in stichtage`);
        zeile[i] = [wert, zeichen, quellIndex(quelle)];
      }
      zeilen[g] = zeile;
    }
  }
  return { ...rest, q, w };
}

export function kompaktAuspacken(p: KompaktGepackt): KompaktDaten {
  const { q, w, ...rest } = p;
  const werte: KompaktDaten['werte'] = {};
  for (const [m, jeGebiet] of Object.entries(w)) {
    const ziel: Record<string, Record<string, Wert>> = (werte[m] = {});
    for (const [g, zeile] of Object.entries(jeGebiet)) {
      const jeStichtag: Record<string, Wert> = (ziel[g] = {});
      zeile.forEach((v, i) => {
        const s = p.stichtage[i];
        if (v && s !== undefined) jeStichtag[s] = [v[0], v[1], q[v[2]] ?? ''];
      });
    }
  }
  return { ...rest, werte };
}

export const alsKompakt = (k: KompaktFuerClient): KompaktDaten => ('w' in k ? kompaktAuspacken(k) : k);
