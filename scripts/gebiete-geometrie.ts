/**
 * Writes data/raw/gebiete.geojson: the schematic partition of the municipality's outline
 * (data/raw/stadtgrenze.geojson) into the areas of the register (data/raw/gebiete.csv).
 * Run once; the output is committed. A city replaces it with its official geometry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCsv } from '../lib/csv';
import { readRegister } from '../lib/gebiete';
import { areaKm2, overlapKm2 } from '../lib/geo/measure';
import { partition, type Seed } from '../lib/geo/partition';
import type { Geometry } from '../lib/geo/types';
import { loadKommune, rawPath } from './io';

const kommune = loadKommune();
const outlineFile = JSON.parse(readFileSync(rawPath(kommune.gebiete.stadtgrenze), 'utf8'));
const outline = outlineFile.features[0].geometry as Geometry;
const { gebiete, problems } = readRegister(parseCsv(readFileSync(rawPath(kommune.gebiete.register), 'utf8')), kommune.gebiete.register, kommune);
if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));

const seeds: Seed[] = gebiete
  .filter((g) => g.ebene === 'wohnbereich')
  .map((g) => ({ id: g.id, name: g.name, sozialraum: g.parent ?? '', sozialraumName: gebiete.find((s) => s.id === g.parent)?.name ?? '', lon: g.lon ?? NaN, lat: g.lat ?? NaN }));
const features = partition(outline, seeds);

// No gaps, no overlaps: the Wohnbereiche tile the outline.
const wb = features.filter((f) => f.properties.ebene === 'wohnbereich');
const total = wb.reduce((s, f) => s + areaKm2(f.geometry), 0);
const city = areaKm2(outline);
let overlap = 0;
wb.forEach((a, i) => wb.slice(i + 1).forEach((b) => (overlap += overlapKm2(a.geometry, b.geometry))));
console.log(`Stadtfläche ${city.toFixed(3)} km², Summe der Wohnbereiche ${total.toFixed(3)} km², Überlappung ${overlap.toFixed(6)} km²`);
if (Math.abs(total - city) > 0.01 || overlap > 0.001) throw new Error('Partition hat Lücken oder Überlappungen');

const out = {
  type: 'FeatureCollection',
  metadata: {
    schematisch: true,
    beschreibung:
      'Schematische Gliederung: je Wohnbereich eine Voronoi-Zelle um den ungefähren Mittelpunkt aus dem Gebietsregister, zugeschnitten auf die Stadtgrenze; Sozialräume sind die Vereinigung ihrer Wohnbereiche. Keine amtlichen Grenzen.',
    erzeugt_von: 'scripts/gebiete-geometrie.ts',
    grundlage: outlineFile.metadata?.quelle ?? 'BKG VG5000 (01.01.2021), Kreise',
    namensnennung: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
    lizenz: 'Datenlizenz Deutschland – Namensnennung – 2.0',
  },
  features,
};
// One feature per line: problems found later can name a useful line.
const text = JSON.stringify({ ...out, features: [] }).replace('"features":[]', `"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]`);
writeFileSync(rawPath(kommune.gebiete.geometrie), text + '\n');
console.log(`${features.length} Gebiete → data/raw/${kommune.gebiete.geometrie}`);
