import { fmtAnzahl, fmtDatum, fmtProzent, fmtVeraenderung, zeichenAnzeige } from '@/lib/format';
import type { Kennzahl } from '@/lib/published';

const pp = (n: number) => `${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)} Prozentpunkte`;

export function fmtKennzahl(k: Pick<Kennzahl, 'art' | 'wert' | 'zeichen'>): string {
  if (k.wert === null) return zeichenAnzeige(k.zeichen);
  return k.art === 'prozent' ? fmtProzent(k.wert) : fmtAnzahl(k.wert);
}

/** "+588 seit 31.12.2023" or "+0,4 Prozentpunkte seit …"; shares compare in points. */
export function fmtAenderung(k: Kennzahl): string | null {
  if (!k.vorher || k.wert === null) return null;
  const d = k.wert - k.vorher.wert;
  const rounded = k.art === 'prozent' ? Math.round(d * 10) / 10 : d;
  const change = `${fmtVeraenderung(rounded, k.art === 'prozent' ? pp : fmtAnzahl)} seit ${fmtDatum(k.vorher.stichtag)}`;
  // Comparing an official value with an illustrative one must say so.
  return k.vorher.illustrativ && !k.illustrativ ? `${change} (Vorwert: Beispieldaten)` : change;
}
