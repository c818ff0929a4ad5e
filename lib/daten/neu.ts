import { bruchZwischen, type BruchArt } from '../brueche';
import { DATASETS, isAdditive, type DatasetId } from '../datasets';
import { gruppieren } from '../gruppieren';
import { herkunftVon, verbinde, type Herkunft, type IstIllustrativ } from '../provenienz';
import type { DatensatzDatei, Gebiet } from '../published';

export interface Aenderung {
  datensatz: DatasetId;
  gebiet: string;
  merkmal: string;
  vorher: number;
  /** Stichtag of `vorher`. */
  seit: string;
  jetzt: number;
  /** Each value's own mark, and the change's (illustrative when either value is). */
  vorherIllustrativ: boolean;
  jetztIllustrativ: boolean;
  illustrativ: boolean;
}

export interface Revision {
  datensatz: DatasetId;
  stichtag: string;
  gebiet: string;
  merkmal: string;
  /** Value (or sign) as published before, and as published now. */
  alt: number | string;
  neu: number | string;
}

export interface NeuEintrag {
  stichtag: string;
  /** Datasets that have this Stichtag. */
  datensaetze: DatasetId[];
  /** Largest changes against each dataset's previous Stichtag: city totals, then areas. */
  aenderungen: Aenderung[];
  /** Published values of this Stichtag that a later ingest changed. */
  revisionen: Revision[];
  /** Breaks in series that begin at this Stichtag: no change is reported across them. */
  brueche: { datensatz: DatasetId; merkmale: string[]; art: BruchArt; beschreibung: string }[];
}

/** Release notes, newest Stichtag first (published as neu.json, shown on /daten/neu/). */
export interface Neu {
  eintraege: NeuEintrag[];
}

const STADT_TOP = 3;
const GEBIETE_TOP = 3;
/** Changes of small counts say little: areas below this count at both Stichtage are skipped. */
const MINDESTENS = 50;

type Wert = number | string;
const wertOderZeichen = (w: number | null, z: string | null): Wert => (w === null ? (z === 'geheim' ? '.' : (z ?? '.')) : w);

/**
 * Values published before that this ingest changes (only for Stichtage that were published).
 * One dataset's earlier values are indexed at a time, and only when it was published before.
 */
export function revisionen(vorher: DatensatzDatei[], jetzt: DatensatzDatei[]): Revision[] {
  const out: Revision[] = [];
  for (const d of jetzt) {
    const frueher = vorher.filter((v) => v.datensatz === d.datensatz);
    if (frueher.length === 0) continue;
    const alt = new Map<string, Wert>();
    for (const v of frueher) for (const [s, g, m, w, z] of v.werte) alt.set(`${s}|${g}|${m}`, wertOderZeichen(w, z));
    for (const [stichtag, gebiet, merkmal, w, z] of d.werte) {
      const a = alt.get(`${stichtag}|${gebiet}|${merkmal}`);
      const neu = wertOderZeichen(w, z);
      if (a === undefined || a === neu) continue;
      out.push({ datensatz: d.datensatz, stichtag, gebiet, merkmal, alt: a, neu });
    }
  }
  return out;
}

/**
 * Release notes per Stichtag from the data: which datasets have it, the largest changes of
 * documented counts against the previous Stichtag (city, then the coarsest level's areas), and revisions —
 * those detected now plus those carried over from the previous notes.
 */
