/**
 * Writes the bundled own snapshots data/raw/<dataset>/<YYYY-MM-DD>.csv: the real city-level
 * figures with their sources (../shared/data/README.md), and illustrative values for the
 * Sozialräume and Wohnbereiche (quelle "beispieldaten"), seeded. The city level holds official
 * figures only: no city total is ever invented; where a source gives one, the areas sum to it.
 * Values IT.NRW exports give (data/raw/genesis/) are not repeated here. Run once; the output
 * is committed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { oberste, unterste } from '../lib/ebenen';
import path from 'node:path';
import { allocate, allocate2d, rng } from '../lib/allocate';
import { parseCsv } from '../lib/csv';
import type { DatasetId } from '../lib/datasets';
import { readRegister } from '../lib/gebiete';
import { beispieldatenAllgemein } from './beispieldaten-allgemein';
import { loadKommune, rawPath } from './io';

const SEED = 20161231;
const STICHTAGE = ['2016-12-31', '2017-05-31', '2017-12-31', '2018-12-31', '2019-12-31', '2020-12-31', '2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31'];
const ILL = 'beispieldaten';

/** Real city figures: [dataset, stichtag, merkmal, value, source, bezeichnung?]. */
type Fact = [DatasetId, string, string, number, string, string?];
const FACTS: Fact[] = [
  ['bevoelkerung', '2017-05-31', 'einwohner', 179921, 'hamm-vortrag-2017'],
  ['bevoelkerung', '2017-05-31', 'flaeche_km2', 226.26, 'hamm-vortrag-2017'],
  ['bevoelkerung', '2018-12-31', 'einwohner', 179111, 'destatis-2018'],
  ['bevoelkerung', '2018-12-31', 'maennlich', 88024, 'destatis-2018'],
  ['bevoelkerung', '2018-12-31', 'weiblich', 91087, 'destatis-2018'],
  ['bevoelkerung', '2022-12-31', 'einwohner', 180849, 'itnrw-lippewelle-2022'],
  ['migrationshintergrund', '2017-05-31', 'mit_mh', 53369, 'hamm-vortrag-2017'],
  ['migrationshintergrund', '2017-05-31', 'anteil_mh_angegeben', 34, 'hamm-vortrag-2017'],
  ['migrationshintergrund', '2017-05-31', 'anteil_mh_unter_15', 51.6, 'hamm-vortrag-2017'],
  ['migrationshintergrund', '2017-05-31', 'herkunft_tuerkei', 17900, 'hamm-vortrag-2017'],
  ['migrationshintergrund', '2017-05-31', 'spaetaussiedler', 19100, 'hamm-vortrag-2017'],
  ['staatsangehoerigkeiten', '2017-05-31', 'nationen_anzahl', 129, 'hamm-vortrag-2017'],
  ['staatsangehoerigkeiten', '2019-12-31', 'auslaender_insgesamt', 30340, 'wa-itnrw-2020'],
  ['staatsangehoerigkeiten', '2020-12-31', 'auslaender_insgesamt', 31070, 'wa-itnrw-2020'],
  ['staatsangehoerigkeiten', '2020-12-31', 'eu_staaten', 10905, 'wa-itnrw-2020'],
  ['staatsangehoerigkeiten', '2020-12-31', '163', 8910, 'wa-itnrw-2020', 'Türkei'],
  ['staatsangehoerigkeiten', '2020-12-31', '152', 3900, 'wa-itnrw-2020', 'Polen'],
  ['staatsangehoerigkeiten', '2020-12-31', '125', 2535, 'wa-itnrw-2020', 'Bulgarien'],
  ['staatsangehoerigkeiten', '2020-12-31', '475', 2345, 'wa-itnrw-2020', 'Syrien'],
  ['staatsangehoerigkeiten', '2020-12-31', '154', 1535, 'wa-itnrw-2020', 'Rumänien'],
  ['fluechtlinge', '2017-05-31', 'insgesamt', 2141, 'hamm-vortrag-2017'],
  ['fluechtlinge', '2017-05-31', 'anerkannt', 1236, 'hamm-vortrag-2017'],
  ['fluechtlinge', '2017-05-31', 'asyl_mit_bleibeperspektive', 180, 'hamm-vortrag-2017'],
  ['fluechtlinge', '2017-05-31', 'asyl_ohne_bleibeperspektive', 529, 'hamm-vortrag-2017'],
  ['fluechtlinge', '2017-05-31', 'geduldet', 196, 'hamm-vortrag-2017'],
  ['fluechtlinge', '2018-12-31', 'schutzsuchende', 3875, 'destatis-12531'],
  // The same people as the EU-2 figures of the same source, under their nationality codes.
  ['staatsangehoerigkeiten', '2016-12-31', '125', 1934, 'hamm-vortrag-2017', 'Bulgarien'],
  ['staatsangehoerigkeiten', '2016-12-31', '154', 970, 'hamm-vortrag-2017', 'Rumänien'],
  ['staatsangehoerigkeiten', '2017-05-31', '125', 2023, 'hamm-vortrag-2017', 'Bulgarien'],
  ['staatsangehoerigkeiten', '2017-05-31', '154', 1080, 'hamm-vortrag-2017', 'Rumänien'],
  ['zuwanderung-suedosteuropa', '2016-12-31', 'bulgarien', 1934, 'hamm-vortrag-2017'],
  ['zuwanderung-suedosteuropa', '2016-12-31', 'rumaenien', 970, 'hamm-vortrag-2017'],
  ['zuwanderung-suedosteuropa', '2017-05-31', 'bulgarien', 2023, 'hamm-vortrag-2017'],
  ['zuwanderung-suedosteuropa', '2017-05-31', 'rumaenien', 1080, 'hamm-vortrag-2017'],
  ['zuwanderung-suedosteuropa', '2017-12-31', 'eu2_insgesamt', 3051, 'wa-2018'],
  ['zuwanderung-suedosteuropa', '2020-12-31', 'bulgarien', 2535, 'wa-itnrw-2020'],
  ['zuwanderung-suedosteuropa', '2020-12-31', 'rumaenien', 1535, 'wa-itnrw-2020'],
];

