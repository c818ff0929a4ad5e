import { FELD_MAX } from '../csv';
import { verbotenesZeichen } from '../text/zeichen';
import { sumCells, type Cell } from '../cells';
import type { DatasetId } from '../datasets';
import { error, type Problem } from '../problems';
import { deToIso } from '../stichtag';
import { parseValue, type Art } from '../values';
import type { GenesisRow, GenesisTable } from './parse';

interface Ctx {
  path: string;
  quelle: string;
}

type Emit = (row: GenesisRow, col: number, datensatz: DatasetId, merkmal: string, art?: Art, bezeichnung?: string) => Cell | undefined;

interface Mapper {
  titel: string;
  /** Emits the table's cells; returns further cells derived from them. */
  map: (t: GenesisTable, rows: GenesisRow[], emit: Emit, problems: Problem[], ctx: Ctx) => Cell[];
}

const trim = (s: string | undefined) => (s ?? '').trim();

/** Finds the column whose header descriptor matches, or reports the table's columns. */
function column(t: GenesisTable, re: RegExp, problems: Problem[], ctx: Ctx): number {
  const i = t.columns.findIndex((c, idx) => idx >= 3 && re.test(c));
  if (i < 0) problems.push(error({ path: ctx.path }, `Tabelle ${t.tabelle}: keine Spalte passt zu ${re} (Spalten: ${t.columns.filter(Boolean).join(' ; ')})`));
  return i;
}

const asList = (c: Cell | undefined): Cell[] => (c ? [c] : []);

/** Age (lower bound) from a 12411-09i column descriptor. */
export function ageOf(descriptor: string): number | undefined {
  if (/unter 1 Jahr/.test(descriptor)) return 0;
  const range = /(\d+) bis unter \d+ Jahre/.exec(descriptor);
  if (range) return Number(range[1]);
  const open = /(\d+) Jahre und mehr/.exec(descriptor);
  return open ? Number(open[1]) : undefined;
}

const AGE_GROUPS: [string, number, number][] = [
  ['alter_unter_6', 0, 5],
  ['alter_6_bis_14', 6, 14],
  ['alter_15_bis_17', 15, 17],
  ['alter_18_bis_64', 18, 64],
  ['alter_65_und_mehr', 65, 200],
];

