import { z } from 'zod';
import { STATUS } from './fluechtlinge-status';
import { artLookup, merkmalEnum, schnellerWeg, snapshotRowSchema, type MerkmalDef, type SumRule } from './common';

export const merkmale = [
  { id: 'insgesamt', label: 'Flüchtlinge insgesamt (Zählung der Kommune)', art: 'anzahl' },
  { id: 'anerkannt', label: 'anerkannt', art: 'anzahl' },
  { id: 'asyl_mit_bleibeperspektive', label: 'im Asylverfahren, mit Bleibeperspektive', art: 'anzahl' },
  { id: 'asyl_ohne_bleibeperspektive', label: 'im Asylverfahren, ohne Bleibeperspektive', art: 'anzahl' },
  { id: 'geduldet', label: 'geduldet (vollziehbar ausreisepflichtig, Abschiebung ausgesetzt)', art: 'anzahl' },
  { id: 'schutzsuchende', label: 'Schutzsuchende (Abgrenzung Destatis 12531)', art: 'anzahl' },
] as const satisfies readonly MerkmalDef[];

export const merkmalSchema = merkmalEnum(merkmale);

const art = artLookup(merkmale);
export const rowSchema = snapshotRowSchema(merkmalSchema, art);
export const schnell = schnellerWeg(merkmalSchema, art);
export type Row = z.infer<typeof rowSchema>;

export const rules: SumRule[] = [
  {
    total: 'insgesamt',
    parts: [...STATUS],
    relation: '=',
  },
];
