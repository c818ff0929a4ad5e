import { toCsv } from '../csvout';
import { mitEnglisch } from '../i18n/spalten-en';
import { FINANZIERUNG, type Konzept, type Konzepte } from './schema';

/** Lists inside one CSV cell (goals, target groups, funding …) are joined with this. */
const LISTE = ' | ';

/** Columns of /daten/massnahmen.csv: one row per measure of every concept (a stable contract: only added, never renamed). */
export const MASSNAHMEN_SPALTEN = [
  'konzept_id',
  'konzept_titel',
  'position',
  'nr',
  'titel',
  'beschreibung',
  'ziele',
  'handlungsfelder',
  'zielgruppen',
  'alter_von',
  'alter_bis',
  'kosten_eur_jahr',
  'kosten_eur_einmalig',
  'finanzierung',
  'status',
  'zeitraum_von',
  'zeitraum_bis',
  'indikatoren',
  'beschluss_vorlage',
  'beschluss_datum',
  'anmerkung',
] as const;

type Zeile = Record<(typeof MASSNAHMEN_SPALTEN)[number], string | number | null>;

/** The measures of all concepts as rows, in the order of the file; goal and field ids resolved to their titles. */
export function massnahmenZeilen(konzepte: Konzepte['konzepte']): Zeile[] {
  const zeilen: Zeile[] = [];
  for (const k of konzepte) {
    const ziel = new Map(k.ziele.map((z) => [z.id, z.titel]));
    const feld = new Map(k.handlungsfelder.map((h) => [h.id, h.titel]));
    k.massnahmen.forEach((m, i) => {
      const zeitraum = m.zeitraum ?? k.zeitraum;
      zeilen.push({
        konzept_id: k.id,
        konzept_titel: k.titel,
        position: i + 1,
        nr: m.nr ?? null,
        titel: m.titel,
        beschreibung: m.beschreibung ?? null,
        ziele: m.ziele.map((z) => ziel.get(z) ?? z).join(LISTE),
        handlungsfelder: m.handlungsfelder.map((h) => feld.get(h) ?? h).join(LISTE),
        zielgruppen: m.zielgruppen.join(LISTE),
        alter_von: m.alter?.von ?? null,
        alter_bis: m.alter?.bis ?? null,
        kosten_eur_jahr: m.kosten_eur_jahr ?? null,
        kosten_eur_einmalig: m.kosten_eur_einmalig ?? null,
        finanzierung: m.finanzierung.join(LISTE),
        status: m.status ?? null,
        zeitraum_von: zeitraum?.von ?? null,
        zeitraum_bis: zeitraum?.bis ?? null,
        indikatoren: m.indikatoren.join(LISTE),
        beschluss_vorlage: k.beschluss?.vorlage ?? null,
        beschluss_datum: k.beschluss?.datum ?? null,
        anmerkung: m.anmerkung ?? null,
      });
    });
  }
  return zeilen;
}

export const massnahmenCsv = (konzepte: Konzepte['konzepte']) =>
  toCsv(
    [...MASSNAHMEN_SPALTEN],
    massnahmenZeilen(konzepte).map((z) => MASSNAHMEN_SPALTEN.map((s) => z[s])),
  );

const liste = `mehrere durch „${LISTE.trim()}“ getrennt`;
const listEn = `several separated by “${LISTE.trim()}”`;