/**
 * Totals per Stichtag that the areas are generated from: the real figures where a source gives
 * them (FACTS, or the IT.NRW exports for 2023/2024), otherwise illustrative values between them.
 * Only the real ones are written at city level; the others exist only as the areas' sum.
 */
const CITY: Record<string, number[]> = {
  //                 2016-12 2017-05 2017-12 2018-12 2019-12 2020-12 2021-12 2022-12 2023-12 2024-12
  einwohner: [179500, 179921, 179600, 179111, 179400, 179900, 180300, 180849, 179380, 179968],
  maennlich: [88150, 88410, 88300, 88024, 88200, 88500, 88750, 89150, 88496, 88900],
  mit_mh: [52600, 53369, 55400, 58500, 60300, 61600, 62900, 65800, 66600, 67500],
  auslaender: [25600, 26300, 27000, 28900, 30340, 31070, 32000, 34800, 35400, 35810],
  t163: [9300, 9250, 9200, 9050, 8980, 8910, 8800, 8700, 8650, 8600],
  t152: [3700, 3730, 3760, 3820, 3870, 3900, 3890, 3860, 3840, 3820],
  t475: [1500, 1800, 1950, 2150, 2250, 2345, 2450, 2650, 2850, 2970],
  t438: [700, 760, 820, 900, 950, 1000, 1050, 1100, 1140, 1170],
  bulgarien: [1934, 2023, 1985, 2200, 2400, 2535, 2600, 2680, 2720, 2760],
  rumaenien: [970, 1080, 1066, 1250, 1400, 1535, 1600, 1650, 1700, 1755],
  fluechtlinge: [2250, 2141, 2180, 2200, 2150, 2050, 2000, 2150, 2300, 2400],
};
/** Shares of the refugee status groups, from the real 2017 split towards more recognitions. */
const STATUS_FROM = [1236, 180, 529, 196];
const STATUS_TO = [0.68, 0.05, 0.15, 0.12];
const STATUS = ['anerkannt', 'asyl_mit_bleibeperspektive', 'asyl_ohne_bleibeperspektive', 'geduldet'];
/** 2024 age groups from IT.NRW 12411-09i (the areas must sum to them). */
const AGE_2024 = { alter_unter_6: 9945, alter_6_bis_14: 15890, alter_15_bis_17: 5560, alter_18_bis_64: 109405, alter_65_und_mehr: 39168 };
const COUNTRIES: [string, string, string][] = [
  ['163', 'Türkei', 't163'],
  ['152', 'Polen', 't152'],
  ['475', 'Syrien', 't475'],
  ['438', 'Irak', 't438'],
];

