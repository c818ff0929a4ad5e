import { z } from 'zod';
import { schnellerWeg, snapshotRowSchema, type MerkmalDef, type SumRule } from './common';

/**
 * Merkmale besides the hierarchical nationality codes of the Ausländerstatistik:
 * 1 digit = continent (1 Europa … 5 Australien/Ozeanien, 9 Sonstige), 3 digits = country,
 * whose first digit names its continent. Totals are never summed across both levels.
 */
export const merkmale = [
  { id: 'auslaender_insgesamt', label: 'Ausländerinnen und Ausländer insgesamt', art: 'anzahl' },
  { id: 'eu_staaten', label: 'Staatsangehörige der EU-Mitgliedstaaten', art: 'anzahl' },
  { id: 'nationen_anzahl', label: 'Anzahl vertretener Nationen', art: 'anzahl', additiv: false },
] as const satisfies readonly MerkmalDef[];

export const KONTINENT = /^[1-9]$/;
export const LAND = /^[1-9]\d\d$/;

const fixed = new Set<string>(merkmale.map((m) => m.id));

export const merkmalSchema = z.string().refine((m) => fixed.has(m) || KONTINENT.test(m) || LAND.test(m), {
  error: (i) =>
    `unbekanntes Merkmal „${String(i.input)}“ (erlaubt: ${[...fixed].join(', ')}, Kontinentschlüssel 1–9 oder Länderschlüssel 100–999)`,
});

/** A nationality code names its country in the row (the fixed merkmale have their own labels). */
const bezeichnet = (row: { merkmal: string; bezeichnung: string }) => fixed.has(row.merkmal) || row.bezeichnung !== '';

export const rowSchema = snapshotRowSchema(merkmalSchema, () => 'anzahl').superRefine((row, ctx) => {
  if (!bezeichnet(row)) ctx.addIssue({ code: 'custom', path: ['bezeichnung'], message: `Schlüssel ${row.merkmal} braucht eine bezeichnung` });
});
export const schnell = schnellerWeg(merkmalSchema, () => 'anzahl', bezeichnet);
export type Row = z.infer<typeof rowSchema>;

export const rules: SumRule[] = [
  { total: 'auslaender_insgesamt', parts: KONTINENT, relation: '<=' },
  ...['1', '2', '3', '4', '5', '9'].map(
    (k): SumRule => ({ total: k, parts: new RegExp(`^${k}\\d\\d$`), relation: '<=' }),
  ),
  { total: 'auslaender_insgesamt', parts: ['eu_staaten'], relation: '<=' },
  { total: 'bevoelkerung:einwohner', parts: ['auslaender_insgesamt'], relation: '<=' },
];