export const TABLES: Record<string, Mapper> = {
  '12521-03i': {
    titel: 'Ausländische Bevölkerung nach Geschlecht und Staatsangehörigkeiten',
    map: (t, rows, emit, problems, ctx) => {
      const col = column(t, /Insgesamt/, problems, ctx);
      if (col < 0) return [];
      const continents = new Map<string, Cell[]>();
      for (const row of rows) {
        const code = trim(row.fields[3]);
        const name = trim(row.fields[4]);
        if (!/^\d$|^\d{3}$/.test(code)) {
          problems.push(error({ path: ctx.path, line: row.line }, `Spalte 4: „${code}“ ist kein Staatsangehörigkeitsschlüssel (1 oder 3 Ziffern)`));
          continue;
        }
        const cell = emit(row, col, 'staatsangehoerigkeiten', code, 'anzahl', name);
        if (cell && code.length === 1) continents.set(cell.stichtag, [...(continents.get(cell.stichtag) ?? []), cell]);
        if (code === '125') emit(row, col, 'zuwanderung-suedosteuropa', 'bulgarien');
        if (code === '154') emit(row, col, 'zuwanderung-suedosteuropa', 'rumaenien');
      }
      // All foreigners = sum of the continents (never of continents and countries).
      return [...continents.values()].flatMap((parts) =>
        asList(sumCells(parts, 'auslaender_insgesamt', 'Insgesamt (Summe der Kontinente)')),
      );
    },
  },
  '12411-15i': {
    titel: 'Katasterfläche, Bevölkerung und Bevölkerungsdichte',
    map: (t, rows, emit, problems, ctx) => {
      const pop = column(t, /Bevölkerungsstand.*Anzahl/, problems, ctx);
      const area = column(t, /qkm$|Katasterfläche.*qkm/, problems, ctx);
      for (const row of rows) {
        if (pop >= 0) emit(row, pop, 'bevoelkerung', 'einwohner');
        if (area >= 0) emit(row, area, 'bevoelkerung', 'flaeche_km2', 'flaeche');
      }
      return [];
    },
  },
  '12411-02-03-4': {
    titel: 'Bevölkerung nach Geschlecht und Altersgruppen',
    map: (t, rows, emit, problems, ctx) => {
      const total = column(t, /Insgesamt/, problems, ctx);
      const m = column(t, /männlich/, problems, ctx);
      const w = column(t, /weiblich/, problems, ctx);
      if (total < 0 || m < 0 || w < 0) return [];
      const groups = new Map<string, GenesisRow>();
      for (const row of rows) {
        const group = trim(row.fields[3]);
        if (group === 'Insgesamt') {
          emit(row, total, 'bevoelkerung', 'einwohner');
          emit(row, m, 'bevoelkerung', 'maennlich');
          emit(row, w, 'bevoelkerung', 'weiblich');
        } else groups.set(`${trim(row.fields[0])}|${group}`, row);
      }
      // Selected age groups: only those that exactly make one of our groups are used.
      for (const [key, row] of groups) {
        const [date, group] = key.split('|');
        if (group === '15 bis unter 18 Jahre') emit(row, total, 'bevoelkerung', 'alter_15_bis_17');
        if (group === '6 bis unter 10 Jahre') {
          const other = groups.get(`${date}|10 bis unter 15 Jahre`);
          if (other) {
            emit(row, total, 'bevoelkerung', '__6_10');
            emit(other, total, 'bevoelkerung', '__10_15');
          }
        }
      }
      return [];
    },
  },
  '12411-09i': {
    titel: 'Bevölkerungsstand nach Altersjahren',
    map: (t, rows, emit, problems, ctx) => {
      const total = column(t, /Insgesamt/, problems, ctx);
      if (total < 0) return [];
      const ages = t.columns.map((c, i) => (i > total ? ageOf(c) : undefined));
      const present = new Set(ages.filter((a): a is number => a !== undefined));
      const missing = Array.from({ length: 91 }, (_, a) => a).filter((a) => !present.has(a));
      if (missing.length) {
        problems.push(error({ path: ctx.path }, `Tabelle ${t.tabelle}: Altersjahre fehlen in den Spalten: ${missing.join(', ')}`));
        return [];
      }
      for (const row of rows) {
        emit(row, total, 'bevoelkerung', 'einwohner');
        ages.forEach((age, col) => {
          if (age !== undefined) emit(row, col, 'bevoelkerung', `__alter_${age}`);
        });
      }
      return [];
    },
  },
};

/** Combines the helper cells a mapper emitted (single ages, split age groups) into our groups. */
function combine(cells: Cell[]): Cell[] {
  const plain = cells.filter((c) => !c.merkmal.startsWith('__'));
  const helpers = cells.filter((c) => c.merkmal.startsWith('__'));
  const byRow = new Map<string, Cell[]>();
  for (const c of helpers) {
    const k = `${c.stichtag}|${c.gebiet}`;
    byRow.set(k, [...(byRow.get(k) ?? []), c]);
  }
  const out = [...plain];
  for (const group of byRow.values()) {
    const find = (m: string) => group.filter((c) => c.merkmal === m);
    const sixTo14 = [...find('__6_10'), ...find('__10_15')];
    if (sixTo14.length === 2) out.push(...asList(sumCells(sixTo14, 'alter_6_bis_14', 'Insgesamt (6 bis unter 10 + 10 bis unter 15 Jahre)')));
    const single = group.filter((c) => c.merkmal.startsWith('__alter_'));
    if (single.length)
      for (const [id, from, to] of AGE_GROUPS) {
        const parts = single.filter((c) => {
          const a = Number(c.merkmal.slice(8));
          return a >= from && a <= to;
        });
        out.push(...asList(sumCells(parts, id, `Altersjahre ${from}${to >= 200 ? ' und mehr' : ` bis ${to}`}`)));
      }
  }
  return out;
}

