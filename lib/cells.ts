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

/** The cells of one place (dataset, Stichtag, area): in their order, and by merkmal (the last, should one come twice). */
export interface Ort<C extends Cell = Cell> {
  zellen: C[];
  merkmal: Map<string, C>;
}

/**
 * The cells by place, places in the order they first appear: cells are found by place and
 * merkmal with one key string per place looked up, not one per cell looked up.
 */
export class Orte<C extends Cell = Cell> {
  readonly alle = new Map<string, Ort<C>>();
  private readonly ortVon = new Map<C, Ort<C>>();
  private readonly teilOrte = new Map<Ort<C>, (Ort<C> | undefined)[]>();

  constructor(cells: readonly C[]) {
    for (const c of cells) {
      const k = ortKey(c);
      let ort = this.alle.get(k);
      if (!ort) this.alle.set(k, (ort = { zellen: [], merkmal: new Map() }));
      ort.zellen.push(c);
      ort.merkmal.set(c.merkmal, c);
      this.ortVon.set(c, ort);
    }
  }

  /** The place of one of the cells. */
  von(c: C): Ort<C> {
    return this.ortVon.get(c) as Ort<C>;
  }

  /** The place of an area in a dataset at a Stichtag, if it has cells. */
  ort(datensatz: DatasetId, stichtag: string, gebiet: string): Ort<C> | undefined {
    return this.alle.get(ortKey({ datensatz, stichtag, gebiet }));
  }

  /**
   * The cells of the same merkmal in the parts of a cell's area (its dataset, its Stichtag), in
   * register order, undefined where a part has none; the parts' places are found once per place.
   * None for an area without parts.
   */
  teile(c: C, kinder: ReadonlyMap<string, readonly { id: string }[]>): (C | undefined)[] | undefined {
    const kids = kinder.get(c.gebiet);
    if (!kids) return undefined;
    const ort = this.von(c);
    let ihre = this.teilOrte.get(ort);
    if (!ihre) this.teilOrte.set(ort, (ihre = kids.map((k) => this.ort(c.datensatz, c.stichtag, k.id))));
    return ihre.map((o) => o?.merkmal.get(c.merkmal));
  }

  /**
   * A cell at a place's area and Stichtag: of merkmal `m` in dataset `d` (the place's own or
   * another's, as a resolved rule reference names it; see resolveRef). Takes the reference
   * resolved: pages import this module, and resolveRef's would bring the dataset schemas (zod)
   * into the browser.
   */
  bezug(ort: Ort<C>, d: DatasetId, m: string): C | undefined {
    const { datensatz, stichtag, gebiet } = ort.zellen[0] as C;
    return (d === datensatz ? ort : this.ort(d, stichtag, gebiet))?.merkmal.get(m);
  }
}

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
