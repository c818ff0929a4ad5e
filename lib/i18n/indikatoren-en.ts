import type { Indikator } from '../themen/indikatoren';
import type { Sprache } from './sprache';

type IndikatorId = 'einwohner' | 'dichte' | 'anteil_mh' | 'anteil_auslaender' | 'fluechtlinge_je_1000' | 'eu2_je_1000' | 'anerkannt_je_1000' | 'eu2_anzahl';

/** The indicators' names in English (German in lib/themen/indikatoren.ts); a test checks that every indicator is here. */
export const INDIKATOREN_EN: Record<IndikatorId, { label: string; kurz: string }> = {
  einwohner: { label: 'Inhabitants', kurz: 'Inhabitants' },
  dichte: { label: 'Population density (inhabitants per km²)', kurz: 'Inhabitants per km²' },
  anteil_mh: { label: 'Share with a migration background', kurz: 'Migration background' },
  anteil_auslaender: { label: 'Share of foreign nationals', kurz: 'Foreign nationals' },
  fluechtlinge_je_1000: { label: 'Refugees per 1,000 inhabitants', kurz: 'Refugees per 1,000' },
  eu2_je_1000: { label: 'Bulgarian and Romanian nationals per 1,000 inhabitants', kurz: 'EU-2 per 1,000' },
  anerkannt_je_1000: { label: 'Recognised refugees per 1,000 inhabitants', kurz: 'Recognised per 1,000' },
  eu2_anzahl: { label: 'Bulgarian and Romanian nationals (number)', kurz: 'EU-2' },
};

/** An indicator with its names in a language. */
export function indikatorIn<I extends Indikator>(i: I, s: Sprache): I {
  const en = INDIKATOREN_EN[i.id as IndikatorId];
  return s === 'de' || !en ? i : { ...i, ...en };
}
