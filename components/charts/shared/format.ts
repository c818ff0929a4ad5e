import { GEHEIM_SCHWELLE, zeichenAnzeige } from '@/lib/format';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { fmtIn } from '@/lib/themen/einheit';
import type { Punkt } from '@/lib/themen/model';

export { fmtIn };

/** A point's value for tables and tooltips; withheld and unknown are marks, never zero. */
export function fmtPunkt(p: Pick<Punkt, 'wert' | 'zeichen' | 'einheit'>, s: Sprache = 'de'): string {
  if (p.wert === null) return zeichenAnzeige(p.zeichen);
  if (p.zeichen === '–') return '–';
  return fmtIn(p.wert, p.einheit, s);
}

/** What a sign means, in words (tooltips, legends). */
export function zeichenTitel(z: Punkt['zeichen'], s: Sprache = 'de'): string | undefined {
  const w = diagramm(s);
  if (z === 'geheim') return w.geheim(GEHEIM_SCHWELLE);
  if (z === '.') return w.unbekannt;
  if (z === 'x') return w.nichtSinnvoll;
  if (z === '–') return w.nichts;
  return undefined;
}
