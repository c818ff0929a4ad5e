import { fmtAnzahl } from '../format';
import type { Sprache } from '../i18n/sprache';
import { herkunftVon, type IstIllustrativ } from '../provenienz';
import type { DatensatzDatei } from '../published';

/** What a dataset holds, by kind: how many values, how many Beispieldaten, how many withheld. */
export interface Bestand {
  werte: number;
  amtlich: number;
  beispieldaten: number;
  geheim: number;
}

/** Counts the published values of a dataset by the mark the provenance module gives them. */
export function bestand(datei: Pick<DatensatzDatei, 'werte'>, istIll: IstIllustrativ): Bestand {
  const b: Bestand = { werte: 0, amtlich: 0, beispieldaten: 0, geheim: 0 };
  for (const [, , , , zeichen, quelle] of datei.werte) {
    b.werte++;
    if (herkunftVon(quelle, istIll).illustrativ) b.beispieldaten++;
    else b.amtlich++;
    if (zeichen === 'geheim') b.geheim++;
  }
  return b;
}

/**
 * The truth about a dataset in one or two sentences, for catalogue, data package, the /daten
 * page and the citation: how many values are Beispieldaten (not official statistics), and —
 * only where it happened — how many are withheld.
 */
export function bestandText(b: Bestand, s: Sprache = 'de'): string {
  if (s === 'en') return bestandTextEn(b);
  const teile: string[] = [];
  const alle = b.werte === 1 ? 'Der Wert' : `Alle ${fmtAnzahl(b.werte)} Werte`;
  if (b.beispieldaten === 0) teile.push(`${alle} ${b.werte === 1 ? 'stammt' : 'stammen'} aus amtlichen Quellen.`);
  else if (b.amtlich === 0) teile.push(`${alle} ${b.werte === 1 ? 'ist' : 'sind'} Beispieldaten: erfundene, illustrative Werte, keine amtliche Statistik.`);
  else
    teile.push(
      `Von ${fmtAnzahl(b.werte)} Werten sind ${fmtAnzahl(b.beispieldaten)} Beispieldaten – erfundene, illustrative Werte, keine amtliche Statistik – und ${fmtAnzahl(b.amtlich)} amtlich; die Spalte kennzeichnung sagt es für jeden Wert.`,
    );
  if (b.geheim > 0) teile.push(`${fmtAnzahl(b.geheim)} ${b.geheim === 1 ? 'Wert ist' : 'Werte sind'} aus Datenschutzgründen geheim gehalten (Status „geheim“).`);
  return teile.join(' ');
}

/** The same in English, for the catalogue's English descriptions. */
export function bestandTextEn(b: Bestand): string {
  const n = (x: number) => fmtAnzahl(x, 'en');
  const teile: string[] = [];
  if (b.beispieldaten === 0) teile.push(b.werte === 1 ? 'The value is official.' : `All ${n(b.werte)} values come from official sources.`);
  else if (b.amtlich === 0) teile.push(`All ${n(b.werte)} values are example data (Beispieldaten): made-up, illustrative values, not official statistics.`);
  else teile.push(`Of ${n(b.werte)} values, ${n(b.beispieldaten)} are example data (Beispieldaten) – made-up, illustrative values, not official statistics – and ${n(b.amtlich)} official; the column kennzeichnung says which for each value.`);
  if (b.geheim > 0) teile.push(`${n(b.geheim)} ${b.geheim === 1 ? 'value is' : 'values are'} withheld to protect privacy (status „geheim“).`);
  return teile.join(' ');
}

/** The whole publication: the datasets' counts added up. */
export function gesamtBestand(bs: Iterable<Bestand>): Bestand {
  const s: Bestand = { werte: 0, amtlich: 0, beispieldaten: 0, geheim: 0 };
  for (const b of bs) {
    s.werte += b.werte;
    s.amtlich += b.amtlich;
    s.beispieldaten += b.beispieldaten;
    s.geheim += b.geheim;
  }
  return s;
}
