import type { DatasetId } from '../datasets';
import type { Mass } from './punkte';

export interface Indikator {
  id: string;
  label: string;
  kurz: string;
  datensatz: DatasetId;
  merkmal: string;
  mass: Mass;
}

/** Indicators that compare areas fairly (shares and rates), plus the population itself. */
export const INDIKATOREN: Indikator[] = [
  { id: 'einwohner', label: 'Einwohnerinnen und Einwohner', kurz: 'Einwohner', datensatz: 'bevoelkerung', merkmal: 'einwohner', mass: { art: 'anzahl' } },
  { id: 'dichte', label: 'Bevölkerungsdichte (Einwohner je km²)', kurz: 'Einwohner je km²', datensatz: 'bevoelkerung', merkmal: 'einwohner', mass: { art: 'dichte' } },
  { id: 'anteil_mh', label: 'Anteil mit Migrationshintergrund', kurz: 'Migrationshintergrund', datensatz: 'migrationshintergrund', merkmal: 'mit_mh', mass: { art: 'anteil', faktor: 100 } },
  { id: 'anteil_auslaender', label: 'Anteil Ausländerinnen und Ausländer', kurz: 'Ausländeranteil', datensatz: 'staatsangehoerigkeiten', merkmal: 'auslaender_insgesamt', mass: { art: 'anteil', faktor: 100 } },
  { id: 'fluechtlinge_je_1000', label: 'Flüchtlinge je 1.000 Einwohner', kurz: 'Flüchtlinge je 1.000', datensatz: 'fluechtlinge', merkmal: 'insgesamt', mass: { art: 'anteil', faktor: 1000 } },
  { id: 'eu2_je_1000', label: 'Bulgarische und rumänische Staatsangehörige je 1.000 Einwohner', kurz: 'EU-2 je 1.000', datensatz: 'zuwanderung-suedosteuropa', merkmal: 'eu2_insgesamt', mass: { art: 'anteil', faktor: 1000 } },
];

/** Indicators of the map: shares, rates (recognised refugees too), density, and EU-2 nationals also as a count. */
export const KARTEN_INDIKATOREN: Indikator[] = [
  ...INDIKATOREN.filter((i) => ['anteil_mh', 'anteil_auslaender', 'fluechtlinge_je_1000', 'eu2_je_1000'].includes(i.id)),
  { id: 'anerkannt_je_1000', label: 'Anerkannte Flüchtlinge je 1.000 Einwohner', kurz: 'Anerkannte je 1.000', datensatz: 'fluechtlinge', merkmal: 'anerkannt', mass: { art: 'anteil', faktor: 1000 } },
  { id: 'eu2_anzahl', label: 'Bulgarische und rumänische Staatsangehörige (Anzahl)', kurz: 'EU-2', datensatz: 'zuwanderung-suedosteuropa', merkmal: 'eu2_insgesamt', mass: { art: 'anzahl' } },
  ...INDIKATOREN.filter((i) => i.id === 'dichte'),
];

/** Indicators an area profile charts over time (density has no trend of its own). */
export const TREND_INDIKATOREN = INDIKATOREN.filter((i) => i.mass.art !== 'dichte');
export const trendId = (indikator: string) => `trend-${indikator}`;

/** The merkmale each dataset must deliver for the indicators of profiles and map. */
export const INDIKATOR_MERKMALE: Partial<Record<DatasetId, string[]>> = [...INDIKATOREN, ...KARTEN_INDIKATOREN].reduce(
  (acc, i) => ({ ...acc, [i.datensatz]: [...new Set([...(acc[i.datensatz] ?? []), i.merkmal])] }),
  { bevoelkerung: ['flaeche_km2'] } as Partial<Record<DatasetId, string[]>>,
);