const normal = (s: string) => s.toLocaleLowerCase('de').normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether a GENESIS region label ("Musterstadt, krfr. Stadt", "Kamen, Stadt", "Mettmann, Kreis") names
 * the configured municipality: its part before the comma is the name (case and punctuation aside).
 */
export function regionPasst(label: string, name: string): boolean {
  const basis = normal(label.split(',')[0] ?? '');
  const n = normal(name);
  return basis === n || basis.startsWith(`${n} `) || n.startsWith(`${basis} `);
}

/**
 * Reads the rows of the configured municipality from a supported GENESIS table into cells.
 * A table without a row for the AGS is an error: the export was made for another region.
 */
export function genesisCells(
  t: GenesisTable,
  path: string,
  kommune: { ags: string; name: string },
): { cells: Cell[]; problems: Problem[]; quelle: string } {
  const quelle = `genesis-${t.tabelle}`;
  const problems: Problem[] = [];
  // Own keys only: a table named "__proto__" or "constructor" is unknown, not Object.prototype.
  const mapper = Object.hasOwn(TABLES, t.tabelle) ? TABLES[t.tabelle] : undefined;
  if (!mapper) {
    problems.push(error({ path, line: 1 }, `Tabelle ${t.tabelle} wird nicht unterstützt (unterstützt: ${Object.keys(TABLES).join(', ')})`));
    return { cells: [], problems, quelle };
  }
  const rows = t.rows.filter((r) => trim(r.fields[1]) === kommune.ags);
  if (rows.length === 0) {
    const regionen = new Map<string, string>();
    for (const r of t.rows) if (regionen.size < 1000) regionen.set(trim(r.fields[1]), trim(r.fields[2]));
    const liste = [...regionen].slice(0, 8).map(([a, n]) => `${a} ${n}`).join('; ');
    problems.push(error({ path }, `keine Datenzeile für AGS ${kommune.ags} (${kommune.name}) in Tabelle ${t.tabelle}; die Datei enthält ${regionen.size} Regionen${liste ? `: ${liste}${regionen.size > 8 ? ' …' : ''}` : ''}`));
    return { cells: [], problems, quelle };
  }
  // The AGS in kommune.json must be this municipality's: the export names the region beside it.
  const falsch = rows.find((r) => !regionPasst(trim(r.fields[2]), kommune.name));
  if (falsch) {
    problems.push(error({ path, line: falsch.line }, `Region „${trim(falsch.fields[2])}“ (AGS ${kommune.ags}) passt nicht zum Namen der Kommune „${kommune.name}“ in kommune.json – AGS oder Name falsch?`));
    return { cells: [], problems, quelle };
  }
  const cells: Cell[] = [];
  const emit: Emit = (row, col, datensatz, merkmal, art = 'anzahl', bezeichnung) => {
    const raw = row.fields[col] ?? '';
    const spalte = t.columns[col] || `Spalte ${col + 1}`;
    const parsed = parseValue(raw, art);
    if (!parsed.ok) {
      problems.push(error({ path, line: row.line }, `Spalte ${col + 1} (${spalte}) = „${raw}“: ${parsed.message}`));
      return;
    }
    const z = verbotenesZeichen(bezeichnung ?? '');
    if (z || (bezeichnung?.length ?? 0) > FELD_MAX) {
      problems.push(error({ path, line: row.line }, `Bezeichnung „${bezeichnung}“: ${z ? `enthält das Steuerzeichen ${z}` : `länger als ${FELD_MAX} Zeichen`}`));
      return;
    }
    const cell: Cell = {
      datensatz,
      stichtag: deToIso(row.fields[0] ?? '') ?? '',
      gebiet: kommune.ags,
      merkmal,
      ...(bezeichnung ? { bezeichnung } : {}),
      wert: parsed.wert,
      ...(parsed.zeichen ? { zeichen: parsed.zeichen } : {}),
      quelle,
      ort: { path, line: row.line, spalte },
    };
    cells.push(cell);
    return cell;
  };
  const derived = mapper.map(t, rows, emit, problems, { path, quelle });
  return { cells: [...combine(cells), ...derived], problems, quelle };
}
