/**
 * Types of the published artefacts in data/published/ (what pages read). Written only by the
 * ingest after validation, so pages trust them and import no schema library.
 */
import type { Bruch } from './brueche';
import type { Bestand } from './daten/bestand';
import type { DatasetId } from './datasets';
import type { Gebiet } from './gebiete';
import type { Art, Zeichen } from './values';

/** [stichtag, gebiet, merkmal, wert, zeichen, quelle] — compact rows of one dataset. */
export type WertZeile = [string, string, string, number | null, Zeichen | null, string];

export interface DatensatzDatei {
  datensatz: DatasetId;
  titel: string;
  beschreibung: string;
  /** Documented merkmale; `abgeleitet` says how values are computed where no input states them. */
  merkmale: { id: string; label: string; art: Art; abgeleitet?: string }[];
  stichtage: string[];
  /** Breaks in series: values from `stichtag` on are not comparable with earlier ones. */
  brueche: Omit<Bruch, 'datensatz'>[];
  werte: WertZeile[];
}

export interface QuelleOut {
  id: string;
  titel: string;
  herausgeber: string;
  url: string;
  lizenz: string;
  art: 'amtlich' | 'illustrativ';
  rundung: number;
  beschreibung: string;
  /** Footnotes of the source's GENESIS export (definitions, register, caveats); else empty. */
  fussnoten: string;
}

export interface Kennzahl {
  id: string;
  label: string;
  art: Art;
  wert: number | null;
  zeichen: Zeichen | null;
  stichtag: string;
  quellen: string[];
  illustrativ: boolean;
  /** The same figure at the previous Stichtag with an official value of the same definition. */
  vorher: { wert: number; stichtag: string; illustrativ: boolean } | null;
  /** Why there is no comparable previous value although earlier ones exist (a break in series). */
  ohneVorperiode?: string;
  /** For shares: how it is computed, in words. */
  formel?: string;
  teile?: Kennzahl[];
}

export interface Kennzahlen {
  stand: string;
  kennzahlen: Kennzahl[];
}

export interface Manifest {
  kommune: { ags: string; name: string; bezeichnung: string };
  eingaben: { pfad: string; sha256: string }[];
  ausgaben: { pfad: string; aus: string[] }[];
  stichtage: Record<DatasetId, string[]>;
  warnungen: number;
  /** Disclosure control: counts below the threshold and the cells that protect them. */
  geheimhaltung: { schwellenwert: number; gesperrt: number };
  /** Per dataset: how many values, how many official, Beispieldaten, withheld. */
  bestand: Record<DatasetId, Bestand>;
  geometrie: { schematisch: boolean; namensnennung: string; beschreibung: string };
}

export type { Gebiet };
