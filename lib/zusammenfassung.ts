import { fmtAnzahl, fmtDatum, fmtProzent } from './format';
import type { Kennzahl } from './published';

const ORDINAL = ['', '', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte'];

/** 37.5 % → "Etwa jede dritte Person"; the nearest "one in n". */
export function jedeNte(prozent: number): string {
  const n = Math.round(100 / prozent);
  return n >= 2 && n <= 10 ? `Etwa jede ${ORDINAL[n]} Person` : `${fmtProzent(prozent)} der Menschen`;
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
    const d = ew.vorher ? ew.wert - ew.vorher.wert : 0;
    const change = ew.vorher ? `, ${d === 0 ? 'genauso viele' : `${fmtAnzahl(Math.abs(d))} ${d > 0 ? 'mehr' : 'weniger'}`} als am ${fmtDatum(ew.vorher.stichtag)}` : '';
    saetze.push({ text: `Am ${fmtDatum(ew.stichtag)} lebten in ${stadt} ${fmtAnzahl(ew.wert)} Menschen${change}.`, illustrativ: ew.illustrativ });
  }
  const al = k.get('auslaender');
  const alA = k.get('anteil_auslaender');
  if (al?.wert != null)
    saetze.push({
      text: `${fmtAnzahl(al.wert)} von ihnen hatten keine deutsche Staatsangehörigkeit${alA?.wert != null && alA.stichtag === al.stichtag ? ` – ${fmtProzent(alA.wert)} der Bevölkerung` : ''} (Stand ${fmtDatum(al.stichtag)}).`,
      illustrativ: al.illustrativ || !!alA?.illustrativ,
    });
  const mh = k.get('anteil_mh');
  if (mh?.wert != null)
    saetze.push({ text: `${jedeNte(mh.wert)} hat einen Migrationshintergrund (${fmtProzent(mh.wert)}, Stand ${fmtDatum(mh.stichtag)}).`, illustrativ: mh.illustrativ });
  const fl = k.get('fluechtlinge');
  const teil = (id: string) => fl?.teile?.find((t) => t.id === id)?.wert ?? null;
  if (fl?.wert != null) {
    const integration = [teil('anerkannt'), teil('asyl_mit_bleibeperspektive')];
    const integr = integration.every((x) => x !== null) ? (integration as number[]).reduce((a, b) => a + b, 0) : null;
    saetze.push({
      text: `${fmtAnzahl(fl.wert)} Flüchtlinge lebten in der Stadt (Stand ${fmtDatum(fl.stichtag)})${integr !== null ? `; für ${fmtAnzahl(integr)} von ihnen steht die Integration im Vordergrund` : ''}.`,
      illustrativ: fl.illustrativ,
    });
  }
  const bg = k.get('bulgarien');
  const ro = k.get('rumaenien');
  if (bg?.wert != null && ro?.wert != null && bg.stichtag === ro.stichtag)
    saetze.push({ text: `Aus Bulgarien kamen ${fmtAnzahl(bg.wert)}, aus Rumänien ${fmtAnzahl(ro.wert)} Menschen mit dieser Staatsangehörigkeit (Stand ${fmtDatum(bg.stichtag)}).`, illustrativ: bg.illustrativ || ro.illustrativ });
  return saetze;
}
