import { fmtAnzahl, fmtDatum, fmtProzent } from './format';
import { verbinde } from './provenienz';
import type { Kennzahl } from './published';

const ORDINAL = ['', '', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte'];
const ZAHLWORT = ['', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'];
/** How close (percentage points) a share must be to a simple fraction to be called "etwa" that. */
const NAEHE = 1;

const ggT = (a: number, b: number): number => (b === 0 ? a : ggT(b, a % b));

/**
 * A share in plain words, as the subject of a sentence: the nearest simple fraction a/b
 * (b ≤ 10) within one percentage point ("Etwa jede dritte Person", "Etwa drei von acht
 * Personen"); otherwise the largest "jede n-te" it exceeds ("Mehr als jede zweite Person");
 * below one in ten, the percentage itself. `plural` tells the verb's number.
 */
export function anteilInWorten(prozent: number): { text: string; plural: boolean } {
  let best: { a: number; b: number; d: number } | undefined;
  for (let b = 2; b <= 10; b++)
    for (let a = 1; a < b; a++) {
      if (ggT(a, b) !== 1) continue;
      const d = Math.abs(prozent - (100 * a) / b);
      if (d <= NAEHE && (!best || d < best.d - 1e-9)) best = { a, b, d };
    }
  if (best) return best.a === 1 ? { text: `Etwa jede ${ORDINAL[best.b]} Person`, plural: false } : { text: `Etwa ${ZAHLWORT[best.a]} von ${ZAHLWORT[best.b]} Personen`, plural: true };
  for (let n = 2; n <= 10; n++) if (prozent > 100 / n) return { text: `Mehr als jede ${ORDINAL[n]} Person`, plural: false };
  return { text: `${fmtProzent(prozent)} der Menschen`, plural: true };
}

export interface Satz {
  text: string;
  illustrativ: boolean;
}

/**
 * Plain-language sentences about the latest figures, generated from the data (never
 * hand-written numbers). A sentence built on illustrative values says so.
 */
export function zusammenfassung(kennzahlen: Kennzahl[], stadt: string): Satz[] {
  const k = new Map(kennzahlen.map((x) => [x.id, x]));
  const saetze: Satz[] = [];
  const ew = k.get('einwohner');
  if (ew?.wert != null) {
    const vergleichbar = ew.vorher && !ew.ohneVorperiode && ew.vorher.illustrativ === ew.illustrativ;
    const d = ew.vorher ? ew.wert - ew.vorher.wert : 0;
    const change = vergleichbar && ew.vorher ? `, ${d === 0 ? 'genauso viele' : `${fmtAnzahl(Math.abs(d))} ${d > 0 ? 'mehr' : 'weniger'}`} als am ${fmtDatum(ew.vorher.stichtag)}` : '';
    saetze.push({ text: `Am ${fmtDatum(ew.stichtag)} lebten in ${stadt} ${fmtAnzahl(ew.wert)} Menschen${change}.`, illustrativ: ew.illustrativ });
  }
  const al = k.get('auslaender');
  const alA = k.get('anteil_auslaender');
  if (al?.wert != null)
    saetze.push({
      text: `${fmtAnzahl(al.wert)} von ihnen hatten keine deutsche Staatsangehörigkeit${alA?.wert != null && alA.stichtag === al.stichtag ? ` – ${fmtProzent(alA.wert)} der Bevölkerung` : ''} (Stand ${fmtDatum(al.stichtag)}).`,
      illustrativ: verbinde(alA?.wert != null && alA.stichtag === al.stichtag ? [al, alA] : [al]).illustrativ,
    });
  const mh = k.get('anteil_mh');
  if (mh?.wert != null) {
    const w = anteilInWorten(mh.wert);
    saetze.push({ text: `${w.text} ${w.plural ? 'haben' : 'hat'} einen Migrationshintergrund (${fmtProzent(mh.wert)}, Stand ${fmtDatum(mh.stichtag)}).`, illustrativ: mh.illustrativ });
  }
  const fl = k.get('fluechtlinge');
  const teil = (id: string) => fl?.teile?.find((t) => t.id === id)?.wert ?? null;
  if (fl?.wert != null) {
    const integration = [teil('anerkannt'), teil('asyl_mit_bleibeperspektive')];
    const integr = integration.every((x) => x !== null) ? (integration as number[]).reduce((a, b) => a + b, 0) : null;
    saetze.push({
      text: `${fmtAnzahl(fl.wert)} Flüchtlinge lebten in der Stadt (Stand ${fmtDatum(fl.stichtag)})${integr !== null ? `; für ${fmtAnzahl(integr)} von ihnen steht die Integration im Vordergrund` : ''}.`,
      illustrativ: verbinde([fl, ...(integr !== null ? (fl.teile ?? []) : [])]).illustrativ,
    });
  }
  const bg = k.get('bulgarien');
  const ro = k.get('rumaenien');
  if (bg?.wert != null && ro?.wert != null && bg.stichtag === ro.stichtag)
    saetze.push({ text: `Aus Bulgarien kamen ${fmtAnzahl(bg.wert)}, aus Rumänien ${fmtAnzahl(ro.wert)} Menschen mit dieser Staatsangehörigkeit (Stand ${fmtDatum(bg.stichtag)}).`, illustrativ: verbinde([bg, ro]).illustrativ });
  // A sentence stands alone (copied, read aloud): an illustrative one says so in its own words.
  return saetze.map((x) => (x.illustrativ ? { ...x, text: x.text.replace(/\.$/, ' – Beispieldaten, keine amtliche Zahl.') } : x));
}
