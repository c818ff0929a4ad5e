/**
 * npm run gebiete:import -- <datei.geojson> --id <Feld> --name <Feld> [--parent <Feld>[:<Namensfeld>] …]
 *   --namensnennung "…" [--crs EPSG:25832] [--toleranz <Meter>] [--ersetzen] [--stadtgrenze]
 *
 * Builds data/raw/gebiete.csv and gebiete.geojson (and stadtgrenze.geojson, if there is none or
 * with --stadtgrenze) from the municipality's own GeoJSON of its finest area level: one --parent
 * per level above it, coarsest first, as kommune.json names the levels. Existing files are only
 * replaced with --ersetzen. On any error nothing is written.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gebieteImport } from '../lib/geo/import';
import { leseRegulaer } from '../lib/ingest/cli';
import { dekodieren } from '../lib/text/dekodieren';
import { error, formatProblem, type Problem } from '../lib/problems';
import { loadKommune, rawPath } from './io';

const args = process.argv.slice(2);
const werte = (n: string) => args.flatMap((a, i) => (a === `--${n}` && args[i + 1] !== undefined ? [args[i + 1]!] : []));
const wert = (n: string) => werte(n)[0];
const MIT_WERT = new Set(['--id', '--name', '--parent', '--crs', '--toleranz', '--namensnennung']);
const datei = args.find((a, i) => !a.startsWith('--') && !MIT_WERT.has(args[i - 1] ?? ''));

const ende = (problems: Problem[], code: number): never => {
  for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
  process.exit(code);
};
if (!datei || !wert('id') || !wert('name'))
  ende([error({ path: 'gebiete:import' }, 'Aufruf: npm run gebiete:import -- <datei.geojson> --id <Feld> --name <Feld> [--parent <Feld>[:<Namensfeld>] …] --namensnennung "…"')], 1);
const pfad = path.relative(process.cwd(), path.resolve(datei!));
const gelesen = leseRegulaer(path.resolve(datei!));
if (!gelesen.bytes) ende([error({ path: pfad }, gelesen.grund ?? 'nicht lesbar')], 1);
const toleranz = Number(wert('toleranz') ?? 5);
if (!Number.isFinite(toleranz) || toleranz < 0 || toleranz > 1000) ende([error({ path: 'gebiete:import' }, `--toleranz „${wert('toleranz')}“: Meter zwischen 0 und 1000`)], 1);

const d = dekodieren(gelesen.bytes!);
if (!d.ok) ende([error({ path: pfad, line: d.line }, d.message)], 1);
const kommune = loadKommune();
const r = gebieteImport(d.ok ? d.text : '', pfad, {
  id: wert('id')!,
  name: wert('name')!,
  eltern: werte('parent').map((p) => {
    const [id = '', name] = p.split(':');
    return { id, ...(name ? { name } : {}) };
  }),
  ebenen: kommune.ebenen,
  ags: kommune.ags,
  stadtName: kommune.name,
  crs: wert('crs'),
  toleranzM: toleranz,
  namensnennung: wert('namensnennung') ?? '',
  quelle: path.basename(pfad),
});
const fehler = r.problems.filter((p) => p.severity === 'error');
if (fehler.length) ende(r.problems, 1);
for (const p of r.problems) process.stderr.write(formatProblem(p) + '\n');

const ziele: [string, string][] = [
  [kommune.gebiete.register, r.register],
  [kommune.gebiete.geometrie, r.geometrie],
];
if (args.includes('--stadtgrenze') || !existsSync(rawPath(kommune.gebiete.stadtgrenze))) ziele.push([kommune.gebiete.stadtgrenze, r.stadtgrenze]);
const anzeige = (rel: string) => path.relative(process.cwd(), rawPath(rel));
// A file with at most a header line (as kommune:neu leaves the register) holds nothing to lose.
const inhalt = (rel: string) => (existsSync(rawPath(rel)) ? readFileSync(rawPath(rel), 'utf8') : '');
const belegt = ziele.filter(([rel, text]) => inhalt(rel).trim().split('\n').length > 1 && inhalt(rel) !== text);
if (belegt.length && !args.includes('--ersetzen'))
  ende(belegt.map(([rel]) => error({ path: anzeige(rel) }, 'gibt es schon mit anderem Inhalt – nichts geschrieben; mit --ersetzen überschreiben')), 1);
// Each file whole or not at all.
for (const [rel, text] of ziele) {
  writeFileSync(rawPath(`${rel}.neu`), text);
  renameSync(rawPath(`${rel}.neu`), rawPath(rel));
}
const je = kommune.ebenen.map((e) => `${r.gebiete.filter((g) => g.ebene === e.id).length} ${e.plural}`).join(', ');
console.log(`${je} → ${ziele.map(([rel]) => anzeige(rel)).join(', ')}`);
console.log('Weiter: npm run pruefen');
