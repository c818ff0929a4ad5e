import { z } from 'zod';
import { artLookup, merkmalEnum, schnellerWeg, snapshotRowSchema, type MerkmalDef, type SumRule } from './common';

export const merkmale = [
  { id: 'einwohner', label: 'Einwohnerinnen und Einwohner', art: 'anzahl' },
  { id: 'maennlich', label: 'männlich', art: 'anzahl' },
  { id: 'weiblich', label: 'weiblich', art: 'anzahl' },
  { id: 'alter_unter_6', label: 'unter 6 Jahre', art: 'anzahl' },
  { id: 'alter_6_bis_14', label: '6 bis 14 Jahre', art: 'anzahl' },
  { id: 'alter_15_bis_17', label: '15 bis 17 Jahre', art: 'anzahl' },
  { id: 'alter_18_bis_64', label: '18 bis 64 Jahre', art: 'anzahl' },
  { id: 'alter_65_und_mehr', label: '65 Jahre und mehr', art: 'anzahl' },
  { id: 'flaeche_km2', label: 'Fläche (km²)', art: 'flaeche' },
] as const satisfies readonly MerkmalDef[];

export const merkmalSchema = merkmalEnum(merkmale);

const art = artLookup(merkmale);
export const rowSchema = snapshotRowSchema(merkmalSchema, art);
export const schnell = schnellerWeg(merkmalSchema, art);
export type Row = z.infer<typeof rowSchema>;

export const rules: SumRule[] = [
  { total: 'einwohner', parts: ['maennlich', 'weiblich'], relation: '=' },
  {
    total: 'einwohner',
    parts: ['alter_unter_6', 'alter_6_bis_14', 'alter_15_bis_17', 'alter_18_bis_64', 'alter_65_und_mehr'],
    relation: '=',
  },
];
