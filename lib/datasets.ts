import type { Zeichen } from './values';
import type { z } from 'zod';
import type { MerkmalDef, SumRule } from './schemas/common';
import * as bevoelkerung from './schemas/bevoelkerung';
import * as migrationshintergrund from './schemas/migrationshintergrund';
import * as staatsangehoerigkeiten from './schemas/staatsangehoerigkeiten';
import * as fluechtlinge from './schemas/fluechtlinge';
import * as suedosteuropa from './schemas/zuwanderung-suedosteuropa';
import { jeText } from './wiederholt';

export const DATASET_IDS = [
  'bevoelkerung',
  'migrationshintergrund',
  'staatsangehoerigkeiten',
  'fluechtlinge',
  'zuwanderung-suedosteuropa',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export interface DatasetDef {
  id: DatasetId;
  titel: string;
  beschreibung: string;
  merkmale: readonly MerkmalDef[];
  rowSchema: z.ZodType<RowOut, Record<string, unknown>>;
  /** The same check without zod for rows that are fine (undefined: ask rowSchema what is wrong). */
  schnell: (values: Record<string, string | undefined>) => RowOut | undefined;
  rules: SumRule[];
  /** Merkmale that count the same people as a merkmal of another dataset (`datensatz:merkmal`). */
  gleich?: Readonly<Record<string, string>>;
}

/** What every dataset's row schema yields (the datasets differ in their allowed merkmale). */
export interface RowOut {
  gebiet_id: string;
  merkmal: string;
  wert: number | null;
  zeichen?: Zeichen;
  bezeichnung: string;
  quelle: string;
}

export const DATASETS: Record<DatasetId, DatasetDef> = {
  bevoelkerung: {
    id: 'bevoelkerung',
    titel: 'Bevölkerung',
    beschreibung: 'Einwohnerinnen und Einwohner mit Hauptwohnsitz, nach Geschlecht und Altersgruppen; Fläche.',
    ...bevoelkerung,
  },
  migrationshintergrund: {
    id: 'migrationshintergrund',
    titel: 'Migrationshintergrund',
    beschreibung: 'Personen mit Migrationshintergrund: Anzahl, Anteil, Anteil unter den unter 15-Jährigen, Herkunftsgruppen.',
    ...migrationshintergrund,
  },
  staatsangehoerigkeiten: {
    id: 'staatsangehoerigkeiten',
    titel: 'Staatsangehörigkeiten',
    beschreibung: 'Ausländerinnen und Ausländer nach Staatsangehörigkeit (Kontinent → Land).',
    ...staatsangehoerigkeiten,
  },
  fluechtlinge: {
    id: 'fluechtlinge',
    titel: 'Flüchtlinge und Schutzsuchende',
    beschreibung: 'Flüchtlinge nach Aufenthaltsstatus: anerkannt, im Asylverfahren mit oder ohne Bleibeperspektive, geduldet.',
    ...fluechtlinge,
  },
  'zuwanderung-suedosteuropa': {
    id: 'zuwanderung-suedosteuropa',
    titel: 'Zuwanderung Südosteuropa',
    beschreibung: 'Bulgarische und rumänische Staatsangehörige (EU-Mitglieder seit 2007, „EU-2“).',
    ...suedosteuropa,
  },
};

export function isDatasetId(s: string): s is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(s);
}

const AUFGELOEST = new Map<DatasetId, (ref: string) => readonly [DatasetId, string]>();

/** Resolves a rule reference (`merkmal` or `datensatz:merkmal`) seen from dataset `ds` (once per reference: rules are few, places many). */
export function resolveRef(ref: string, ds: DatasetId): readonly [DatasetId, string] {
  let f = AUFGELOEST.get(ds);
  if (!f) AUFGELOEST.set(ds, (f = jeText((r) => (r.includes(':') ? (r.split(':') as [DatasetId, string]) : [ds, r]))));
  return f(ref);
}

const PASST = new WeakMap<RegExp, (merkmal: string) => boolean>();

/**
 * Whether a merkmal is one of the parts a rule names by pattern: tested once per distinct merkmal
 * (the checks and the sums of disclosure control ask for every area and Stichtag).
 */
export function passtZu(muster: RegExp): (merkmal: string) => boolean {
  let passt = PASST.get(muster);
  if (!passt) PASST.set(muster, (passt = jeText((m) => muster.test(m))));
  return passt;
}

/** Each dataset's merkmale by id: looked up per cell, a million times in a large ingest. */
const MERKMAL_INDEX = new Map(DATASET_IDS.map((ds) => [ds, new Map(DATASETS[ds].merkmale.map((m) => [m.id, m]))]));

/** The definition of a merkmal of a dataset (none for nationality codes and derived groups). */
export function merkmalDef(ds: DatasetId, merkmal: string): MerkmalDef | undefined {
  return MERKMAL_INDEX.get(ds)?.get(merkmal);
}

/**
 * Counts of people that add up across areas: what the hierarchy checks sum and what disclosure
 * control protects. Nationality codes and derived groups are counts of people too.
 */
export function isAdditive(ds: DatasetId, merkmal: string): boolean {
  const def = merkmalDef(ds, merkmal);
  return def ? def.art === 'anzahl' && def.additiv !== false : true;
}

/** Label of a merkmal, falling back to the row's own bezeichnung (nationality codes). */
export function merkmalLabel(ds: DatasetId, merkmal: string): string | undefined {
  return merkmalDef(ds, merkmal)?.label;
}
