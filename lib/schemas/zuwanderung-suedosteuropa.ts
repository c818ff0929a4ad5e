import { z } from 'zod';
import { artLookup, merkmalEnum, schnellerWeg, snapshotRowSchema, type MerkmalDef, type SumRule } from './common';

export const merkmale = [
  { id: 'bulgarien', label: 'Bulgarische Staatsangehörige', art: 'anzahl' },
  { id: 'rumaenien', label: 'Rumänische Staatsangehörige', art: 'anzahl' },
  { id: 'eu2_insgesamt', label: 'Bulgarische und rumänische Staatsangehörige (EU-2)', art: 'anzahl' },
] as const satisfies readonly MerkmalDef[];

export const merkmalSchema = merkmalEnum(merkmale);

const art = artLookup(merkmale);
export const rowSchema = snapshotRowSchema(merkmalSchema, art);
export const schnell = schnellerWeg(merkmalSchema, art);
export type Row = z.infer<typeof rowSchema>;

/** The same people counted in the nationality table (codes of the Ausländerstatistik). */
export const gleich: Record<string, string> = {
  bulgarien: 'staatsangehoerigkeiten:125',
  rumaenien: 'staatsangehoerigkeiten:154',
};

export const rules: SumRule[] = [
  { total: 'eu2_insgesamt', parts: ['bulgarien', 'rumaenien'], relation: '=' },
  { total: 'staatsangehoerigkeiten:auslaender_insgesamt', parts: ['bulgarien', 'rumaenien'], relation: '<=' },
  { total: 'staatsangehoerigkeiten:auslaender_insgesamt', parts: ['eu2_insgesamt'], relation: '<=' },
];
