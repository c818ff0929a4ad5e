import type { Punkt } from '../themen/model';
import type { Referenz } from '../themen/punkte';
import { balkenSvg, linienSvg, stapelSvg } from './diagramme';
import { BEISPIEL_MUSTER, karteSvg, SCHRAFFUR, type KartenGebietBild, type LegendenEintrag } from './karte';
import { SCHRIFT, textZeilen, umbrechen } from './svg';
import { diagramm } from '../i18n/diagramm';
import type { Sprache } from '../i18n/sprache';
import { fmtZeitraum, quellenText } from '../format';

export type BildInhalt =
  | { art: 'linie' | 'balken' | 'stapel'; punkte: Punkt[]; /** The dashed reference line of bar charts. */ referenz?: Referenz | null }
  | { art: 'karte'; gebiete: KartenGebietBild[]; legende: LegendenEintrag[] };

export interface BildText {
  titel: string;
  beschreibung: string;
  stand: string;
  quelle: string;
  namensnennung: string;
  /** Further notes, e.g. on illustrative values or schematic boundaries. */
  hinweis?: string;
  /** The language of the image's own words (absent: German). */
  sprache?: Sprache;
}

export const BILD_BREITE = 960;
const RAND = 24;

/** The words of a chart's image from its points: Stand (their Stichtage) and sources (their titles). */
export function bildText(punkte: Punkt[], titel: string, beschreibung: string, quellen: Record<string, string>, namensnennung: string, sprache: Sprache = 'de', hinweis?: string): BildText {
  const stand = fmtZeitraum(punkte.map((p) => p.stichtag), sprache) || '–';
  return { titel, beschreibung, stand, quelle: quellenText(punkte.map((p) => p.quelle), quellen), namensnennung, sprache, ...(hinweis ? { hinweis } : {}) };
}

/**
 * A chart or the map as a standalone SVG document, with title, description, Stand, source and
 * the licence line drawn into the image (so a copied picture keeps its attribution).
 */
export const bildSvg = (inhalt: BildInhalt, text: BildText, breite = BILD_BREITE): string => bildMitHoehe(inhalt, text, breite).svg;

/** The image and its height (it grows with the text and the chart). */
export function bildMitHoehe(inhalt: BildInhalt, text: BildText, breite = BILD_BREITE): { svg: string; hoehe: number } {
  const innen = breite - 2 * RAND;
  const s = text.sprache ?? 'de';
  const w = diagramm(s);
  const titel = textZeilen(umbrechen(text.titel, 60), RAND, RAND + 22, 24, 'font-weight="700"');
  const beschreibung = textZeilen(umbrechen(text.beschreibung, 110), RAND, titel.bis + 4, 15, 'fill="#333"');
  const flaeche =
    inhalt.art === 'karte'
      ? karteSvg(inhalt.gebiete, inhalt.legende, innen)
      : inhalt.art === 'linie'
        ? linienSvg(inhalt.punkte, innen, undefined, s)
        : inhalt.art === 'balken'
          ? balkenSvg(inhalt.punkte, innen, s, inhalt.referenz)
          : stapelSvg(inhalt.punkte, innen, s);
  const top = beschreibung.bis + 12;
  const fuss = textZeilen(
    [
      ...umbrechen(`${w.stand}: ${text.stand}. ${w.quelle}: ${text.quelle}.`, 120),
      ...(text.hinweis ? umbrechen(text.hinweis, 120) : []),
      ...(inhalt.art !== 'karte' && inhalt.punkte.some((p) => p.illustrativ) ? [w.bildIll] : []),
      ...(inhalt.art !== 'karte' ? [...new Set(inhalt.punkte.map((p) => p.bruch?.text).filter((t): t is string => !!t))].flatMap((t) => umbrechen(/[.!?]$/.test(t) ? t : `${t}.`, 120)) : []),
      ...umbrechen(text.namensnennung, 120),
    ],
    RAND,
    top + flaeche.hoehe + 28,
    13,
    'fill="#333" data-rolle="namensnennung"',
  );
  const hoehe = fuss.bis + RAND - 10;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${breite}" height="${hoehe}" viewBox="0 0 ${breite} ${hoehe}" font-family="${SCHRIFT}" fill="#111">`,
    `<title>${text.titel.replace(/[<&]/g, ' ')}</title>`,
    `<defs>${SCHRAFFUR}${BEISPIEL_MUSTER}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    titel.svg,
    beschreibung.svg,
    `<g transform="translate(${RAND},${top})">${flaeche.svg}</g>`,
    fuss.svg,
    '</svg>',
  ].join('');
  return { svg, hoehe };
}