/**
 * Relative weights per Sozialraum, from the sources' descriptions (Westen and Norden highest).
 * `mh` is the share with migration background relative to the city's; foreigners are allocated by `ausl`, `eu2`, `tr`.
 */
const SR: Record<string, { pop: number; mh: number; ausl: number; eu2: number; ref: number; tr: number; young: number }> = {
  SR1: { pop: 12.5, mh: 1.1, ausl: 1.5, eu2: 2.5, ref: 1.6, tr: 1.1, young: 0.9 },
  SR2: { pop: 13.5, mh: 1.35, ausl: 1.4, eu2: 6.0, ref: 1.4, tr: 1.2, young: 1.25 },
  SR3: { pop: 10.5, mh: 1.25, ausl: 1.3, eu2: 3.0, ref: 1.3, tr: 1.2, young: 1.2 },
  SR4: { pop: 34.7, mh: 1.15, ausl: 1.1, eu2: 1.0, ref: 1.2, tr: 1.6, young: 1.1 },
  SR5: { pop: 23.5, mh: 0.8, ausl: 0.8, eu2: 0.35, ref: 0.8, tr: 0.8, young: 1.0 },
  SR6: { pop: 27.2, mh: 0.55, ausl: 0.5, eu2: 0.2, ref: 0.6, tr: 0.5, young: 0.9 },
  SR7: { pop: 18.5, mh: 0.45, ausl: 0.4, eu2: 0.2, ref: 0.5, tr: 0.4, young: 0.95 },
  SR8: { pop: 18.8, mh: 0.85, ausl: 0.7, eu2: 0.3, ref: 0.8, tr: 0.8, young: 1.0 },
  SR9: { pop: 20.2, mh: 0.95, ausl: 0.9, eu2: 0.6, ref: 0.9, tr: 1.1, young: 1.05 },
};

/** The municipality whose official figures FACTS holds: never written under another AGS. */
const FACTS_AGS = '05915';

const kommune = loadKommune();
// Another municipality: its example data come from its own official city values, never from FACTS.
if (kommune.ags !== FACTS_AGS) {
  beispieldatenAllgemein(kommune, SEED);
  process.exit(0);
}
const { gebiete } = readRegister(parseCsv(readFileSync(rawPath(kommune.gebiete.register), 'utf8')), kommune.gebiete.register, kommune);
const wbs = gebiete.filter((g) => g.ebene === unterste(kommune.ebenen).id);
const srs = gebiete.filter((g) => g.ebene === oberste(kommune.ebenen).id);
const rand = rng(SEED);
const jitter = (spread: number) => 1 - spread + 2 * spread * rand();

// Fixed per-Wohnbereich character: its share of the Sozialraum and its own tilt per indicator.
const wbRaw = wbs.map(() => 0.6 + 0.8 * rand());
// Share of its Sozialraum: the Sozialraum totals follow SR[..].pop, the split within it is random.
const wbSize = wbs.map((w, i) => wbRaw[i]! / wbs.reduce((sum, o, j) => sum + (o.parent === w.parent ? wbRaw[j]! : 0), 0));
const tilt = Object.fromEntries(['mh', 'ausl', 'eu2', 'ref', 'tr', 'pop'].map((k) => [k, wbs.map(() => jitter(0.2))]));
const srOf = (i: number) => SR[wbs[i]?.parent ?? ''] ?? SR.SR1!;
const weights = (key: 'pop' | 'mh' | 'ausl' | 'eu2' | 'ref' | 'tr', t: number) =>
  wbs.map((_, i) => {
    const s = srOf(i);
    const base = s.pop * wbSize[i]!;
    return (key === 'pop' ? base : base * s[key]) * tilt[key]![i]! * (1 + 0.02 * Math.sin(t * 1.7 + i));
  });

