import type { DatensatzDatei } from '../published';
import { STADT, type Ebenen } from '../ebenen';
import { EINHEIT, SPALTEN } from './zeilen';
import { datensatzSpaltenEn, GEBIETE_SPALTEN_EN, mitEnglisch, QUELLEN_SPALTEN_EN, VERGLEICH_SPALTEN_EN } from '../i18n/spalten-en';

/** Values that stand for "no number" in every column, as the official signs define them. */
export const MISSING_VALUES = [
  { value: '', label: 'leer' },
  { value: '.', label: 'Zahlenwert unbekannt oder geheim zu halten (Status „unbekannt“ oder „geheim“)' },
  { value: 'x', label: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll' },
];

/** The values of the `ebene` column: the municipality and its configured levels. */
const ebenenWerte = (ebenen: Ebenen) => [STADT, ...ebenen.map((e) => e.id)];

type Field = { name: string; type: string; title: string; description?: string; format?: string; constraints?: Record<string, unknown> };

/** Frictionless Table Schema of a dataset download, from the dataset definition it was published with. */
export function tabellenschema(datei: DatensatzDatei, ebenen: Ebenen) {
  const fields: Record<(typeof SPALTEN)[number], Field> = {
    stichtag: { name: 'stichtag', type: 'date', title: 'Stichtag', format: 'default', constraints: { required: true } },
    gebiet_id: { name: 'gebiet_id', type: 'string', title: 'Gebiets-ID', description: `Amtlicher Gemeindeschlüssel der Stadt oder ID eines Gebiets (${ebenen.map((e) => e.singular).join(', ')}; Ressource gebiete)`, constraints: { required: true } },
    gebiet_name: { name: 'gebiet_name', type: 'string', title: 'Gebiet' },
    ebene: { name: 'ebene', type: 'string', title: 'Ebene', description: [STADT, ...ebenen.map((e) => `${e.id} = ${e.singular}`)].join('; '), constraints: { enum: ebenenWerte(ebenen) } },
    merkmal: {
      name: 'merkmal',
      type: 'string',
      title: 'Merkmal',
      description: datei.merkmale
        .filter((m) => m.abgeleitet)
        .map((m) => `${m.id} = ${m.abgeleitet}`)
        .join('; '),
      constraints: { required: true, enum: datei.merkmale.map((m) => m.id) },
    },
    merkmal_bezeichnung: { name: 'merkmal_bezeichnung', type: 'string', title: 'Bezeichnung des Merkmals' },
    einheit: { name: 'einheit', type: 'string', title: 'Einheit', constraints: { enum: [...new Set(Object.values(EINHEIT))] } },
    wert: {
      name: 'wert',
      type: 'number',
      title: 'Wert',
      description: 'Zahl (Punkt als Dezimaltrennzeichen). Ohne Zahl steht das amtliche Zeichen: . = unbekannt oder aus Datenschutzgründen geheim gehalten (siehe status), x = nicht sinnvoll.',
      constraints: { minimum: 0 },
    },
    status: {
      name: 'status',
      type: 'string',
      title: 'Status',
      description: 'wert = Zahl; nichts = genau 0 (amtliches Zeichen –); unbekannt = Zahlenwert unbekannt; geheim = aus Datenschutzgründen nicht ausgewiesen; nicht_sinnvoll = Aussage nicht sinnvoll',
      constraints: { required: true, enum: ['wert', 'nichts', 'unbekannt', 'geheim', 'nicht_sinnvoll'] },
    },
    quelle: { name: 'quelle', type: 'string', title: 'Quelle', description: 'ID der Quelle (Ressource quellen)', constraints: { required: true } },
    kennzeichnung: {
      name: 'kennzeichnung',
      type: 'string',
      title: 'Kennzeichnung',
      description:
        'amtlich = Wert einer amtlichen Quelle (siehe quelle); Beispieldaten = erfundener, illustrativer Wert, keine amtliche Statistik – nicht als Zahl der Kommune zitieren. Ein Wert, der aus einem Beispielwert berechnet ist, ist ebenfalls Beispieldaten.',
      constraints: { required: true, enum: ['amtlich', 'Beispieldaten'] },
    },
    reihenbruch: {
      name: 'reihenbruch',
      type: 'string',
      title: 'Reihenbruch',
      description: 'Beginnt mit diesem Stichtag ein Reihenbruch (Zensus-Umstellung, Quellen- oder Registerwechsel, geänderte Abgrenzung), steht hier seine Beschreibung: Werte ab hier sind mit früheren nicht vergleichbar. Sonst leer.',
    },
  };
  if (!fields.merkmal.description) delete fields.merkmal.description;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: mitEnglisch(
      SPALTEN.map((s) => fields[s]),
      datensatzSpaltenEn(ebenen),
    ),
    missingValues: MISSING_VALUES,
    primaryKey: ['stichtag', 'gebiet_id', 'merkmal'],
    foreignKeys: [
      { fields: ['gebiet_id'], reference: { resource: 'gebiete', fields: ['id'] } },
      { fields: ['quelle'], reference: { resource: 'quellen', fields: ['id'] } },
    ],
  };
}

