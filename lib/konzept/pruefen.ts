import { DATASETS, type DatasetId } from '../datasets';
import { fmtAnzahl } from '../format';
import { error, type Problem } from '../problems';
import { jsonZeilen, zeileVon } from '../text/jsonZeilen';
import { konzepteSchema, type Konzept, type Konzepte } from './schema';

/** The annual planned amounts of a concept: all, and those the municipality pays (checked against the cap). */
export function jahreskosten(k: Pick<Konzept, 'massnahmen'>): { summe: number; kommunal: number; einmalig: number } {
  let summe = 0;
  let kommunal = 0;
  let einmalig = 0;
  for (const m of k.massnahmen) {
    summe += m.kosten_eur_jahr ?? 0;
    // Without a stated funding, a measure of the municipality's concept counts as municipal.
    if (m.finanzierung.length === 0 || m.finanzierung.includes('kommunal')) kommunal += m.kosten_eur_jahr ?? 0;
    einmalig += m.kosten_eur_einmalig ?? 0;
  }
  return { summe, kommunal, einmalig };
}

/** The concepts whose measures state planned annual amounts (what a "Maßnahmen und Kosten" slide can show). */
export const konzepteMitKosten = <K extends Pick<Konzept, 'massnahmen'>>(konzepte: K[]): K[] => konzepte.filter((k) => k.massnahmen.some((m) => m.kosten_eur_jahr !== undefined));

const istMerkmal = (ref: string) => {
  const [ds, merkmal] = ref.split('.') as [string, string];
  const def = DATASETS[ds as DatasetId];
  return !!def && (def.merkmale.some((m) => m.id === merkmal) || (ds === 'staatsangehoerigkeiten' && /^[1-9]\d{0,2}$/.test(merkmal)));
};

/**
 * Reads and checks the concepts file: schema, unique ids and numbers, known goals, fields and
 * indicators, and the measures' annual municipal amounts against the decided cap.
 */
export function konzepteLesen(text: string, path: string): { konzepte?: Konzepte; problems: Problem[] } {
  let roh: unknown;
  try {
    roh = JSON.parse(text);
  } catch (e) {
    return { problems: [error({ path, line: 1 }, `kein gültiges JSON: ${(e as Error).message}`)] };
  }
  const zeilen = jsonZeilen(text);
  const parsed = konzepteSchema.safeParse(roh);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => error({ path, line: zeileVon(zeilen, i.path) }, `Feld ${i.path.join('.') || '(Datei)'}: ${i.message}`)) };
  const problems: Problem[] = [];
  const fehler = (p: (string | number)[], msg: string) => problems.push(error({ path, line: zeileVon(zeilen, p) }, msg));
  const ids = new Set<string>();
  parsed.data.konzepte.forEach((k, ki) => {
    const wo = ['konzepte', ki];
    if (ids.has(k.id)) fehler([...wo, 'id'], `Konzept „${k.id}“ doppelt`);
    ids.add(k.id);
    const ziele = new Set(k.ziele.map((z) => z.id));
    const felder = new Set(k.handlungsfelder.map((h) => h.id));
    k.handlungsfelder.forEach((h, hi) => h.ziele.filter((z) => !ziele.has(z)).forEach((z) => fehler([...wo, 'handlungsfelder', hi, 'ziele'], `${k.id}: Handlungsfeld „${h.id}“ nennt unbekanntes Ziel „${z}“`)));
    const nummern = new Set<string>();
    k.massnahmen.forEach((m, mi) => {
      const mw = [...wo, 'massnahmen', mi];
      const name = m.nr ? `Maßnahme ${m.nr}` : `Maßnahme „${m.titel}“`;
      if (m.nr && nummern.has(m.nr)) fehler([...mw, 'nr'], `${k.id}: Nummer ${m.nr} doppelt`);
      if (m.nr) nummern.add(m.nr);
      m.ziele.filter((z) => !ziele.has(z)).forEach((z) => fehler([...mw, 'ziele'], `${k.id}, ${name}: unbekanntes Ziel „${z}“ (bekannt: ${[...ziele].join(', ') || 'keine'})`));
      m.handlungsfelder.filter((h) => !felder.has(h)).forEach((h) => fehler([...mw, 'handlungsfelder'], `${k.id}, ${name}: unbekanntes Handlungsfeld „${h}“ (bekannt: ${[...felder].join(', ') || 'keine'})`));
      m.indikatoren.filter((r) => !istMerkmal(r)).forEach((r) => fehler([...mw, 'indikatoren'], `${k.id}, ${name}: „${r}“ ist kein Merkmal des Atlas (datensatz.merkmal)`));
      if (m.alter && m.alter.bis < m.alter.von) fehler([...mw, 'alter'], `${k.id}, ${name}: Alter bis liegt vor von`);
    });
    const kosten = jahreskosten(k);
    if (k.obergrenze_eur_jahr !== undefined && kosten.kommunal > k.obergrenze_eur_jahr)
      fehler([...wo, 'obergrenze_eur_jahr'], `${k.id}: die kommunalen Jahreskosten der Maßnahmen (${fmtAnzahl(kosten.kommunal)} €) übersteigen die beschlossene Obergrenze (${fmtAnzahl(k.obergrenze_eur_jahr)} €)`);
  });
  return { konzepte: parsed.data, problems };
}
