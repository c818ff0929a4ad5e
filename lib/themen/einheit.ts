import { fmtAnzahl, fmtProzent } from '../format';
import type { Einheit } from './model';

const nf1 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A number in the unit it is measured in: counts whole, shares and rates with one decimal. */
export function fmtIn(wert: number, einheit: Einheit): string {
  if (einheit === 'Prozent') return fmtProzent(wert);
  if (einheit === 'je 1.000 Einwohner') return nf1.format(wert);
  return fmtAnzahl(wert);
}
