import { fmtAnzahl, fmtDatum, fmtProzent, fmtVeraenderung, zeichenAnzeige } from '@/lib/format';
import type { Kennzahl } from '@/lib/published';

const pp = (n: number) => `${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)} Prozentpunkte`;

export function fmtKennzahl(k: Pick<Kennzahl, 'art' | 'wert' | 'zeichen'>): string {
  if (k.wert === null) return zeichenAnzeige(k.zeichen);
  return k.art === 'prozent' ? fmtProzent(k.wert) : fmtAnzahl(k.wert);
}

export const KEINE_VORPERIODE = 'keine vergleichbare Vorperiode';

/**
 * "+588 seit 31.12.2023" or "+0,4 Prozentpunkte seit …" (shares compare in points). A change
 * needs two values of the same kind and definition: an official value is never compared with
 * an illustrative one, nor across a break in series.
 */
export function fmtAenderung(k: Kennzahl): string | null {
  if (k.wert === null) return null;
  if (k.ohneVorperiode) return KEINE_VORPERIODE;
  if (!k.vorher) return null;
  if (k.vorher.illustrativ !== k.illustrativ) return KEINE_VORPERIODE;
  const d = k.wert - k.vorher.wert;
  const rounded = k.art === 'prozent' ? Math.round(d * 10) / 10 : d;
  return `${fmtVeraenderung(rounded, k.art === 'prozent' ? pp : fmtAnzahl)} seit ${fmtDatum(k.vorher.stichtag)}`;
}