type Rows = Map<string, Map<string, number>>; // gebiet → merkmal → value
const rowsOut: Record<DatasetId, Record<string, Rows>> = {
  bevoelkerung: {}, migrationshintergrund: {}, staatsangehoerigkeiten: {}, fluechtlinge: {}, 'zuwanderung-suedosteuropa': {},
};
const put = (ds: DatasetId, st: string, merkmal: string, values: number[]) => {
  const rows = (rowsOut[ds][st] ??= new Map());
  values.forEach((v, i) => {
    const id = wbs[i]!.id;
    if (!rows.has(id)) rows.set(id, new Map());
    rows.get(id)!.set(merkmal, v);
  });
};

STICHTAGE.forEach((st, t) => {
  const c = (k: string) => CITY[k]![t]!;
  const countries = COUNTRIES.map(([code, , key]) => {
    const v = allocate(c(key), weights(key === 't163' ? 'tr' : key === 't152' ? 'pop' : 'ref', t));
    put('staatsangehoerigkeiten', st, code, v);
    return v;
  });
  const bg = allocate(c('bulgarien'), weights('eu2', t));
  const ro = allocate(c('rumaenien'), weights('eu2', t).map((w, i) => w * tilt.ausl![i]!));
  put('zuwanderung-suedosteuropa', st, 'bulgarien', bg);
  put('zuwanderung-suedosteuropa', st, 'rumaenien', ro);
  put('staatsangehoerigkeiten', st, '125', bg);
  put('staatsangehoerigkeiten', st, '154', ro);
  const named = [...countries, bg, ro].reduce((acc, v) => acc.map((a, i) => a + v[i]!), wbs.map(() => 0));
  const otherAusl = allocate(c('auslaender') - named.reduce((s, x) => s + x, 0), weights('ausl', t));
  const ausl = named.map((n, i) => n + otherAusl[i]!);
  put('staatsangehoerigkeiten', st, 'auslaender_insgesamt', ausl);
  // Expected population and persons with migration background per area; Germans with a
  // migration background fill the gap between that expectation and the foreigners placed above.
  const popW = weights('pop', t);
  const popSum = popW.reduce((a, b) => a + b, 0);
  const ePop = popW.map((w) => (c('einwohner') * w) / popSum);
  const mhRaw = ePop.map((p, i) => p * srOf(i).mh * tilt.mh![i]!);
  const mhSum = mhRaw.reduce((a, b) => a + b, 0);
  const eMh = mhRaw.map((m) => (c('mit_mh') * m) / mhSum);
  const germanMh = allocate(c('mit_mh') - c('auslaender'), eMh.map((m, i) => Math.max(1, m - ausl[i]!)));
  const mh = ausl.map((a, i) => a + germanMh[i]!);
  put('migrationshintergrund', st, 'mit_mh', mh);
  const ohneMh = allocate(c('einwohner') - c('mit_mh'), ePop.map((p, i) => Math.max(1, p - eMh[i]!)));
  const pop = mh.map((m, i) => m + ohneMh[i]!);
  put('bevoelkerung', st, 'einwohner', pop);
  const sex = allocate2d(pop, [c('maennlich'), c('einwohner') - c('maennlich')], pop.map(() => [jitter(0.02), 1]));
  put('bevoelkerung', st, 'maennlich', sex.map((r) => r[0]!));
  put('bevoelkerung', st, 'weiblich', sex.map((r) => r[1]!));
  if (st === '2024-12-31') {
    const groups = Object.entries(AGE_2024);
    const young = (i: number) => srOf(i).young;
    const age = allocate2d(pop, groups.map(([, v]) => v), pop.map((_, i) => [young(i), young(i), young(i), 1, 1 / young(i)]));
    groups.forEach(([id], j) => put('bevoelkerung', st, id, age.map((r) => r[j]!)));
  }
  const f = t / (STICHTAGE.length - 1);
  const from = STATUS_FROM.map((v) => v / 2141);
  const statusTotals = st === '2017-05-31' ? STATUS_FROM : allocate(c('fluechtlinge'), from.map((s, j) => s + (STATUS_TO[j]! - s) * f));
  const status = STATUS.map((s, j) => {
    const v = allocate(statusTotals[j]!, weights('ref', t));
    put('fluechtlinge', st, s, v);
    return v;
  });
  put('fluechtlinge', st, 'insgesamt', wbs.map((_, i) => status.reduce((sum, v) => sum + v[i]!, 0)));
});

