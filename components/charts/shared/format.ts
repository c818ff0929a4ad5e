import { GEHEIM_TEXT, zeichenAnzeige } from '@/lib/format';
import { fmtIn } from '@/lib/themen/einheit';
import type { Punkt } from '@/lib/themen/model';

export { fmtIn };

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
