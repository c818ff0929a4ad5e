import { fmtAnzahl, fmtDatum, fmtProzent } from './format';
import type { Sprache } from './i18n/sprache';
import { einfacherBruch } from './bruch';
import { verbinde } from './provenienz';
import type { Kennzahl } from './published';

const ORDINAL = ['', '', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte'];
const ZAHLWORT = ['', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'];
/** How close (percentage points) a share must be to a simple fraction to be called "etwa" that. */
const NAEHE = 1;


/**
 * A share in plain words, as the subject of a sentence: the nearest simple fraction a/b
 * (b ≤ 10) within one percentage point ("Etwa jede dritte Person", "Etwa drei von acht
 * Personen"); otherwise the largest "jede n-te" it exceeds ("Mehr als jede zweite Person");
 * below one in ten, the percentage itself. `plural` tells the verb's number.
 */
export function anteilInWorten(prozent: number): { text: string; plural: boolean } {
  const best = einfacherBruch(prozent, NAEHE);
  if (best) return best.a === 1 ? { text: `Etwa jede ${ORDINAL[best.b]} Person`, plural: false } : { text: `Etwa ${ZAHLWORT[best.a]} von ${ZAHLWORT[best.b]} Personen`, plural: true };
  for (let n = 2; n <= 10; n++) if (prozent > 100 / n) return { text: `Mehr als jede ${ORDINAL[n]} Person`, plural: false };
  return { text: `${fmtProzent(prozent)} der Menschen`, plural: true };
}

/** The same in English: "About three in ten people", "More than one in two people". */
export function shareInWords(percent: number): { text: string; plural: boolean } {
  const ZAHL = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const best = einfacherBruch(percent, NAEHE);
  if (best) return { text: `About ${ZAHL[best.a]} in ${ZAHL[best.b]} people`, plural: best.a > 1 };
  for (let n = 2; n <= 10; n++) if (percent > 100 / n) return { text: `More than one in ${ZAHL[n]} people`, plural: false };
  return { text: `${fmtProzent(percent, 'en')} of people`, plural: true };
}

export interface Satz {
  text: string;
  illustrativ: boolean;
}

/** A group the municipality forms from the refugee statuses (kommune.json `gruppen`), for the refugee sentence. */
export interface SatzGruppe {
  label: string;
  teile: string[];
}

/**
 * Plain-language sentences about the latest figures, generated from the data (never
 * hand-written numbers), in German or English. A sentence built on illustrative values says so.
 */
export function zusammenfassung(kennzahlen: Kennzahl[], stadt: string, s: Sprache = 'de', gruppe?: SatzGruppe): Satz[] {
  const de = s === 'de';
  const k = new Map(kennzahlen.map((x) => [x.id, x]));
  const n = (x: number) => fmtAnzahl(x, s);
  const d = (iso: string) => fmtDatum(iso, s);
  const stand = (iso: string) => (de ? `Stand ${d(iso)}` : `as of ${d(iso)}`);
  const saetze: Satz[] = [];
  const ew = k.get('einwohner');
  if (ew?.wert != null) {
    const vergleichbar = ew.vorher && !ew.ohneVorperiode && ew.vorher.illustrativ === ew.illustrativ;
    const diff = ew.vorher ? ew.wert - ew.vorher.wert : 0;
    const change =
      vergleichbar && ew.vorher
        ? de
          ? `, ${diff === 0 ? 'genauso viele' : `${n(Math.abs(diff))} ${diff > 0 ? 'mehr' : 'weniger'}`} als am ${d(ew.vorher.stichtag)}`
          : `, ${diff === 0 ? 'as many as' : `${n(Math.abs(diff))} ${diff > 0 ? 'more than' : 'fewer than'}`} on ${d(ew.vorher.stichtag)}`
        : '';
    saetze.push({ text: de ? `Am ${d(ew.stichtag)} lebten in ${stadt} ${n(ew.wert)} Menschen${change}.` : `On ${d(ew.stichtag)}, ${n(ew.wert)} people lived in ${stadt}${change}.`, illustrativ: ew.illustrativ });
  }
  const al = k.get('auslaender');
  const alA = k.get('anteil_auslaender');
  if (al?.wert != null) {
    const mitAnteil = alA?.wert != null && alA.stichtag === al.stichtag;
    const anteil = mitAnteil && alA?.wert != null ? fmtProzent(alA.wert, s) : '';
    saetze.push({
      text: de
        ? `${n(al.wert)} von ihnen hatten keine deutsche Staatsangehörigkeit${mitAnteil ? ` – ${anteil} der Bevölkerung` : ''} (${stand(al.stichtag)}).`
        : `${n(al.wert)} of them did not hold German citizenship${mitAnteil ? ` – ${anteil} of the population` : ''} (${stand(al.stichtag)}).`,
      illustrativ: verbinde(mitAnteil && alA ? [al, alA] : [al]).illustrativ,
    });
  }
  const mh = k.get('anteil_mh');
  if (mh?.wert != null) {
    const w = de ? anteilInWorten(mh.wert) : shareInWords(mh.wert);
    saetze.push({
      text: de
        ? `${w.text} ${w.plural ? 'haben' : 'hat'} einen Migrationshintergrund (${fmtProzent(mh.wert, s)}, ${stand(mh.stichtag)}).`
        : `${w.text} ${w.plural ? 'have' : 'has'} a migration background (Migrationshintergrund; ${fmtProzent(mh.wert, s)}, ${stand(mh.stichtag)}).`,
      illustrativ: mh.illustrativ,
    });
  }
  const fl = k.get('fluechtlinge');
  if (fl?.wert != null) {
    // The municipality's own grouping of statuses (if any), named as it names it.
    const teile = gruppe?.teile.map((id) => fl.teile?.find((t) => t.id === id)?.wert ?? null) ?? [];
    const summe = gruppe && teile.length && teile.every((x) => x !== null) ? (teile as number[]).reduce((a, b) => a + b, 0) : null;
    const zusatz = summe === null || !gruppe ? '' : de ? `; ${n(summe)} von ihnen zählt die Kommune zur Gruppe „${gruppe.label}“` : `; the municipality counts ${n(summe)} of them in its group “${gruppe.label}”`;
    saetze.push({
      text: de ? `${n(fl.wert)} Flüchtlinge lebten in der Stadt (${stand(fl.stichtag)})${zusatz}.` : `${n(fl.wert)} refugees lived in the city (${stand(fl.stichtag)})${zusatz}.`,
      illustrativ: verbinde([fl, ...(summe !== null ? (fl.teile ?? []) : [])]).illustrativ,
    });
  }
  const bg = k.get('bulgarien');
  const ro = k.get('rumaenien');
  if (bg?.wert != null && ro?.wert != null && bg.stichtag === ro.stichtag)
    saetze.push({
      text: de
        ? `Aus Bulgarien kamen ${n(bg.wert)}, aus Rumänien ${n(ro.wert)} Menschen mit dieser Staatsangehörigkeit (${stand(bg.stichtag)}).`
        : `${n(bg.wert)} people held Bulgarian and ${n(ro.wert)} Romanian citizenship (${stand(bg.stichtag)}).`,
      illustrativ: verbinde([bg, ro]).illustrativ,
    });
  // A sentence stands alone (copied, read aloud): an illustrative one says so in its own words.
  const markiert = de ? ' – Beispieldaten, keine amtliche Zahl.' : ' – example data, not an official figure.';
  return saetze.map((x) => (x.illustrativ ? { ...x, text: x.text.replace(/\.$/, markiert) } : x));
}
