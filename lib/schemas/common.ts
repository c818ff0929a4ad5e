import { z } from 'zod';
import { parseValue, type Art } from '../values';

export interface MerkmalDef {
  id: string;
  label: string;
  art: Art;
  /** false where areas do not add up (e.g. the number of nations represented). */
  additiv?: false;
  /** For shares: the counts it is computed from (rule references), withheld with them. */
  anteil?: { zaehler: string; nenner: string };
}

/**
 * A sum rule links cells of one area and Stichtag: `total` relates to the sum of `parts`
 * ('=' all parts make the total, '<=' parts are a subset). References may point into another
 * dataset (`datensatz:merkmal`).
 */
export interface SumRule {
  total: string;
  /** Named parts, or every merkmal of the same dataset that matches the pattern. */
  parts: string[] | RegExp;
  relation: '=' | '<=';
}

/** Builds the row schema of an own snapshot: one value per row, long format. */
export function snapshotRowSchema(merkmal: z.ZodType<string>, artOf: (m: string) => Art | undefined) {
  return z
    .object({
      gebiet_id: z.string().trim().min(1, 'gebiet_id fehlt'),
      merkmal,
      wert: z.string(),
      bezeichnung: z.string().trim().optional().default(''),
      quelle: z.string().trim().min(1, 'quelle fehlt'),
    })
    .transform((row, ctx) => {
      const art = artOf(row.merkmal) ?? 'anzahl';
      const parsed = parseValue(row.wert, art);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', path: ['wert'], message: parsed.message, input: row.wert });
        return z.NEVER;
      }
      return { ...row, wert: parsed.wert, zeichen: parsed.zeichen, art };
    });
}

export const SNAPSHOT_COLUMNS = ['gebiet_id', 'merkmal', 'wert', 'quelle'] as const;

export function artLookup(defs: readonly MerkmalDef[]) {
  const map = new Map(defs.map((d) => [d.id, d.art]));
  return (m: string) => map.get(m);
}

export function merkmalEnum(defs: readonly MerkmalDef[]) {
  const ids = defs.map((m) => m.id);
  return z.enum(ids as [string, ...string[]], {
    error: (i) => `unbekanntes Merkmal „${String(i.input)}“ (erlaubt: ${ids.join(', ')})`,
  });
}
