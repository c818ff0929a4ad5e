import { toCsv } from '../csvout';
import type { Cell } from '../cells';
import type { GenesisTable } from '../genesis/parse';
import { genesisCells } from '../genesis/tables';
import { diagramm } from '../i18n/diagramm';
import type { Sprache } from '../i18n/sprache';

/** A region of an IT.NRW export: the Land, a Regierungsbezirk, a Kreis or kreisfreie Stadt. */
export interface Vergleichsregion {
  ags: string;
  name: string;
  /** As the export names it: "kreisfreie Stadt", "Kreis", "Regierungsbezirk", "Land". */
  typ: 'Land' | 'Regierungsbezirk' | 'kreisfreie Stadt' | 'Kreis';
  /** Part of another listed region (Stadt Aachen in the Städteregion): not ranked among all. */
  teilVon?: string;
  einwohner: number | null;
  auslaender: number | null;
  /** Bulgarian + Romanian nationals. */
  eu2: number | null;
  /** The largest nationalities: [code, label, count], largest first. */
  laender: [string, string, number][];
}

/** Official comparison of the municipality with its peers, from NRW-wide exports (published as vergleich.json). */
export interface Vergleich {
  stichtag: string;
  quellen: string[];
  eigene: string;
  /** The comparison list of kommune.json (AGS), in its order. */
  auswahl: string[];
  regionen: Vergleichsregion[];
}

const TOP = 10;
/** Most regions read from one export (NRW has 60 above the Gemeinden); more are ignored. */
const MAX_REGIONEN = 1000;

function typVon(ags: string, label: string): Vergleichsregion['typ'] {
  if (ags.length === 2) return 'Land';
  if (ags.length === 3) return 'Regierungsbezirk';
  return /krfr\. Stadt/.test(label) ? 'kreisfreie Stadt' : 'Kreis';
}

/**
 * The regions an export holds (Land, Regierungsbezirke, Kreise and kreisfreie Städte — not the
 * Gemeinden of 12411-15i), each read once with the same rules as the municipality's own rows.
 * Null when the exports hold the municipality alone (nothing to compare).
 */
export function vergleichAus(tabellen: { table: GenesisTable; path: string }[], eigene: string, auswahl: string[]): Vergleich | null {
  const label = new Map<string, string>();
  const zellen = new Map<string, Cell[]>();
  const quellen = new Set<string>();
  for (const { table, path } of tabellen) {
    if (table.tabelle !== '12521-03i' && table.tabelle !== '12411-15i') continue;
    // Rows grouped by region in one pass: each region is read once, never the whole table per region.
    const jeRegion = new Map<string, GenesisTable['rows']>();
    for (const r of table.rows) {
      const ags = (r.fields[1] ?? '').trim();
      if (ags.length > 5 || !/^\d+$/.test(ags)) continue;
      const liste = jeRegion.get(ags) ?? (jeRegion.size < MAX_REGIONEN ? jeRegion.set(ags, []).get(ags) : undefined);
      if (!liste) continue;
      liste.push(r);
      if (!label.has(ags)) label.set(ags, (r.fields[2] ?? '').trim());
    }
    if (jeRegion.size < 2) continue;
    quellen.add(`genesis-${table.tabelle}`);
    for (const [ags, rows] of jeRegion) {
      const name = (label.get(ags) ?? ags).split(',')[0]?.trim() ?? ags;
      const { cells } = genesisCells({ ...table, rows }, path, { ags, name });
      const liste = zellen.get(ags) ?? zellen.set(ags, []).get(ags) ?? [];
      for (const c of cells) liste.push(c);
    }
  }
  if (zellen.size < 2) return null;
  const stichtage = [...zellen.values()].flat().map((c) => c.stichtag).sort();
  const stichtag = stichtage.at(-1) ?? '';
  const regionen: Vergleichsregion[] = [];
  for (const [ags, cells] of zellen) {
    const am = cells.filter((c) => c.stichtag === stichtag);
    const wert = (datensatz: string, merkmal: string) => am.find((c) => c.datensatz === datensatz && c.merkmal === merkmal)?.wert ?? null;
    const bg = wert('zuwanderung-suedosteuropa', 'bulgarien');
    const ro = wert('zuwanderung-suedosteuropa', 'rumaenien');
    const laender = am
      .filter((c) => c.datensatz === 'staatsangehoerigkeiten' && /^\d{3}$/.test(c.merkmal) && c.wert !== null && c.wert > 0)
      .sort((a, b) => (b.wert ?? 0) - (a.wert ?? 0) || a.merkmal.localeCompare(b.merkmal))
      .slice(0, TOP)
      .map((c): [string, string, number] => [c.merkmal, c.bezeichnung ?? c.merkmal, c.wert ?? 0]);
    const l = label.get(ags) ?? ags;
    const basis = l.split(',')[0]?.trim() ?? l;
    regionen.push({
      ags,
      // "Mettmann, Kreis" is the Kreis Mettmann, not the town of that name.
      name: /,\s*Kreis$/.test(l) ? `Kreis ${basis}` : basis,
      typ: typVon(ags, l),
      einwohner: wert('bevoelkerung', 'einwohner'),
      auslaender: wert('staatsangehoerigkeiten', 'auslaender_insgesamt'),
      eu2: bg !== null && ro !== null ? bg + ro : null,
      laender,
    });
  }
  // "Städteregion Aachen (einschl. Stadt Aachen)": its parts are not ranked beside it.
  for (const r of regionen) {
    const ganz = /\(einschl\. Stadt (.+)\)/.exec(label.get(r.ags) ?? '')?.[1];
    if (!ganz) continue;
    for (const teil of regionen) if (teil !== r && (teil.name === ganz || teil.name === `Kreis ${ganz}`)) teil.teilVon = r.ags;
  }
  regionen.sort((a, b) => a.ags.localeCompare(b.ags));
  return { stichtag, quellen: [...quellen].sort(), eigene, auswahl: auswahl.filter((a) => zellen.has(a)), regionen };
}

