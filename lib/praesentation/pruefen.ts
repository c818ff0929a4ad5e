import { error, type Problem } from '../problems';
import { KARTEN_INDIKATOREN } from '../themen/indikatoren';
import { thema } from '../themen/config';
import { praesentationSchema, type Praesentation } from './schema';

export interface Bekannt {
  /** Stichtage per dataset. */
  stichtage: Record<string, string[]>;
  gebiete: Set<string>;
  /** Level ids of kommune.json. */
  ebenen: string[];
  kennzahlen: Set<string>;
  /** Ids of the integration concepts with planned annual amounts. */
  konzepte: Set<string>;
}

/** Line of the i-th slide in the file (the line of its i-th "art" key), for messages. */
function zeileDerFolie(text: string, i: number): number | undefined {
  let pos = -1;
  for (let n = 0; n <= i; n++) {
    pos = text.indexOf('"art"', pos + 1);
    if (pos < 0) return undefined;
  }
  return text.slice(0, pos).split('\n').length;
}

/**
 * Reads and checks the presentation file: schema, and that every dataset, indicator, measure,
 * Stichtag and area it names exists in the data being published.
 */
export function praesentationPruefen(text: string, path: string, bekannt: Bekannt): { praesentation?: Praesentation; problems: Problem[] } {
  let roh: unknown;
  try {
    roh = JSON.parse(text);
  } catch (e) {
    return { problems: [error({ path, line: 1 }, `kein gültiges JSON: ${(e as Error).message}`)] };
  }
  const parsed = praesentationSchema.safeParse(roh);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => {
        const folie = i.path[0] === 'folien' && typeof i.path[1] === 'number' ? i.path[1] : undefined;
        const wo = folie !== undefined ? `Folie ${folie + 1}, ` : '';
        return error({ path, line: folie !== undefined ? zeileDerFolie(text, folie) : 1 }, `${wo}Feld ${i.path.slice(folie !== undefined ? 2 : 0).join('.') || '(Folie)'}: ${i.message}`);
      }),
    };
  const problems: Problem[] = [];
  parsed.data.folien.forEach((f, i) => {
    const fehler = (msg: string) => problems.push(error({ path, line: zeileDerFolie(text, i) }, `Folie ${i + 1} (${f.art}): ${msg}`));
    const stichtagPruefen = (ds: string, s?: string) => {
      const vorhanden = bekannt.stichtage[ds] ?? [];
      if (s && !vorhanden.includes(s)) fehler(`Stichtag ${s} gibt es in ${ds} nicht (vorhanden: ${vorhanden.join(', ')})`);
    };
    const ebenePruefen = (e: string) => {
      if (!bekannt.ebenen.includes(e)) fehler(`unbekannte Ebene „${e}“ (bekannt: ${bekannt.ebenen.join(', ')})`);
    };
    const gebietePruefen = (ids?: string[]) => ids?.filter((g) => !bekannt.gebiete.has(g)).forEach((g) => fehler(`unbekanntes Gebiet „${g}“`));
    if (f.art === 'kennzahlen') f.kennzahlen?.filter((k) => !bekannt.kennzahlen.has(k)).forEach((k) => fehler(`unbekannte Kennzahl „${k}“ (bekannt: ${[...bekannt.kennzahlen].join(', ')})`));
    if (f.art === 'massnahmen') {
      if (f.konzept && !bekannt.konzepte.has(f.konzept)) fehler(`kein Integrationskonzept „${f.konzept}“ mit jährlichen Beträgen (vorhanden: ${[...bekannt.konzepte].join(', ') || 'keins'})`);
      if (!f.konzept && !bekannt.konzepte.size) fehler('kein Integrationskonzept mit jährlichen Beträgen (data/integrationskonzept.json)');
    }
    if (f.art === 'karte') {
      const ind = KARTEN_INDIKATOREN.find((x) => x.id === f.indikator);
      if (!ind) fehler(`unbekannte Kartenkennzahl „${f.indikator}“ (bekannt: ${KARTEN_INDIKATOREN.map((x) => x.id).join(', ')})`);
      else stichtagPruefen(ind.datensatz, f.stichtag);
      ebenePruefen(f.ebene);
      gebietePruefen(f.gebiete);
    }
    if (f.art === 'zeitreihe' || f.art === 'vergleich' || f.art === 'zusammensetzung') {
      const t = thema(f.datensatz);
      if (!t) return fehler(`kein Thema „${f.datensatz}“`);
      if (f.art === 'zusammensetzung' && !t.zusammensetzung) fehler(`${t.titel} hat keine Zusammensetzung`);
      if (f.art === 'vergleich' && f.mass && !t.vergleich.masse.some((m) => m.id === f.mass)) fehler(`Darstellung „${f.mass}“ gibt es nicht (möglich: ${t.vergleich.masse.map((m) => m.id).join(', ')})`);
      if (f.art !== 'zeitreihe') stichtagPruefen(f.datensatz, f.stichtag);
      if (f.art === 'vergleich') {
        ebenePruefen(f.ebene);
        gebietePruefen(f.gebiete);
      }
      if (f.art === 'zusammensetzung' && f.gebiet) gebietePruefen([f.gebiet]);
    }
  });
  return { praesentation: parsed.data, problems };
}
