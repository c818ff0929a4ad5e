import type { Punkt } from '../themen/model';
import type { Konzept } from './schema';
import { kostenNachFinanzierung } from './tabelle';

/** A bar of planned euros: official (the decision), dated by the decision where it has a date. */
const euroPunkt = (k: Konzept, x: string, xLabel: string, reiheLabel: string, wert: number): Punkt => ({
  x,
  xLabel,
  reihe: 'kosten',
  reiheLabel,
  wert,
  zeichen: null,
  einheit: 'Euro',
  illustrativ: false,
  quelle: k.id,
  stichtag: k.beschluss?.datum ?? '',
});

/**
 * The measures with a planned annual amount, largest first (page chart and slide); with `hoechstens`
 * the largest n and one bar for the sum of the others.
 */
export function massnahmenPunkte(k: Konzept, reiheLabel: string, hoechstens?: { n: number; weitere: (anzahl: number) => string }): Punkt[] {
  const alle = k.massnahmen
    .flatMap((m, i) => (m.kosten_eur_jahr === undefined ? [] : [euroPunkt(k, m.nr ?? `m${i}`, m.nr ? `${m.nr}. ${m.titel}` : m.titel, reiheLabel, m.kosten_eur_jahr)]))
    .sort((a, b) => (b.wert ?? 0) - (a.wert ?? 0));
  if (!hoechstens || alle.length <= hoechstens.n + 1) return alle;
  const rest = alle.slice(hoechstens.n);
  let summe = 0;
  for (const p of rest) summe += p.wert ?? 0;
  return [...alle.slice(0, hoechstens.n), euroPunkt(k, 'weitere', hoechstens.weitere(rest.length), reiheLabel, summe)];
}

/** Planned annual amounts by funding (combinations as stated, never split), largest first. */
export const finanzierungPunkte = (k: Konzept, reiheLabel: string, name: (f: string) => string): Punkt[] =>
  kostenNachFinanzierung(k).map((f) => euroPunkt(k, f.finanzierung.join('+'), f.finanzierung.map(name).join(' + '), reiheLabel, f.summe));