/** The measures of the comparison, each computed from official counts of the same export date. */
export const MASSE = [
  { id: 'anteil_auslaender', einheit: 'Prozent' as const, wert: (r: Vergleichsregion) => anteilAuslaender(r) },
  { id: 'eu2_je_1000', einheit: 'je 1.000 Einwohner' as const, wert: (r: Vergleichsregion) => eu2Je1000(r) },
] as const;

/** A region's share of foreigners (%) and EU-2 nationals per 1,000 inhabitants. */
export const anteilAuslaender = (r: Vergleichsregion) => (r.auslaender !== null && r.einwohner ? (r.auslaender / r.einwohner) * 100 : null);
export const eu2Je1000 = (r: Vergleichsregion) => (r.eu2 !== null && r.einwohner ? (r.eu2 / r.einwohner) * 1000 : null);

/** The peer groups of the page: all Kreise and kreisfreie Städte, those of the own type, the configured list. */
export function gruppen(v: Vergleich, s: Sprache = 'de'): { id: 'alle' | 'typ' | 'auswahl'; label: string; regionen: Vergleichsregion[] }[] {
  const w = diagramm(s).vergleich.gruppen;
  const eigene = v.regionen.find((r) => r.ags === v.eigene);
  // Parts the export leaves empty (they are counted in the whole) are no peers of their own.
  const kreise = v.regionen.filter((r) => (r.typ === 'kreisfreie Stadt' || r.typ === 'Kreis') && (r.einwohner ?? 0) > 0);
  const out: { id: 'alle' | 'typ' | 'auswahl'; label: string; regionen: Vergleichsregion[] }[] = [
    { id: 'alle', label: w.alle, regionen: kreise.filter((r) => !r.teilVon || r.ags === v.eigene) },
  ];
  if (eigene && (eigene.typ === 'kreisfreie Stadt' || eigene.typ === 'Kreis'))
    out.push({ id: 'typ', label: eigene.typ === 'Kreis' ? w.kreise : w.kreisfrei, regionen: kreise.filter((r) => r.typ === eigene.typ) });
  if (v.auswahl.length) out.push({ id: 'auswahl', label: w.auswahl, regionen: v.auswahl.map((a) => v.regionen.find((r) => r.ags === a)).filter((r): r is Vergleichsregion => !!r) });
  return out;
}

/** Columns of /daten/vergleich.csv (a stable contract that only grows at the end). */
export const VERGLEICH_SPALTEN = ['stichtag', 'ags', 'name', 'typ', 'einwohner', 'auslaender', 'anteil_auslaender', 'eu2', 'eu2_je_1000', 'groesste_staatsangehoerigkeit', 'quelle', 'kennzeichnung'] as const;

/** Tidy CSV of the comparison: one row per region, official values only. */
export function vergleichCsv(v: Vergleich): string {
  const r3 = (n: number | null) => (n === null ? '.' : Math.round(n * 1000) / 1000);
  return toCsv(
    [...VERGLEICH_SPALTEN],
    v.regionen.map((r) => [v.stichtag, r.ags, r.name, r.typ, r.einwohner ?? '.', r.auslaender ?? '.', r3(anteilAuslaender(r)), r.eu2 ?? '.', r3(eu2Je1000(r)), r.laender[0]?.[1] ?? '', v.quellen.join(' '), 'amtlich']),
  );
}
