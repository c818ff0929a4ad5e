import { fmtAnzahl, fmtEineStelle, fmtProzent } from '../format';
import type { Sprache } from '../i18n/sprache';
import type { Einheit } from './model';

/** A number in the unit it is measured in: counts whole, shares and rates with one decimal. */
export function fmtIn(wert: number, einheit: Einheit, s: Sprache = 'de'): string {
  if (einheit === 'Prozent') return fmtProzent(wert, s);
  if (einheit === 'je 1.000 Einwohner') return fmtEineStelle(wert, s);
  if (einheit === 'Euro') return s === 'de' ? `${fmtAnzahl(wert, s)} €` : `€${fmtAnzahl(wert, s)}`;
  return fmtAnzahl(wert, s);
}
