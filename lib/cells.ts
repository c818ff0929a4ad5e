import type { DatasetId } from './datasets';
import { gruppieren } from './gruppieren';
import type { Zeichen } from './values';

/** One published number: a value of one merkmal, for one area, at one Stichtag, from one source. */
export interface Cell {
  datensatz: DatasetId;
  stichtag: string;
  gebiet: string;
  merkmal: string;
  bezeichnung?: string;
  wert: number | null;
  zeichen?: Zeichen;
  quelle: string;
  /** Where the value was read: file, line and column. */
  ort: { path: string; line: number; spalte: string };
}

export const cellKey = (c: Pick<Cell, 'datensatz' | 'stichtag' | 'gebiet' | 'merkmal'>) =>
  `${c.datensatz}|${c.stichtag}|${c.gebiet}|${c.merkmal}`;

/** The place of a cell: dataset, Stichtag and area (all its merkmale). */
export const ortKey = (c: Pick<Cell, 'datensatz' | 'stichtag' | 'gebiet'>) => `${c.datensatz}|${c.stichtag}|${c.gebiet}`;

/**
 * The cells of each Stichtag, in the order the Stichtage first appear, each in its own order: for work
 * that never looks beyond one Stichtag, so that only one Stichtag's index is held at a time.
 */
export const jeStichtag = (cells: Cell[]): Iterable<Cell[]> => gruppieren(cells, (c) => c.stichtag).values();

export const where = (c: Cell) => `${c.ort.path}:${c.ort.line} (Spalte ${c.ort.spalte})`;

/**
 * Sums cells into one cell of another merkmal, placed where the first part was read. Any
 * unknown part makes the sum unknown and carries its sign; no part's label or sign is kept.
 */
export function sumCells(parts: Cell[], merkmal: string, spalte: string): Cell | undefined {
  const [first] = parts;
  if (!first) return undefined;
  const unknown = parts.find((p) => p.wert === null);
  const { bezeichnung: _b, zeichen: _z, ...base } = first;
  void _b;
  void _z;
  return {
    ...base,
    merkmal,
    wert: unknown ? null : parts.reduce((s, p) => s + (p.wert ?? 0), 0),
    ...(unknown ? { zeichen: unknown.zeichen ?? '.' } : {}),
    ort: { ...first.ort, spalte },
  };
}
