import { fmtAnzahl, fmtDatum, fmtEineStelle, fmtProzent, fmtVeraenderung, zeichenAnzeige } from '@/lib/format';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import type { Kennzahl } from '@/lib/published';

const PUNKTE: Record<Sprache, string> = { de: 'Prozentpunkte', en: 'percentage points' };
const pp = (n: number, s: Sprache) => `${fmtEineStelle(n, s)} ${PUNKTE[s]}`;

export function fmtKennzahl(k: Pick<Kennzahl, 'art' | 'wert' | 'zeichen'>, s: Sprache = 'de'): string {
  if (k.wert === null) return zeichenAnzeige(k.zeichen);
  return k.art === 'prozent' ? fmtProzent(k.wert, s) : fmtAnzahl(k.wert, s);
}

export const KEINE_VORPERIODE = woerter('de').start.keineVorperiode;

/**
 * "+588 seit 31.12.2023" or "+0,4 Prozentpunkte seit …" (shares compare in points). A change
 * needs two values of the same kind and definition: an official value is never compared with
 * an illustrative one, nor across a break in series.
 */
export function fmtAenderung(k: Kennzahl, s: Sprache = 'de'): string | null {
  const w = woerter(s).start;
  if (k.wert === null) return null;
  if (k.ohneVorperiode) return w.keineVorperiode;
  if (!k.vorher) return null;
  if (k.vorher.illustrativ !== k.illustrativ) return w.keineVorperiode;
  const d = k.wert - k.vorher.wert;
  const rounded = k.art === 'prozent' ? Math.round(d * 10) / 10 : d;
  return `${fmtVeraenderung(rounded, s, k.art === 'prozent' ? pp : fmtAnzahl)} ${w.seit} ${fmtDatum(k.vorher.stichtag, s)}`;
}