export function neu(dateien: DatensatzDatei[], gebiete: Gebiet[], ags: string, istIll: IstIllustrativ, neueRevisionen: Revision[], frueher?: Neu): Neu {
  const stichtage = [...new Set(dateien.flatMap((d) => d.stichtage))].sort().reverse();
  const oberste = new Set(gebiete.filter((g) => g.parent === ags).map((g) => g.id));
  const alle = [...(frueher?.eintraege.flatMap((e) => e.revisionen) ?? []), ...neueRevisionen];
  const seen = new Set<string>();
  const revs = alle.filter((r) => {
    const k = JSON.stringify(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // Each dataset's values indexed once (not once per Stichtag: that grew with Stichtage²), and
  // only those of the areas compared: the municipality and its coarsest level.
  const verglichen = (g: string) => g === ags || oberste.has(g);
  const index = new Map<DatasetId, Map<string, { w: number | null; q: string }>>();
  for (const d of dateien) {
    const m = new Map<string, { w: number | null; q: string }>();
    for (const [s, g, mm, w, , q] of d.werte) if (verglichen(g)) m.set(`${s}|${g}|${mm}`, { w, q });
    index.set(d.datensatz, m);
  }
  // Per dataset, each Stichtag's previous one; revisions by Stichtag: found once, not per Stichtag (Stichtage²).
  const vorige = new Map(
    dateien.map((d) => {
      const folge = [...new Set(d.stichtage)].sort();
      return [d, new Map(folge.map((s, i) => [s, folge[i - 1]]))] as const;
    }),
  );
  const revsJe = gruppieren(revs, (r) => r.stichtag);
  return {
    eintraege: stichtage.map((stichtag) => {
      const hier = dateien.filter((d) => vorige.get(d)?.has(stichtag));
      const aenderungen: Aenderung[] = [];
      for (const d of hier) {
        const seit = vorige.get(d)?.get(stichtag);
        if (!seit) continue;
        const dokumentiert = new Set(DATASETS[d.datensatz].merkmale.filter((m) => isAdditive(d.datensatz, m.id)).map((m) => m.id));
        const werte = index.get(d.datensatz)!;
        const paare = (gebiet: string, merkmal: string): Aenderung | undefined => {
          const a = werte.get(`${seit}|${gebiet}|${merkmal}`);
          const b = werte.get(`${stichtag}|${gebiet}|${merkmal}`);
          const [vorher, jetzt] = [a?.w, b?.w];
          if (typeof vorher !== 'number' || typeof jetzt !== 'number' || vorher === jetzt) return undefined;
          // A break in series (census, source, register) is not a change.
          if (bruchZwischen(d.brueche ?? [], merkmal, seit, stichtag)) return undefined;
          const [hv, hj] = [a, b].map((x) => herkunftVon(x?.q ?? '', istIll)) as [Herkunft, Herkunft];
          // An official value is never compared with an illustrative one.
          if (hv.illustrativ !== hj.illustrativ) return undefined;
          return { datensatz: d.datensatz, gebiet, merkmal, vorher, seit, jetzt, vorherIllustrativ: hv.illustrativ, jetztIllustrativ: hj.illustrativ, illustrativ: verbinde([hv, hj]).illustrativ };
        };
        const relativ = (a: Aenderung) => Math.abs(a.jetzt - a.vorher) / Math.max(a.vorher, 1);
        const stadt = [...dokumentiert].map((m) => paare(ags, m)).filter((a): a is Aenderung => a !== undefined);
        aenderungen.push(...stadt.sort((a, b) => relativ(b) - relativ(a)).slice(0, STADT_TOP));
        const haupt = DATASETS[d.datensatz].merkmale[0]?.id ?? '';
        const bereiche = [...oberste]
          .map((g) => paare(g, haupt))
          .filter((a): a is Aenderung => a !== undefined && Math.max(a.vorher, a.jetzt) >= MINDESTENS);
        aenderungen.push(...bereiche.sort((a, b) => relativ(b) - relativ(a)).slice(0, GEBIETE_TOP));
      }
      const brueche = hier.flatMap((d) => (d.brueche ?? []).filter((b) => b.stichtag === stichtag).map(({ merkmale, art, beschreibung }) => ({ datensatz: d.datensatz, merkmale, art, beschreibung })));
      return { stichtag, datensaetze: hier.map((d) => d.datensatz), aenderungen, revisionen: revsJe.get(stichtag) ?? [], brueche };
    }),
  };
}
