/**
 * gen:beispieldaten for any municipality but the one whose sourced figures scripts/beispieldaten.ts
 * holds: illustrative area values from the municipality's own official city values, as the last
 * `npm run ingest` published them (lib/beispiel/verteilen.ts). Writes data/raw/<datensatz>/<Stichtag>.csv
 * for each Stichtag that has no own snapshot yet (existing files are never touched) and adds the
 * source „beispieldaten“ (illustrativ) to quellen.csv if it is missing.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gruppieren } from '../lib/gruppieren';
import path from 'node:path';
import { beispielVerteilung, type StadtWert } from '../lib/beispiel/verteilen';
import type { Kommune } from '../lib/config';
import { DATASETS, DATASET_IDS } from '../lib/datasets';
import { csvField } from '../lib/csvout';
import { PUBLISHED } from '../lib/ingest/outputs';
import type { DatensatzDatei, Gebiet, QuelleOut } from '../lib/published';
import { DATA, rawPath } from './io';

const QUELLE = 'beispieldaten';

export function beispieldatenAllgemein(kommune: Kommune, seed: number): void {
  const pub = (rel: string) => path.join(DATA, 'published', rel);
  if (!existsSync(pub(PUBLISHED.gebiete))) {
    process.stderr.write('gen:beispieldaten: zuerst „npm run ingest“ – die Beispieldaten gehen von den veröffentlichten amtlichen Stadtwerten aus.\n');
    process.exit(1);
  }
  const gebiete = JSON.parse(readFileSync(pub(PUBLISHED.gebiete), 'utf8')) as Gebiet[];
  const quellen = JSON.parse(readFileSync(pub(PUBLISHED.quellen), 'utf8')) as QuelleOut[];
  const amtlich = new Set(quellen.filter((q) => q.art === 'amtlich').map((q) => q.id));
  const stadtwerte: (StadtWert & { stichtag: string })[] = [];
  // Codes (nationalities) need their name in the snapshot; documented merkmale do not.
  const bezeichnung = new Map<string, string>();
  for (const ds of DATASET_IDS) {
    if (!existsSync(pub(PUBLISHED.datensatz(ds)))) continue;
    const datei = JSON.parse(readFileSync(pub(PUBLISHED.datensatz(ds)), 'utf8')) as DatensatzDatei;
    for (const m of datei.merkmale) if (!DATASETS[ds].merkmale.some((d) => d.id === m.id)) bezeichnung.set(`${ds}|${m.id}`, m.label);
    // Derived values (EU-2, the municipality's groups) are derived again from the parts.
    const abgeleitet = new Set(datei.merkmale.filter((m) => m.abgeleitet).map((m) => m.id));
    for (const [stichtag, gebiet, merkmal, wert, , quelle] of datei.werte)
      if (gebiet === kommune.ags && !abgeleitet.has(merkmal) && wert !== null && amtlich.has(quelle)) stadtwerte.push({ stichtag, datensatz: ds, merkmal, wert });
  }
  const stadt = gruppieren(stadtwerte, (w) => w.stichtag);
  let dateien = 0;
  const uebersprungen: string[] = [];
  for (const [stichtag, werte] of [...stadt].sort(([a], [b]) => a.localeCompare(b))) {
    const je = gruppieren(beispielVerteilung(werte, gebiete, seed + Number(stichtag.replace(/-/g, ''))), (v) => v.datensatz);
    for (const [ds, verteilt] of je) {
      const zeilen = verteilt.map((v) => [v.gebiet, v.merkmal, String(v.wert), bezeichnung.get(`${v.datensatz}|${v.merkmal}`) ?? '', QUELLE].map((x) => csvField(x)).join(','));
      const ziel = rawPath(path.join(ds, `${stichtag}.csv`));
      if (existsSync(ziel)) {
        uebersprungen.push(path.relative(process.cwd(), ziel));
        continue;
      }
      mkdirSync(path.dirname(ziel), { recursive: true });
      writeFileSync(ziel, ['gebiet_id,merkmal,wert,bezeichnung,quelle', ...zeilen].join('\n') + '\n');
      dateien++;
    }
  }
  const quellenPfad = rawPath('quellen.csv');
  if (dateien && !readFileSync(quellenPfad, 'utf8').split('\n').some((z) => z.startsWith(`${QUELLE},`)))
    appendFileSync(quellenPfad, `${QUELLE},Beispieldaten (illustrativ),Integrationsatlas,,,illustrativ,0,"Erfundene Werte für die Gebiete, aus den amtlichen Stadtwerten verteilt (npm run gen:beispieldaten); keine amtliche Statistik."\n`);
  console.log(`${dateien} Schnappschüsse mit Beispieldaten für die Gebiete von ${kommune.name} geschrieben (aus ${stadt.size} Stichtagen mit amtlichen Stadtwerten, Seed ${seed}).`);
  if (uebersprungen.length) console.log(`Nicht angefasst (gibt es schon): ${uebersprungen.join(', ')}`);
}
