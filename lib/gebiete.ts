import { z } from 'zod';
import type { CsvTable } from './csv';
import { error, type Problem } from './problems';

export type Ebene = 'stadt' | 'sozialraum' | 'wohnbereich';

export const gebietSchema = z.object({
  id: z.string(),
  name: z.string(),
  ebene: z.enum(['stadt', 'sozialraum', 'wohnbereich']),
  parent: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type Gebiet = z.infer<typeof gebietSchema>;

const REGISTER_COLUMNS = ['sozialraum_id', 'sozialraum_name', 'wohnbereich_id', 'wohnbereich_name', 'lat_ca', 'lon_ca'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Reads the area register (one row per Wohnbereich, naming its Sozialraum) into the list of
 * areas: the city (id = AGS) first, then Sozialräume, then Wohnbereiche.
 */
export function readRegister(
  table: CsvTable,
  path: string,
  stadt: { ags: string; name: string },
): { gebiete: Gebiet[]; problems: Problem[]; zeilen: Map<string, number> } {
  const problems: Problem[] = table.issues.map((i) => error({ path, line: i.line }, i.message));
  const missing = REGISTER_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length)
    return { gebiete: [], problems: [...problems, error({ path, line: table.headerLine }, `Spalten fehlen: ${missing.join(', ')}`)], zeilen: new Map() };
  const sr = new Map<string, { name: string; line: number }>();
  const wb: Gebiet[] = [];
  const seen = new Map<string, number>([[stadt.ags, 0]]);
  for (const { line, values: v } of table.rows) {
    const at = { path, line };
    const srId = v.sozialraum_id ?? '';
    const wbId = v.wohnbereich_id ?? '';
    for (const [col, id] of [['sozialraum_id', srId], ['wohnbereich_id', wbId]] as const)
      if (!ID.test(id)) problems.push(error(at, `Spalte ${col}: „${id}“ ist keine gültige Gebiets-ID (Buchstaben, Ziffern, _ und -)`));
    const known = sr.get(srId);
    if (known && known.name !== v.sozialraum_name)
      problems.push(error(at, `Spalte sozialraum_name: „${v.sozialraum_name}“ widerspricht „${known.name}“ (Zeile ${known.line}) für ${srId}`));
    if (!known) {
      if (seen.has(srId)) problems.push(error(at, `Spalte sozialraum_id: „${srId}“ ist schon als Wohnbereich vergeben`));
      sr.set(srId, { name: v.sozialraum_name ?? '', line });
      seen.set(srId, line);
    }
    const first = seen.get(wbId);
    if (first !== undefined) {
      problems.push(error(at, `Spalte wohnbereich_id: „${wbId}“ ist doppelt (zuerst Zeile ${first})`));
      continue;
    }
    seen.set(wbId, line);
    const lat = v.lat_ca ? Number(v.lat_ca.replace(',', '.')) : null;
    const lon = v.lon_ca ? Number(v.lon_ca.replace(',', '.')) : null;
    if (lat !== null && (!Number.isFinite(lat) || Math.abs(lat) > 90)) problems.push(error(at, `Spalte lat_ca: „${v.lat_ca}“ ist keine Breite`));
    if (lon !== null && (!Number.isFinite(lon) || Math.abs(lon) > 180)) problems.push(error(at, `Spalte lon_ca: „${v.lon_ca}“ ist keine Länge`));
    if (!v.wohnbereich_name) problems.push(error(at, 'Spalte wohnbereich_name: leer'));
    wb.push({ id: wbId, name: v.wohnbereich_name ?? '', ebene: 'wohnbereich', parent: srId, lat, lon });
  }
  if (table.rows.length === 0) problems.push(error({ path, line: table.headerLine }, 'keine Gebiete'));
  const gebiete: Gebiet[] = [
    { id: stadt.ags, name: stadt.name, ebene: 'stadt', parent: null, lat: null, lon: null },
    ...[...sr].map(([id, s]): Gebiet => ({ id, name: s.name, ebene: 'sozialraum', parent: stadt.ags, lat: null, lon: null })),
    ...wb,
  ];
  return { gebiete, problems, zeilen: seen };
}

export function childrenOf(gebiete: Gebiet[], id: string): Gebiet[] {
  return gebiete.filter((g) => g.parent === id);
}
