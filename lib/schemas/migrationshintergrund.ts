import { z } from 'zod';
import { artLookup, merkmalEnum, schnellerWeg, snapshotRowSchema, type MerkmalDef, type SumRule } from './common';

export const merkmale = [
  { id: 'mit_mh', label: 'Personen mit Migrationshintergrund', art: 'anzahl' },
  {
    id: 'anteil_mh_angegeben',
    label: 'Anteil mit Migrationshintergrund, wie von der Quelle angegeben (%)',
    art: 'prozent',
    anteil: { zaehler: 'mit_mh', nenner: 'bevoelkerung:einwohner' },
  },
  { id: 'anteil_mh_unter_15', label: 'Anteil mit Migrationshintergrund unter den unter 15-Jährigen (%)', art: 'prozent' },
  { id: 'herkunft_tuerkei', label: 'Personen türkischer Herkunft', art: 'anzahl' },
  { id: 'spaetaussiedler', label: 'Spätaussiedlerinnen und Spätaussiedler aus Polen und der ehem. Sowjetunion', art: 'anzahl' },
] as const satisfies readonly MerkmalDef[];

export const merkmalSchema = merkmalEnum(merkmale);

const art = artLookup(merkmale);
export const rowSchema = snapshotRowSchema(merkmalSchema, art);
export const schnell = schnellerWeg(merkmalSchema, art);
export type Row = z.infer<typeof rowSchema>;

export const rules: SumRule[] = [
  { total: 'bevoelkerung:einwohner', parts: ['mit_mh'], relation: '<=' },
  { total: 'mit_mh', parts: ['herkunft_tuerkei', 'spaetaussiedler'], relation: '<=' },
];
