import type { DatasetId } from '../datasets';
import type { BegriffId } from '../begriffe';
import type { Mass } from './punkte';

export interface MassOption {
  id: string;
  label: string;
  mass: Mass;
}

export interface ThemaDef {
  id: DatasetId;
  titel: string;
  einleitung: string;
  /** City time series: series and the measure they are shown in. */
  zeitreihe: { titel: string; beschreibung: string; reihen: { merkmal: string; label?: string }[]; mass: Mass };
  /** Area comparison: which count, in which measures (first is the default). */
  vergleich: { merkmal: string; titel: string; masse: MassOption[] };
  zusammensetzung?: 'status' | 'staatsangehoerigkeit';
  /** Terms the page uses: their one definition stands on the page. */
  begriffe: BegriffId[];
  /** An official figure of another definition, shown beside and never compared (refugees: Schutzsuchende). */
  daneben?: { merkmal: string; begriff: BegriffId };
  /** Merkmale of this dataset the page needs (besides einwohner from Bevölkerung). */
  merkmale: (m: string) => boolean;
}

const ANZAHL: MassOption = { id: 'anzahl', label: 'Anzahl', mass: { art: 'anzahl' } };
const PRO_100: MassOption = { id: 'anteil', label: 'Anteil an den Einwohnern (%)', mass: { art: 'anteil', faktor: 100 } };
const PRO_1000: MassOption = { id: 'je1000', label: 'je 1.000 Einwohner', mass: { art: 'anteil', faktor: 1000 } };

export const THEMEN: ThemaDef[] = [
  {
    id: 'bevoelkerung',
    titel: 'Bevölkerung',
    einleitung: 'Wie viele Menschen in der Stadt und in ihren Gebieten leben, und wie dicht.',
    begriffe: ['stichtag', 'reihenbruch'],
    zeitreihe: { titel: 'Einwohnerinnen und Einwohner', beschreibung: 'Einwohnerzahl der Stadt zu jedem Stichtag.', reihen: [{ merkmal: 'einwohner' }], mass: { art: 'anzahl' } },
    vergleich: { merkmal: 'einwohner', titel: 'Einwohnerinnen und Einwohner nach Gebiet', masse: [ANZAHL, { id: 'dichte', label: 'je km² (Bevölkerungsdichte)', mass: { art: 'dichte' } }] },
    merkmale: (m) => ['einwohner', 'maennlich', 'weiblich', 'flaeche_km2'].includes(m),
  },
  {
    id: 'migrationshintergrund',
    titel: 'Migrationshintergrund',
    einleitung: 'Wie viele Menschen einen Migrationshintergrund haben, in der Stadt und in ihren Gebieten.',
    begriffe: ['migrationshintergrund'],
    zeitreihe: { titel: 'Anteil mit Migrationshintergrund', beschreibung: 'Personen mit Migrationshintergrund je 100 Einwohnerinnen und Einwohner der Stadt.', reihen: [{ merkmal: 'mit_mh', label: 'Anteil mit Migrationshintergrund' }], mass: { art: 'anteil', faktor: 100 } },
    vergleich: { merkmal: 'mit_mh', titel: 'Migrationshintergrund nach Gebiet', masse: [PRO_100, ANZAHL] },
    merkmale: (m) => m === 'mit_mh',
  },
  {
    id: 'staatsangehoerigkeiten',
    titel: 'Staatsangehörigkeiten',
    einleitung: 'Ausländerinnen und Ausländer nach Staatsangehörigkeit, in der Stadt und in ihren Gebieten.',
    begriffe: ['auslaender', 'reihenbruch'],
    zeitreihe: { titel: 'Ausländerinnen und Ausländer', beschreibung: 'Zahl der Ausländerinnen und Ausländer in der Stadt zu jedem Stichtag.', reihen: [{ merkmal: 'auslaender_insgesamt' }], mass: { art: 'anzahl' } },
    vergleich: { merkmal: 'auslaender_insgesamt', titel: 'Ausländerinnen und Ausländer nach Gebiet', masse: [PRO_100, ANZAHL] },
    zusammensetzung: 'staatsangehoerigkeit',
    merkmale: (m) => m === 'auslaender_insgesamt' || /^\d{1,3}$/.test(m),
  },
  {
    id: 'fluechtlinge',
    titel: 'Flüchtlinge',
    einleitung: 'Geflüchtete Menschen in der Stadt nach Aufenthaltsstatus, wie die Kommune sie zählt.',
    begriffe: ['fluechtlinge', 'anerkannt', 'asylverfahren', 'ausreisepflichtig', 'geduldet', 'schutzsuchende'],
    daneben: { merkmal: 'schutzsuchende', begriff: 'schutzsuchende' },
    zeitreihe: { titel: 'Flüchtlinge insgesamt', beschreibung: 'Zahl der Flüchtlinge in der Stadt zu jedem Stichtag.', reihen: [{ merkmal: 'insgesamt', label: 'Flüchtlinge' }], mass: { art: 'anzahl' } },
    vergleich: { merkmal: 'insgesamt', titel: 'Flüchtlinge nach Gebiet', masse: [PRO_1000, ANZAHL] },
    zusammensetzung: 'status',
    merkmale: (m) => ['insgesamt', 'anerkannt', 'asyl_mit_bleibeperspektive', 'asyl_ohne_bleibeperspektive', 'geduldet', 'schutzsuchende'].includes(m),
  },
  {
    id: 'zuwanderung-suedosteuropa',
    titel: 'Zuwanderung Südosteuropa',
    einleitung: 'Bulgarische und rumänische Staatsangehörige. Bulgarien und Rumänien sind seit dem 1. Januar 2007 Mitglieder der EU.',
    begriffe: ['eu2', 'auslaender', 'reihenbruch'],
    zeitreihe: { titel: 'Bulgarische und rumänische Staatsangehörige', beschreibung: 'Zahl der bulgarischen und der rumänischen Staatsangehörigen in der Stadt.', reihen: [{ merkmal: 'bulgarien', label: 'Bulgarien' }, { merkmal: 'rumaenien', label: 'Rumänien' }], mass: { art: 'anzahl' } },
    vergleich: { merkmal: 'eu2_insgesamt', titel: 'Bulgarische und rumänische Staatsangehörige nach Gebiet', masse: [PRO_1000, ANZAHL] },
    merkmale: (m) => ['bulgarien', 'rumaenien', 'eu2_insgesamt'].includes(m),
  },
];

export const thema = (id: string) => THEMEN.find((t) => t.id === id);
