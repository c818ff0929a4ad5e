import { fmtAnzahl, fmtProzent, GEHEIM_TEXT, zeichenAnzeige } from '@/lib/format';
import type { Einheit, Punkt } from '@/lib/themen/model';

const nf1 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A number in the unit it is measured in: counts whole, shares with one decimal. */
export function fmtIn(wert: number, einheit: Einheit): string {
  if (einheit === 'Prozent') return fmtProzent(wert);
  if (einheit === 'je 1.000 Einwohner') return nf1.format(wert);
  return fmtAnzahl(wert);
}

/** A point's value for tables and tooltips; withheld and unknown are marks, never zero. */
export function fmtPunkt(p: Pick<Punkt, 'wert' | 'zeichen' | 'einheit'>): string {
  if (p.wert === null) return zeichenAnzeige(p.zeichen);
  if (p.zeichen === '–') return '–';
  return fmtIn(p.wert, p.einheit);
}

export function zeichenTitel(z: Punkt['zeichen']): string | undefined {
  if (z === 'geheim') return GEHEIM_TEXT;
  if (z === '.') return 'Zahlenwert unbekannt';
  if (z === 'x') return 'Aussage nicht sinnvoll';
  if (z === '–') return 'nichts vorhanden';
  return undefined;
}
