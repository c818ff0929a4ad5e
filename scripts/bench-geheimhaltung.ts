/**
 * npm run bench:geheimhaltung — disclosure control as the number of areas grows: a refugee table
 * (four statuses and their total) for 54 … 1,080 areas of the finest level (BENCH_GEBIETE) and
 * BENCH_STICHTAGE Stichtage (default 10), small counts as a large city has them, threshold 3.
 * Prints the time of the suppression against the budget (1,000 areas × 10 Stichtage ≤ 60 s),
 * withheld cells, and proves the protection with the attack (recoverable withheld cells must be 0);
 * names the complexity: the exponent k in time ∝ areasᵏ of each step (scripts/wachstum.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rng } from '../lib/allocate';
import { ROOT } from './io';
import { cellKey, type Cell } from '../lib/cells';
import type { Gebiet } from '../lib/gebiete';
import { angriff } from '../lib/geheimhaltung/angriff';
import { gleichungen } from '../lib/geheimhaltung/gleichungen';
import { anwenden, sperren } from '../lib/geheimhaltung/sperren';
import { STATUS } from '../lib/schemas/fluechtlinge-status';
import { exponent, jeEinheit, schritte, type Messung } from './wachstum';

const GROESSEN = (process.env.BENCH_GEBIETE ?? '54,108,162,270').split(',').map(Number);
const JE_BEZIRK = 6;
const STICHTAGE = Number(process.env.BENCH_STICHTAGE ?? 10);
const BUDGET_S = 60;

function tabelle(n: number, seed: number, stichtag: string): { cells: Cell[]; gebiete: Gebiet[] } {
  const r = rng(seed);
  const gebiete: Gebiet[] = [{ id: 'C', name: 'C', ebene: 'stadt', parent: null, lat: null, lon: null }];
  const werte = new Map<string, number[]>();
  for (let s = 0; s < Math.ceil(n / JE_BEZIRK); s++) {
    gebiete.push({ id: `S${s}`, name: `S${s}`, ebene: 'bezirk', parent: 'C', lat: null, lon: null });
    for (let w = 0; w < JE_BEZIRK && s * JE_BEZIRK + w < n; w++) {
      gebiete.push({ id: `W${s}_${w}`, name: `W${s}_${w}`, ebene: 'quartier', parent: `S${s}`, lat: null, lon: null });
      werte.set(`W${s}_${w}`, STATUS.map(() => Math.floor(r() ** 3 * 12)));
    }
  }
  for (const g of [...gebiete].reverse())
    if (!werte.has(g.id)) werte.set(g.id, STATUS.map((_, i) => gebiete.filter((c) => c.parent === g.id).reduce((sum, c) => sum + (werte.get(c.id)?.[i] ?? 0), 0)));
  const cell = (gebiet: string, merkmal: string, wert: number): Cell => ({ datensatz: 'fluechtlinge', stichtag, gebiet, merkmal, wert, quelle: 'q', ort: { path: 'x.csv', line: 1, spalte: 'wert' } });
  const cells = gebiete.flatMap((g) => {
    const v = werte.get(g.id)!;
    return [...STATUS.map((m, i) => cell(g.id, m, v[i]!)), cell(g.id, 'insgesamt', v.reduce((a, b) => a + b, 0))];
  });
  return { cells, gebiete };
}

const zeilen: Record<string, number | string>[] = [];
for (const n of GROESSEN) {
  let cells: Cell[] = [];
  let gebiete: Gebiet[] = [];
  for (let j = 0; j < STICHTAGE; j++) {
    const t = tabelle(n, 20241231 + n + 7919 * j, `${2024 - j}-12-31`);
    for (const c of t.cells) cells.push(c);
    gebiete = t.gebiete;
  }
  const t = process.hrtime.bigint();
  const { geheim, primaer } = sperren(cells, gebiete, 3);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const sichtbar = new Map(anwenden(cells, geheim).filter((c) => c.wert !== null).map((c) => [cellKey(c), c.wert as number]));
  const rueckrechenbar = [...angriff(gleichungen(cells, gebiete), sichtbar).keys()].filter((k) => geheim.has(k)).length;
  const zeile: Record<string, number | string> = { gebiete: n, stichtage: STICHTAGE, zellen: cells.length, primaer: primaer.size, gesperrt: geheim.size, ms: Math.round(ms), rueckrechenbar };
  if (n >= 1000 && STICHTAGE >= 10) zeile.im_budget = ms / 1000 <= BUDGET_S ? `ja (≤ ${BUDGET_S} s)` : `nein (> ${BUDGET_S} s)`;
  zeilen.push(zeile);
  cells = [];
}
const zahl = (z: Record<string, number | string> | undefined, k: string) => Number(z?.[k] ?? 0);
// Complexity: the exponent k in time ∝ areasᵏ of each step (1 = linear), beside each row.
const messungen = zeilen.map((z) => ({ n: zahl(z, 'gebiete'), t: zahl(z, 'ms') }));
zeilen.forEach((z, i) => {
  if (i > 0) z.exponent = exponent(messungen[i - 1] as Messung, messungen[i] as Messung) ?? '–';
});
console.log('Geheimhaltung (Schwelle 3) nach Zahl der Gebiete; rueckrechenbar muss 0 sein; exponent = k in Zeit ∝ Gebieteᵏ gegen die Zeile davor (1 = linear, 2 = quadratisch)');
console.table(zeilen);
const [a, b] = [messungen[0], messungen.at(-1)];
const wachstum = a && b && a !== b ? jeEinheit(a, b) : null;
if (messungen.length > 1) console.log(`Komplexität der Geheimhaltung, Zeit ∝ Gebieteᵏ, k je Schritt: ${schritte(messungen).join('; ') || '–'}; Zeit je Gebiet von der kleinsten zur größten Tabelle: ${wachstum?.toLocaleString('de-DE') ?? '–'} × (1 = linear)`);
writeFileSync(path.join(ROOT, 'bench', 'geheimhaltung.json'), JSON.stringify({ gemessen: new Date().toISOString(), ergebnisse: zeilen, wachstum_je_gebiet: wachstum, exponenten: schritte(messungen) }, null, 1) + '\n');
if (zeilen.some((z) => zahl(z, 'rueckrechenbar') > 0)) process.exitCode = 1;
