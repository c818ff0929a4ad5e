import { z } from 'zod';

/**
 * The municipality's area levels (1 to 3, coarsest first), named in `kommune.json`. Their ids are
 * the values of the `ebene` column and the prefixes of the register's columns (`<id>_id`,
 * `<id>_name`); `stadt` is the municipality itself and no configured level.
 */
export const STADT = 'stadt';

export const ebeneSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/, 'id: Kleinbuchstaben, Ziffern und _ (z. B. stadtbezirk)')
    .refine((id) => id !== STADT, 'id: „stadt“ ist die Kommune selbst'),
  singular: z.string(),
  plural: z.string(),
  /** The level's name on the English pages (absent: the German name, as a proper name). */
  en: z.object({ singular: z.string(), plural: z.string() }).optional(),
});
export type EbeneDef = z.infer<typeof ebeneSchema>;
export type Ebenen = readonly EbeneDef[];

/** Level id of an area: `stadt` or one of the configured ids. */
export type Ebene = string;

export const oberste = (ebenen: Ebenen): EbeneDef => ebenen[0]!;
export const unterste = (ebenen: Ebenen): EbeneDef => ebenen[ebenen.length - 1]!;

/** 0 for the municipality, 1 for the coarsest level, …; -1 for an unknown id. */
export function tiefe(ebenen: Ebenen, id: Ebene): number {
  if (id === STADT) return 0;
  const i = ebenen.findIndex((e) => e.id === id);
  return i < 0 ? -1 : i + 1;
}

export function ebeneVon(ebenen: Ebenen, id: Ebene): EbeneDef | undefined {
  return ebenen.find((e) => e.id === id);
}

/** The next finer level, if any. */
export function darunter(ebenen: Ebenen, id: Ebene): EbeneDef | undefined {
  const t = tiefe(ebenen, id);
  return t < 0 ? undefined : ebenen[t];
}

/** "A", "A und B", "A, B und C" (or with another conjunction: "A and B"). */
export function aufzaehlung(woerter: readonly string[], und = 'und'): string {
  if (woerter.length <= 1) return woerter[0] ?? '';
  return `${woerter.slice(0, -1).join(', ')} ${und} ${woerter[woerter.length - 1]}`;
}

/** A level's name in a language: its English name where the municipality gives one, else the German. */
export const ebeneName = (e: EbeneDef, form: 'singular' | 'plural' = 'plural', s: 'de' | 'en' = 'de'): string => (s === 'en' ? (e.en?.[form] ?? e[form]) : e[form]);

/** All levels' plural (or singular) names as one list: "Bezirke und Stadtteile". */
export const ebenenNamen = (ebenen: Ebenen, form: 'singular' | 'plural' = 'plural', und = 'und', s: 'de' | 'en' = 'de'): string =>
  aufzaehlung(
    ebenen.map((e) => ebeneName(e, form, s)),
    und,
  );
