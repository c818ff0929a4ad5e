import { z } from 'zod';
import type { RowOut } from '../datasets';
import { parseValue, type Art } from '../values';
import { jeText } from '../wiederholt';

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

/**
 * The same rows without zod, for the many that are fine (a million rows cost zod seconds): the row
 * as the dataset's row schema gives it when every column is fine and `zusatz` (the schema's own
 * further rule, if any) holds, else undefined, and the schema itself tells what is wrong. The
 * merkmal is checked by its schema once per distinct text. Sound, not complete: what it accepts,
 * the schema accepts with the same result (tested on rows drawn from good and bad field values
 * and on every row of the fixture municipalities).
 */
export function schnellerWeg(merkmal: z.ZodType<string>, artOf: (m: string) => Art | undefined, zusatz: (row: RowOut) => boolean = () => true) {
  const merkmalOk = jeText((m) => merkmal.safeParse(m).success);
  return (v: Record<string, string | undefined>): RowOut | undefined => {
    const { gebiet_id: g, merkmal: m, wert: w, bezeichnung: b = '', quelle: q } = v;
    if (typeof g !== 'string' || typeof m !== 'string' || typeof w !== 'string' || typeof b !== 'string' || typeof q !== 'string') return undefined;
    const gebiet_id = g.trim();
    const quelle = q.trim();
    if (!gebiet_id || !quelle || !merkmalOk(m)) return undefined;
    const art = artOf(m) ?? 'anzahl';
    const parsed = parseValue(w, art);
    if (!parsed.ok) return undefined;
    const row = { gebiet_id, merkmal: m, wert: parsed.wert, bezeichnung: b.trim(), quelle, zeichen: parsed.zeichen, art };
    return zusatz(row) ? row : undefined;
  };
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
