import { bruchHinweis, bruchZwischen, type Bruch } from './brueche';
import { cellKey, type Cell } from './cells';
import type { DatasetId } from './datasets';
import type { Kennzahl } from './published';
import { herkunftAus, illustrativPruefer } from './provenienz';
import type { Quelle } from './quellen';
import type { Art } from './values';

type Ref = [DatasetId, string];

interface KennzahlDef {
  id: string;
  label: string;
  art: Art;
  /** A count, or a share count / base × 100. */
  zaehler: Ref;
  nenner?: Ref;
  formel?: string;
  teile?: { id: string; label: string; ref: Ref }[];
}

/** The key figures of the start page, in order. */
export const KENNZAHLEN: KennzahlDef[] = [
  { id: 'einwohner', label: 'Einwohnerinnen und Einwohner', art: 'anzahl', zaehler: ['bevoelkerung', 'einwohner'] },
  { id: 'anteil_mh', label: 'Anteil mit Migrationshintergrund', art: 'prozent', zaehler: ['migrationshintergrund', 'mit_mh'], nenner: ['bevoelkerung', 'einwohner'], formel: 'Personen mit Migrationshintergrund je 100 Einwohnerinnen und Einwohner' },
  { id: 'auslaender', label: 'Ausländerinnen und Ausländer', art: 'anzahl', zaehler: ['staatsangehoerigkeiten', 'auslaender_insgesamt'] },
  { id: 'anteil_auslaender', label: 'Anteil Ausländerinnen und Ausländer', art: 'prozent', zaehler: ['staatsangehoerigkeiten', 'auslaender_insgesamt'], nenner: ['bevoelkerung', 'einwohner'], formel: 'Ausländerinnen und Ausländer je 100 Einwohnerinnen und Einwohner' },
  {
    id: 'fluechtlinge',
    label: 'Flüchtlinge',
    art: 'anzahl',
    zaehler: ['fluechtlinge', 'insgesamt'],
    teile: [
      { id: 'anerkannt', label: 'anerkannt', ref: ['fluechtlinge', 'anerkannt'] },
      { id: 'asyl_mit_bleibeperspektive', label: 'Asylverfahren, mit Bleibeperspektive', ref: ['fluechtlinge', 'asyl_mit_bleibeperspektive'] },
      { id: 'asyl_ohne_bleibeperspektive', label: 'Asylverfahren, ohne Bleibeperspektive', ref: ['fluechtlinge', 'asyl_ohne_bleibeperspektive'] },
      { id: 'geduldet', label: 'geduldet (vollziehbar ausreisepflichtig)', ref: ['fluechtlinge', 'geduldet'] },
    ],
  },
  { id: 'bulgarien', label: 'Bulgarische Staatsangehörige', art: 'anzahl', zaehler: ['zuwanderung-suedosteuropa', 'bulgarien'] },
  { id: 'rumaenien', label: 'Rumänische Staatsangehörige', art: 'anzahl', zaehler: ['zuwanderung-suedosteuropa', 'rumaenien'] },
];

interface Value {
  wert: number;
  stichtag: string;
  cells: Cell[];
}

/** A count or a share for one area at every Stichtag where its inputs exist, oldest first. */
/** The cells of one array by key and its Stichtage, built once per array (series() is called per figure). */
const indizes = new WeakMap<Cell[], { map: Map<string, Cell>; stichtage: string[] }>();
function indexVon(cells: Cell[]) {
  let i = indizes.get(cells);
  if (!i) {
    i = { map: new Map(cells.map((c) => [cellKey(c), c])), stichtage: [...new Set(cells.map((c) => c.stichtag))].sort() };
    indizes.set(cells, i);
  }
  return i;
}

export function series(cells: Cell[], gebiet: string, zaehler: Ref, nenner?: Ref): Value[] {
  const { map, stichtage } = indexVon(cells);
  const out: Value[] = [];
  for (const stichtag of stichtage) {
    const get = ([datensatz, merkmal]: Ref) => map.get(cellKey({ datensatz, stichtag, gebiet, merkmal }));
    const z = get(zaehler);
    if (!z || z.wert === null) continue;
    if (!nenner) {
      out.push({ wert: z.wert, stichtag, cells: [z] });
      continue;
    }
    const n = get(nenner);
    if (!n || !n.wert) continue;
    out.push({ wert: (z.wert / n.wert) * 100, stichtag, cells: [z, n] });
  }
  return out;
}

/** Refs a figure reads: its numerator, denominator and parts. */
const refsOf = (def: KennzahlDef): Ref[] => [def.zaehler, ...(def.nenner ? [def.nenner] : [])];

/**
 * Headline figures of an area: for each, the latest value whose every input is official, with
 * its own Stichtag and all its sources; the change only against the previous official value of
 * the same definition (no break in series between them), else the reason there is none.
 */
export function kennzahlen(cells: Cell[], quellen: Quelle[], gebiet: string, brueche: readonly Bruch[] = []): Kennzahl[] {
  const istIll = illustrativPruefer(quellen);
  const herkunft = (v: Value) => herkunftAus(v.cells.map((c) => c.quelle), istIll);
  const amtlich = (s: Value[]) => s.filter((v) => !herkunft(v).illustrativ);
  const bruch = (refs: Ref[], von: string, bis: string) => {
    for (const [ds, m] of refs) {
      const b = bruchZwischen(brueche.filter((x) => x.datensatz === ds), m, von, bis);
      if (b) return b;
    }
    return undefined;
  };
  const toKennzahl = (id: string, label: string, art: Art, s: Value[], refs: Ref[], formel?: string): Kennzahl | undefined => {
    const last = s[s.length - 1];
    if (!last) return undefined;
    const prev = s[s.length - 2];
    const b = prev ? bruch(refs, prev.stichtag, last.stichtag) : undefined;
    const h = herkunft(last);
    return {
      id,
      label,
      art,
      wert: last.wert,
      zeichen: null,
      stichtag: last.stichtag,
      quellen: h.quellen,
      illustrativ: h.illustrativ,
      vorher: prev && !b ? { wert: prev.wert, stichtag: prev.stichtag, illustrativ: herkunft(prev).illustrativ } : null,
      ...(b ? { ohneVorperiode: bruchHinweis(b) } : {}),
      ...(formel ? { formel } : {}),
    };
  };
  const out: Kennzahl[] = [];
  for (const def of KENNZAHLEN) {
    const s = amtlich(series(cells, gebiet, def.zaehler, def.nenner));
    const k = toKennzahl(def.id, def.label, def.art, s, refsOf(def), def.formel);
    if (!k) continue;
    if (def.teile) {
      const teile = def.teile
        .map((t) => toKennzahl(t.id, t.label, 'anzahl', amtlich(series(cells, gebiet, t.ref)).filter((v) => v.stichtag <= k.stichtag), [t.ref]))
        .filter((t): t is Kennzahl => t !== undefined && t.stichtag === k.stichtag);
      if (teile.length) k.teile = teile;
    }
    out.push(k);
  }
  return out;
}
