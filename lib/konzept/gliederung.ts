import type { Konzept, Massnahme } from './schema';

type Ziel = Konzept['ziele'][number];
type Feld = Konzept['handlungsfelder'][number];

/** One goal (or none) with its fields of action (or none) and their measures, in the order of the concept. */
export interface Abschnitt {
  ziel?: Ziel;
  felder: { feld?: Feld; massnahmen: Massnahme[] }[];
}

/**
 * Goals → fields of action → measures, as the concept file states them: a measure stands under
 * each field it names (below that field's goals) and under each goal it names directly; measures
 * without any goal, and fields without a goal, come last. Empty goals and fields are left out.
 */
export function gliederung(k: Pick<Konzept, 'ziele' | 'handlungsfelder' | 'massnahmen'>): Abschnitt[] {
  const imFeld = (f: Feld) => k.massnahmen.filter((m) => m.handlungsfelder.includes(f.id));
  const felderVon = (zielId: string | undefined) => k.handlungsfelder.filter((f) => (zielId === undefined ? f.ziele.length === 0 : f.ziele.includes(zielId)));
  const abschnitt = (ziel: Ziel | undefined, direkt: Massnahme[]): Abschnitt => ({
    ...(ziel ? { ziel } : {}),
    felder: [...felderVon(ziel?.id).map((feld) => ({ feld, massnahmen: imFeld(feld) })), { massnahmen: direkt }].filter((f) => f.massnahmen.length > 0),
  });
  const hatZiel = (m: Massnahme) => m.ziele.length > 0 || m.handlungsfelder.some((h) => k.handlungsfelder.find((f) => f.id === h)?.ziele.length);
  // Directly under a goal: the measures naming it that no field of this goal already lists.
  const direktUnter = (z: Ziel) => k.massnahmen.filter((m) => m.ziele.includes(z.id) && !m.handlungsfelder.some((h) => felderVon(z.id).some((f) => f.id === h)));
  const ohne = k.massnahmen.filter((m) => !hatZiel(m) && m.handlungsfelder.length === 0);
  return [...k.ziele.map((z) => abschnitt(z, direktUnter(z))), abschnitt(undefined, ohne)].filter((a) => a.felder.length > 0);
}