/** Table Schemas of the two lookup tables the datasets refer to. */
export const gebieteSchema = (ebenen: Ebenen) => ({
  $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  fields: mitEnglisch([
    { name: 'id', type: 'string', title: 'Gebiets-ID', constraints: { required: true, unique: true } },
    { name: 'name', type: 'string', title: 'Name', constraints: { required: true } },
    { name: 'ebene', type: 'string', title: 'Ebene', constraints: { required: true, enum: ebenenWerte(ebenen) } },
    { name: 'uebergeordnet', type: 'string', title: 'Übergeordnetes Gebiet' },
    { name: 'flaeche_km2', type: 'number', title: 'Fläche (km²), aus der veröffentlichten Geometrie', constraints: { minimum: 0 } },
  ], GEBIETE_SPALTEN_EN),
  missingValues: [''],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['uebergeordnet'], reference: { resource: '', fields: ['id'] } }],
});

export const QUELLEN_SCHEMA = {
  $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  fields: mitEnglisch<Field>([
    { name: 'id', type: 'string', title: 'ID', constraints: { required: true, unique: true } },
    { name: 'titel', type: 'string', title: 'Titel', constraints: { required: true } },
    { name: 'herausgeber', type: 'string', title: 'Herausgeber' },
    { name: 'url', type: 'string', format: 'uri', title: 'URL' },
    { name: 'lizenz', type: 'string', title: 'Lizenz' },
    { name: 'art', type: 'string', title: 'Art', constraints: { enum: ['amtlich', 'illustrativ'] } },
    { name: 'rundung', type: 'integer', title: 'Rundungsbasis (0 = ungerundet)', constraints: { minimum: 0 } },
    { name: 'beschreibung', type: 'string', title: 'Beschreibung' },
    { name: 'fussnoten', type: 'string', title: 'Fußnoten der Quelle', description: 'Fußnoten des GENESIS-Exports (Abgrenzung, Register, Hinweise), sonst leer' },
  ], QUELLEN_SPALTEN_EN),
  missingValues: [''],
  primaryKey: ['id'],
};

/** Table Schema of /daten/vergleich.csv (lib/vergleich/regionen.ts VERGLEICH_SPALTEN). */
export const VERGLEICH_SCHEMA = {
  $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  fields: mitEnglisch<Field>([
    { name: 'stichtag', type: 'date', title: 'Stichtag' },
    { name: 'ags', type: 'string', title: 'Amtlicher Regionalschlüssel (2 = Land, 3 = Regierungsbezirk, 5 = Kreis oder kreisfreie Stadt)', constraints: { required: true, unique: true } },
    { name: 'name', type: 'string', title: 'Region' },
    { name: 'typ', type: 'string', title: 'Art der Region', constraints: { enum: ['Land', 'Regierungsbezirk', 'kreisfreie Stadt', 'Kreis'] } },
    { name: 'einwohner', type: 'integer', title: 'Einwohnerinnen und Einwohner', constraints: { minimum: 0 } },
    { name: 'auslaender', type: 'integer', title: 'Ausländerinnen und Ausländer (Summe der Kontinente)', constraints: { minimum: 0 } },
    { name: 'anteil_auslaender', type: 'number', title: 'Ausländeranteil (%)', constraints: { minimum: 0, maximum: 100 } },
    { name: 'eu2', type: 'integer', title: 'Bulgarische und rumänische Staatsangehörige', constraints: { minimum: 0 } },
    { name: 'eu2_je_1000', type: 'number', title: 'Bulgarische und rumänische Staatsangehörige je 1.000 Einwohner', constraints: { minimum: 0 } },
    { name: 'groesste_staatsangehoerigkeit', type: 'string', title: 'Häufigste ausländische Staatsangehörigkeit' },
    { name: 'quelle', type: 'string', title: 'Quellen (IDs, Ressource quellen)' },
    { name: 'kennzeichnung', type: 'string', title: 'Kennzeichnung', constraints: { enum: ['amtlich'] } },
  ], VERGLEICH_SPALTEN_EN),
  missingValues: ['', '.'],
  primaryKey: ['ags'],
};