/** Values IT.NRW exports already give at city level: not repeated in the own snapshots. */
const GENESIS_COVERS = (ds: DatasetId, st: string, merkmal: string) =>
  (st === '2024-12-31' && (ds === 'staatsangehoerigkeiten' || ds === 'zuwanderung-suedosteuropa' || (ds === 'bevoelkerung' && (merkmal === 'einwohner' || merkmal.startsWith('alter_'))))) ||
  (st === '2023-12-31' && ds === 'bevoelkerung' && ['einwohner', 'maennlich', 'weiblich'].includes(merkmal));

const label = (ds: DatasetId, merkmal: string) =>
  ds === 'staatsangehoerigkeiten' ? (COUNTRIES.find(([c]) => c === merkmal)?.[1] ?? { '125': 'Bulgarien', '154': 'Rumänien' }[merkmal] ?? '') : '';
const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

let files = 0;
for (const ds of Object.keys(rowsOut) as DatasetId[]) {
  const dir = rawPath(ds);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const st of STICHTAGE) {
    const rows = rowsOut[ds][st] ?? new Map<string, Map<string, number>>();
    const merkmale = [...new Set([...rows.values()].flatMap((m) => [...m.keys()]))];
    const lines: string[] = [];
    const line = (gebiet: string, merkmal: string, wert: number, quelle: string) =>
      lines.push([gebiet, merkmal, String(wert).replace('.', ','), label(ds, merkmal), quelle].map(csvField).join(','));
    // City: only the real figures, with their source; the areas must sum to them.
    for (const m of merkmale) {
      if (GENESIS_COVERS(ds, st, m)) continue;
      const sum = [...rows.values()].reduce((s, r) => s + (r.get(m) ?? 0), 0);
      const fact = FACTS.find(([d, s, mm]) => d === ds && s === st && mm === m);
      if (!fact) continue;
      if (fact[3] !== sum) throw new Error(`${ds} ${st} ${m}: Summe ${sum} ≠ Quelle ${fact[3]}`);
      line(kommune.ags, m, sum, fact[4]);
    }
    for (const [d, s, m, v, q, bez] of FACTS)
      if (d === ds && s === st && !merkmale.includes(m)) lines.push([kommune.ags, m, String(v).replace('.', ','), bez ?? '', q].map(csvField).join(','));
    for (const sr of srs)
      for (const m of merkmale) {
        const sum = wbs.filter((w) => w.parent === sr.id).reduce((s, w) => s + (rows.get(w.id)?.get(m) ?? 0), 0);
        line(sr.id, m, sum, ILL);
      }
    for (const wb of wbs) for (const m of merkmale) line(wb.id, m, rows.get(wb.id)?.get(m) ?? 0, ILL);
    if (lines.length === 0) continue;
    writeFileSync(path.join(dir, `${st}.csv`), ['gebiet_id,merkmal,wert,bezeichnung,quelle', ...lines].join('\n') + '\n');
    files++;
  }
}
console.log(`${files} Schnappschüsse in data/raw/<datensatz>/ geschrieben (Seed ${SEED})`);
