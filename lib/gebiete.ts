import { z } from 'zod';
import type { CsvTable } from './csv';
import { STADT, type Ebenen } from './ebenen';
import { error, type Problem } from './problems';

export type { Ebene } from './ebenen';

export const gebietSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** `stadt` or the id of a configured level. */
  ebene: z.string(),
  parent: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type Gebiet = z.infer<typeof gebietSchema>;

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The register's columns: `<level>_id`, `<level>_name` per level (coarsest first), then the centre of the finest area. */
export const registerSpalten = (ebenen: Ebenen): string[] => [...ebenen.flatMap((e) => [`${e.id}_id`, `${e.id}_name`]), 'lat_ca', 'lon_ca'];

/**
 * Reads the area register (one row per area of the finest level, naming the areas it lies in)
 * into the list of areas: the city (id = AGS) first, then each level's areas, coarsest first.
 * `zeilen` gives each id's first line (for messages about geometry).
 */
export function readRegister(
  table: CsvTable,
  path: string,
  stadt: { ags: string; name: string; ebenen: Ebenen },
): { gebiete: Gebiet[]; problems: Problem[]; zeilen: Map<string, number> } {
  const { ebenen } = stadt;
  const problems: Problem[] = table.issues.map((i) => error({ path, line: i.line }, i.message));
  const missing = registerSpalten(ebenen).filter((c) => !table.header.includes(c));
  if (missing.length)
    return { gebiete: [], problems: [...problems, error({ path, line: table.headerLine }, `Spalten fehlen: ${missing.join(', ')}`)], zeilen: new Map() };
  const seen = new Map<string, number>([[stadt.ags, 0]]);
  const je = ebenen.map(() => [] as Gebiet[]);
  const bekannt = new Map<string, { gebiet: Gebiet; stufe: number; line: number }>();
  const letzte = ebenen.length - 1;
  for (const { line, values: v } of table.rows) {
    const at = { path, line };
    let parent = stadt.ags;
    for (const [stufe, e] of ebenen.entries()) {
      const id = v[`${e.id}_id`] ?? '';
      const name = v[`${e.id}_name`] ?? '';
      if (!ID.test(id)) {
        problems.push(error(at, `Spalte ${e.id}_id: „${id}“ ist keine gültige Gebiets-ID (Buchstaben, Ziffern, _ und -)`));
        break;
      }
      const alt = bekannt.get(id);
      if (stufe < letzte && alt?.stufe === stufe) {
        if (alt.gebiet.name !== name) problems.push(error(at, `Spalte ${e.id}_name: „${name}“ widerspricht „${alt.gebiet.name}“ (Zeile ${alt.line}) für ${id}`));
        if (alt.gebiet.parent !== parent)
          problems.push(error(at, `Spalte ${e.id}_id: ${id} liegt in Zeile ${alt.line} in ${alt.gebiet.parent}, hier in ${parent}`));
      } else if (alt || id === stadt.ags) {
        const wo = alt ? `schon als ${ebenen[alt.stufe]!.singular} vergeben (Zeile ${alt.line})` : 'der Gemeindeschlüssel der Kommune';
        problems.push(error(at, stufe === letzte && alt?.stufe === stufe ? `Spalte ${e.id}_id: „${id}“ ist doppelt (zuerst Zeile ${alt.line})` : `Spalte ${e.id}_id: „${id}“ ist ${wo}`));
        break;
      } else {
        if (!name) problems.push(error(at, `Spalte ${e.id}_name: leer`));
        const gebiet: Gebiet = { id, name, ebene: e.id, parent, lat: null, lon: null };
        if (stufe === letzte) {
          const lat = v.lat_ca ? Number(v.lat_ca.replace(',', '.')) : null;
          const lon = v.lon_ca ? Number(v.lon_ca.replace(',', '.')) : null;
          if (lat !== null && (!Number.isFinite(lat) || Math.abs(lat) > 90)) problems.push(error(at, `Spalte lat_ca: „${v.lat_ca}“ ist keine Breite`));
          if (lon !== null && (!Number.isFinite(lon) || Math.abs(lon) > 180)) problems.push(error(at, `Spalte lon_ca: „${v.lon_ca}“ ist keine Länge`));
          gebiet.lat = lat;
          gebiet.lon = lon;
        }
        bekannt.set(id, { gebiet, stufe, line });
        seen.set(id, line);
        je[stufe]!.push(gebiet);
      }
      parent = id;
    }
  }
  if (table.rows.length === 0) problems.push(error({ path, line: table.headerLine }, 'keine Gebiete'));
  const gebiete: Gebiet[] = [{ id: stadt.ags, name: stadt.name, ebene: STADT, parent: null, lat: null, lon: null }, ...je.flat()];
  return { gebiete, problems, zeilen: seen };
}

export function childrenOf(gebiete: Gebiet[], id: string): Gebiet[] {
  return gebiete.filter((g) => g.parent === id);
}

/** Each area's parts (the areas that lie directly in it), in register order; areas without parts are absent. */
export function kinderJe<G extends Pick<Gebiet, 'parent'>>(gebiete: readonly G[]): Map<string, G[]> {
  const kinder = new Map<string, G[]>();
  for (const g of gebiete)
    if (g.parent) {
      let l = kinder.get(g.parent);
      if (!l) kinder.set(g.parent, (l = []));
      l.push(g);
    }
  return kinder;
}

type Knoten = Pick<Gebiet, 'id' | 'ebene' | 'parent'>;

/** The area an area lies in, unless that is the municipality itself. */
export function oberGebiet<G extends Knoten>(gebiete: readonly G[], g: Knoten): G | undefined {
  const p = gebiete.find((x) => x.id === g.parent);
  return p && p.ebene !== STADT ? p : undefined;
}

/** The areas an area lies in, coarsest first, without the municipality (for breadcrumbs). */
export function vorfahren<G extends Knoten>(gebiete: readonly G[], g: Knoten): G[] {
  const kette: G[] = [];
  for (let p = oberGebiet(gebiete, g); p && kette.length < 10; p = oberGebiet(gebiete, p)) kette.unshift(p);
  return kette;
}
