import type { DatasetId } from './datasets';
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

export const where = (c: Cell) => `${c.ort.path}:${c.ort.line} (Spalte ${c.ort.spalte})`;
