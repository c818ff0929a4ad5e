import type { KartenGebietBild, LegendenEintrag } from '../bild/karte';
import type { Geometry } from '../geo/types';
import { verbinde } from '../provenienz';
import type { Indikator } from '../themen/indikatoren';
import { fmtIn } from '../themen/einheit';
import type { Einheit, KompaktDaten } from '../themen/model';
import { vergleich, type Ebene, type Vergleich } from '../themen/punkte';
import { farbeFuer, klassenAnzahl, klassengrenzen, klasseVon, type Methode } from './klassen';
import { diagramm } from '../i18n/diagramm';
import type { Sprache } from '../i18n/sprache';

export interface KartenAnsicht {
  v: Vergleich;
  grenzen: number[];
  /** Areas per class at this Stichtag. */
  anzahl: number[];
  einheit: Einheit;
  /** Areas whose value is withheld (disclosure control). */
  geheim: number;
  /** Areas without any value at this Stichtag (no data is not secrecy). */
  leer: number;
  /** Values or class bounds rest on an illustrative value (bounds come from every Stichtag's values). */
  illustrativ: boolean;
  /** Fill of an area: a class colour, `geheim` (withheld) or `leer` (no data). */
  farbe: (gebiet: string) => string;
}

/**
 * One map view: the values of an indicator at a level and Stichtag, with class bounds from all
 * Stichtage (same colour = same value range in every year) and the fill of each area.
 */
export function kartenAnsicht(k: KompaktDaten, ags: string, ind: Indikator, ebene: Ebene, stichtag: string, stichtage: string[], methode: Methode): KartenAnsicht {
  const v = vergleich(k, ags, ebene, stichtag, ind.merkmal, ind.mass);
  const werte = v.punkte.filter((p) => p.wert !== null).map((p) => p.wert as number);
  const allePunkte = stichtage.flatMap((s) => vergleich(k, ags, ebene, s, ind.merkmal, ind.mass).punkte.filter((p) => p.wert !== null));
  const grenzen = klassengrenzen(
    allePunkte.map((p) => p.wert as number),
    methode,
  );
  const herkunft = verbinde([...v.punkte, ...allePunkte].map((p) => ({ quellen: [p.quelle], illustrativ: p.illustrativ })));
  const anzahl = klassenAnzahl(werte, grenzen);
  const wert = new Map(v.punkte.map((p) => [p.x, p.wert]));
  return {
    v,
    grenzen,
    anzahl,
    einheit: v.punkte[0]?.einheit ?? 'Anzahl',
    geheim: v.punkte.filter((p) => p.wert === null && p.zeichen === 'geheim').length,
    leer: v.punkte.filter((p) => p.wert === null && p.zeichen !== 'geheim').length,
    illustrativ: herkunft.illustrativ,
    farbe: (g) => {
      const w = wert.get(g) ?? null;
      if (w !== null) return farbeFuer(klasseVon(w, grenzen), anzahl.length);
      return v.punkte.find((p) => p.x === g)?.zeichen === 'geheim' ? 'geheim' : 'leer';
    },
  };
}

/** Legend lines: "a bis unter b" per class (the last one closed), then withheld, then no data. */
export function legendenEintraege(a: Pick<KartenAnsicht, 'grenzen' | 'anzahl' | 'einheit' | 'geheim' | 'leer'>, s: Sprache = 'de'): { farbe: string; bereich: string; anzahl: number }[] {
  const n = a.anzahl.length;
  const w = diagramm(s).karte;
  const out = a.anzahl.map((anz, i) => {
    const von = a.grenzen[i] as number;
    const bis = a.grenzen[i + 1] as number;
    const bereich = von === bis ? fmtIn(von, a.einheit, s) : w.bisUnter(fmtIn(von, a.einheit, s), fmtIn(bis, a.einheit, s), i === n - 1);
    return { farbe: farbeFuer(i, n), bereich, anzahl: anz };
  });
  if (a.geheim > 0) out.push({ farbe: 'geheim', bereich: w.geheim, anzahl: a.geheim });
  if (a.leer > 0) out.push({ farbe: 'leer', bereich: w.keineDaten, anzahl: a.leer });
  return out;
}

/** Areas with their fills and the legend lines, as the map image (lib/bild/karte.ts) takes them. */
export function kartenBildDaten(a: KartenAnsicht, gebiete: { id: string; name: string; geometry: Geometry }[], s: Sprache = 'de'): { gebiete: KartenGebietBild[]; legende: LegendenEintrag[] } {
  return {
    gebiete: gebiete.map((g) => ({ ...g, farbe: a.farbe(g.id), illustrativ: a.v.punkte.some((p) => p.x === g.id && p.illustrativ) })),
    legende: legendenEintraege(a, s).map((e) => ({ farbe: e.farbe, text: `${e.bereich} (${e.anzahl})` })),
  };
}
