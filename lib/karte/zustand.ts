import type { Methode } from './klassen';
import type { Ebene } from '../themen/punkte';

/** What the map shows; mirrored in the URL so a copied link opens the same view. */
export interface KartenZustand {
  indikator: string;
  ebene: Ebene;
  stichtag: string;
  methode: Methode;
  gebiet: string | null;
}

const METHODEN: Methode[] = ['jenks', 'quantil', 'gleich'];

/** Reads the view from URL parameters, falling back to the defaults for anything unknown. */
export function ausUrl(search: string, standard: KartenZustand, erlaubt: { indikatoren: string[]; ebenen: string[]; stichtage: string[]; gebiete: string[] }): KartenZustand {
  const p = new URLSearchParams(search);
  const pick = <T extends string>(v: string | null, ok: readonly T[], d: T): T => (v !== null && (ok as readonly string[]).includes(v) ? (v as T) : d);
  return {
    indikator: pick(p.get('indikator'), erlaubt.indikatoren, standard.indikator),
    ebene: pick(p.get('ebene'), erlaubt.ebenen, standard.ebene),
    stichtag: pick(p.get('stichtag'), erlaubt.stichtage, standard.stichtag),
    methode: pick(p.get('klassen'), METHODEN, standard.methode),
    gebiet: pick(p.get('gebiet'), erlaubt.gebiete, '') || null,
  };
}

/** The values of the address that do not exist here (shown as a notice; the view uses the defaults instead). */
export function falscheWerte(search: string, erlaubt: { indikatoren: string[]; ebenen: string[]; stichtage: string[]; gebiete: string[] }): string[] {
  const p = new URLSearchParams(search);
  const felder: [string, readonly string[]][] = [
    ['indikator', erlaubt.indikatoren],
    ['ebene', erlaubt.ebenen],
    ['stichtag', erlaubt.stichtage],
    ['klassen', METHODEN],
    ['gebiet', erlaubt.gebiete],
  ];
  return felder.flatMap(([feld, ok]) => {
    const v = p.get(feld);
    return v !== null && !ok.includes(v) ? [v] : [];
  });
}

export function inUrl(z: KartenZustand): string {
  const p = new URLSearchParams({ indikator: z.indikator, ebene: z.ebene, stichtag: z.stichtag, klassen: z.methode });
  if (z.gebiet) p.set('gebiet', z.gebiet);
  return `?${p.toString()}`;
}
