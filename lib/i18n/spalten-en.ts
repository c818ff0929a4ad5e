import { ebeneName, STADT, type Ebenen } from '../ebenen';

type Text = { title: string; description?: string };

/**
 * English titles and descriptions of the published columns. The column names stay German (a
 * stable contract); the Table Schemas carry these beside the German ones as `title@en` and
 * `description@en` (custom properties, language-tagged as in the catalogue).
 */
export const datensatzSpaltenEn = (ebenen: Ebenen): Record<string, Text> => ({
  stichtag: { title: 'Reference date' },
  gebiet_id: { title: 'Area ID', description: `Official municipality key of the city or ID of an area (${ebenen.map((e) => ebeneName(e, 'singular', 'en')).join(', ')}; resource gebiete)` },
  gebiet_name: { title: 'Area' },
  ebene: { title: 'Level', description: [`${STADT} = the municipality`, ...ebenen.map((e) => `${e.id} = ${ebeneName(e, 'singular', 'en')}`)].join('; ') },
  merkmal: { title: 'Variable (merkmal)', description: 'Stable ID of the variable; derived variables are the sums of the parts named in the German description.' },
  merkmal_bezeichnung: { title: 'Name of the variable (German)' },
  einheit: { title: 'Unit' },
  wert: { title: 'Value', description: 'Number (point as decimal separator). Without a number the official sign stands: . = unknown or withheld to protect privacy (see status), x = not meaningful.' },
  status: { title: 'Status', description: 'wert = number; nichts = exactly 0 (official sign –); unbekannt = value unknown; geheim = withheld to protect privacy; nicht_sinnvoll = not meaningful' },
  quelle: { title: 'Source', description: 'ID of the source (resource quellen)' },
  kennzeichnung: {
    title: 'Mark',
    description:
      'amtlich = value from an official source (see quelle); Beispieldaten = made-up, illustrative value (example data), not official statistics – do not cite as a figure of the municipality. A value computed from an example value is example data as well.',
  },
  reihenbruch: { title: 'Break in series', description: 'If a break in series begins at this reference date (census rebasing, change of source or register, changed definition), its description (German) stands here: values from here on are not comparable with earlier ones. Empty otherwise.' },
});

export const GEBIETE_SPALTEN_EN: Record<string, Text> = {
  id: { title: 'Area ID' },
  name: { title: 'Name' },
  ebene: { title: 'Level' },
  uebergeordnet: { title: 'Parent area' },
  flaeche_km2: { title: 'Area (km²), from the published geometry' },
};

export const QUELLEN_SPALTEN_EN: Record<string, Text> = {
  id: { title: 'ID' },
  titel: { title: 'Title' },
  herausgeber: { title: 'Publisher' },
  url: { title: 'URL' },
  lizenz: { title: 'Licence' },
  art: { title: 'Kind (amtlich = official, illustrativ = example data)' },
  rundung: { title: 'Rounding base (0 = not rounded)' },
  beschreibung: { title: 'Description' },
  fussnoten: { title: 'Footnotes of the source', description: 'Footnotes of the GENESIS export (definitions, registers, notes), empty otherwise' },
};

export const VERGLEICH_SPALTEN_EN: Record<string, Text> = {
  stichtag: { title: 'Reference date' },
  ags: { title: 'Official regional key (2 = Land, 3 = administrative district, 5 = district or county-free city)' },
  name: { title: 'Region' },
  typ: { title: 'Kind of region' },
  einwohner: { title: 'Inhabitants' },
  auslaender: { title: 'Foreign nationals (sum of the continents)' },
  anteil_auslaender: { title: 'Share of foreign nationals (%)' },
  eu2: { title: 'Bulgarian and Romanian nationals' },
  eu2_je_1000: { title: 'Bulgarian and Romanian nationals per 1,000 inhabitants' },
  groesste_staatsangehoerigkeit: { title: 'Most frequent foreign nationality' },
  quelle: { title: 'Sources (IDs, resource quellen)' },
  kennzeichnung: { title: 'Mark' },
};

/** The fields of a Table Schema with their English title and description beside the German ones. */
export function mitEnglisch<F extends { name: string }>(fields: F[], en: Record<string, Text>): (F & { 'title@en'?: string; 'description@en'?: string })[] {
  return fields.map((f) => {
    const t = en[f.name];
    return t ? { ...f, 'title@en': t.title, ...(t.description ? { 'description@en': t.description } : {}) } : f;
  });
}
