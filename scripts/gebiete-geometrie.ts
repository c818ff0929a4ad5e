/**
 * Writes data/raw/gebiete.geojson: the schematic partition of the municipality's outline
 * (data/raw/stadtgrenze.geojson) into the areas of the register (data/raw/gebiete.csv).
 * Run once; the output is committed. A city replaces it with its official geometry.
 * The attribution of the outline comes from `--namensnennung "…"` or from the outline file's
 * `metadata.namensnennung` — there is no default. Bad centres are reported as `file:line`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCsv } from '../lib/csv';
import { readRegister } from '../lib/gebiete';
import { areaKm2, overlapKm2 } from '../lib/geo/measure';
import { unterste } from '../lib/ebenen';
import { partition } from '../lib/geo/partition';
import { punktIn } from '../lib/geo/punkt';
import type { Geometry } from '../lib/geo/types';
import { error, formatProblem, type Problem } from '../lib/problems';
import { loadKommune, rawPath } from './io';

const abbrechen = (problems: Problem[]): never => {
  for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
  process.exit(1);
};
const kommune = loadKommune();
const outlinePfad = `data/raw/${kommune.gebiete.stadtgrenze}`;
const registerPfad = `data/raw/${kommune.gebiete.register}`;
const outlineFile = JSON.parse(readFileSync(rawPath(kommune.gebiete.stadtgrenze), 'utf8'));
const outline = outlineFile.features?.[0]?.geometry as Geometry | undefined;
if (!outline || (outline.type !== 'Polygon' && outline.type !== 'MultiPolygon')) abbrechen([error({ path: outlinePfad, line: 1 }, 'keine Polygon-Geometrie der Stadtgrenze')]);
const i = process.argv.indexOf('--namensnennung');
const namensnennung: string = (i > 0 ? process.argv[i + 1] : undefined) ?? outlineFile.metadata?.namensnennung ?? '';
if (!namensnennung) abbrechen([error({ path: outlinePfad }, 'Namensnennung der Stadtgrenze fehlt: --namensnennung "…" angeben oder metadata.namensnennung in die Datei schreiben')]);
const { gebiete, problems, zeilen } = readRegister(parseCsv(readFileSync(rawPath(kommune.gebiete.register), 'utf8')), registerPfad, kommune);
if (problems.length) abbrechen(problems);
// Every centre inside the outline, or its Voronoi cell may miss the municipality altogether.
const fein = unterste(kommune.ebenen);
const draussen = gebiete
  .filter((g) => g.ebene === fein.id && (g.lat === null || g.lon === null || !punktIn([g.lon, g.lat], outline as Geometry)))
  .map((g) => error({ path: registerPfad, line: zeilen.get(g.id) }, `${g.id}: Mittelpunkt (lat ${g.lat}, lon ${g.lon}) liegt ${g.lat === null ? 'nicht vor' : 'außerhalb der Stadtgrenze'}`));
if (draussen.length) abbrechen(draussen);

const features = partition(outline as Geometry, gebiete);

// No gaps, no overlaps: the areas of the finest level tile the outline.
const wb = features.filter((f) => f.properties.ebene === fein.id);
const total = wb.reduce((s, f) => s + areaKm2(f.geometry), 0);
const city = areaKm2(outline as Geometry);
let overlap = 0;
wb.forEach((a, i) => wb.slice(i + 1).forEach((b) => (overlap += overlapKm2(a.geometry, b.geometry))));
console.log(`Stadtfläche ${city.toFixed(3)} km², Summe der ${fein.plural} ${total.toFixed(3)} km², Überlappung ${overlap.toFixed(6)} km²`);
if (Math.abs(total - city) > 0.01 || overlap > 0.001) throw new Error('Partition hat Lücken oder Überlappungen');

// "; Sozialräume sind die Vereinigung ihrer Wohnbereiche" (and for three levels ", Bezirke die ihrer Stadtteile").
const vereinigung = kommune.ebenen
  .slice(0, -1)
  .map((e, i) => `${e.plural} ${i === kommune.ebenen.length - 2 ? 'sind die Vereinigung ihrer' : 'die ihrer'} ${kommune.ebenen[i + 1]!.plural}`)
  .reverse()
  .map((t, i) => (i === 0 ? `; ${t}` : `, ${t}`))
  .join('');
const out = {
  type: 'FeatureCollection',
  metadata: {
    schematisch: true,
    beschreibung: `Schematische Gliederung: je ${fein.singular} eine Voronoi-Zelle um den ungefähren Mittelpunkt aus dem Gebietsregister, zugeschnitten auf die Stadtgrenze${vereinigung}. Keine amtlichen Grenzen.`,
    erzeugt_von: 'scripts/gebiete-geometrie.ts',
    grundlage: outlineFile.metadata?.quelle ?? kommune.gebiete.stadtgrenze,
    namensnennung: /verändert/.test(namensnennung) ? namensnennung : `${namensnennung} (Daten verändert)`,
  },
  features,
};
// One feature per line: problems found later can name a useful line.
const text = JSON.stringify({ ...out, features: [] }).replace('"features":[]', `"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]`);
writeFileSync(rawPath(kommune.gebiete.geometrie), text + '\n');
console.log(`${features.length} Gebiete → data/raw/${kommune.gebiete.geometrie}`);