/** Frictionless Table Schema of /daten/massnahmen.csv, German titles with English beside. */
export const MASSNAHMEN_SCHEMA = {
  $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  fields: mitEnglisch(
    [
      { name: 'konzept_id', type: 'string', title: 'Konzept (ID)', constraints: { required: true } },
      { name: 'konzept_titel', type: 'string', title: 'Konzept' },
      { name: 'position', type: 'integer', title: 'Position im Konzept', constraints: { required: true, minimum: 1 } },
      { name: 'nr', type: 'string', title: 'Nummer der Maßnahme im Beschluss' },
      { name: 'titel', type: 'string', title: 'Maßnahme', constraints: { required: true } },
      { name: 'beschreibung', type: 'string', title: 'Beschreibung' },
      { name: 'ziele', type: 'string', title: 'Strategische Ziele', description: liste },
      { name: 'handlungsfelder', type: 'string', title: 'Handlungsfelder', description: liste },
      { name: 'zielgruppen', type: 'string', title: 'Zielgruppen', description: liste },
      { name: 'alter_von', type: 'integer', title: 'Alter von (Jahre)', constraints: { minimum: 0 } },
      { name: 'alter_bis', type: 'integer', title: 'Alter bis (Jahre)', constraints: { minimum: 0 } },
      { name: 'kosten_eur_jahr', type: 'integer', title: 'Geplanter jährlicher Betrag (Euro)', description: 'Ansatz des Beschlusses, keine Ausgaben', constraints: { minimum: 0 } },
      { name: 'kosten_eur_einmalig', type: 'integer', title: 'Geplanter einmaliger Betrag (Euro)', description: 'nicht in der jährlichen Summe', constraints: { minimum: 0 } },
      { name: 'finanzierung', type: 'string', title: 'Finanzierung', description: `${FINANZIERUNG.join(', ')}; ${liste}` },
      { name: 'status', type: 'string', title: 'Status', constraints: { enum: ['geplant', 'beschlossen', 'laufend', 'abgeschlossen'] } },
      { name: 'zeitraum_von', type: 'integer', title: 'Zeitraum von (Jahr)', description: 'der Maßnahme, sonst des Konzepts' },
      { name: 'zeitraum_bis', type: 'integer', title: 'Zeitraum bis (Jahr)', description: 'der Maßnahme, sonst des Konzepts; leer = offen' },
      { name: 'indikatoren', type: 'string', title: 'Kennzahlen des Atlas, auf die sich die Maßnahme bezieht', description: `datensatz.merkmal; ${liste}. Eine Wirkung der Maßnahme auf die Kennzahl ist damit nicht behauptet.` },
      { name: 'beschluss_vorlage', type: 'string', title: 'Beschlussvorlage' },
      { name: 'beschluss_datum', type: 'date', title: 'Datum des Beschlusses' },
      { name: 'anmerkung', type: 'string', title: 'Anmerkung' },
    ],
    {
      konzept_id: { title: 'Concept (ID)' },
      konzept_titel: { title: 'Concept' },
      position: { title: 'Position in the concept' },
      nr: { title: 'Number of the measure in the decision' },
      titel: { title: 'Measure' },
      beschreibung: { title: 'Description' },
      ziele: { title: 'Strategic goals', description: listEn },
      handlungsfelder: { title: 'Fields of action', description: listEn },
      zielgruppen: { title: 'Target groups', description: listEn },
      alter_von: { title: 'Age from (years)' },
      alter_bis: { title: 'Age to (years)' },
      kosten_eur_jahr: { title: 'Planned annual amount (euro)', description: 'Amount of the decision, not spending' },
      kosten_eur_einmalig: { title: 'Planned one-off amount (euro)', description: 'not in the annual sum' },
      finanzierung: { title: 'Funding', description: `kommunal = municipal, land = Land, bund = federal, eu = EU, sonstige = other; ${listEn}` },
      status: { title: 'Status' },
      zeitraum_von: { title: 'Period from (year)', description: 'of the measure, else of the concept' },
      zeitraum_bis: { title: 'Period to (year)', description: 'of the measure, else of the concept; empty = open' },
      indikatoren: { title: 'Figures of the atlas the measure refers to', description: `dataset.characteristic; ${listEn}. No effect of the measure on the figure is claimed.` },
      beschluss_vorlage: { title: 'Council document' },
      beschluss_datum: { title: 'Date of the decision' },
      anmerkung: { title: 'Note' },
    },
  ),
  missingValues: [''],
  primaryKey: ['konzept_id', 'position'],
};

/** Planned annual amounts by funding: one entry per combination of funding sources as the measures state it (never split). */
export function kostenNachFinanzierung(k: Pick<Konzept, 'massnahmen'>): { finanzierung: string[]; summe: number; anzahl: number }[] {
  const je = new Map<string, { finanzierung: string[]; summe: number; anzahl: number }>();
  for (const m of k.massnahmen) {
    if (m.kosten_eur_jahr === undefined) continue;
    // Without a stated funding, a measure of the municipality's concept counts as municipal (as jahreskosten).
    const f = m.finanzierung.length ? [...m.finanzierung].sort((a, b) => FINANZIERUNG.indexOf(a) - FINANZIERUNG.indexOf(b)) : ['kommunal'];
    const key = f.join('+');
    const e = je.get(key) ?? { finanzierung: f, summe: 0, anzahl: 0 };
    e.summe += m.kosten_eur_jahr;
    e.anzahl += 1;
    je.set(key, e);
  }
  return [...je.values()].sort((a, b) => b.summe - a.summe);
}
