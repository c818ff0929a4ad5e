import { bboxOf, polygonsOf, type Geometry } from '../geo/types';
import { esc } from './svg';

export interface KartenGebietBild {
  id: string;
  name: string;
  geometry: Geometry;
  /** Fill colour, or `geheim` for the hatched withheld fill. */
  farbe: string;
  /** Illustrative value: white stripes over the colour. */
  illustrativ?: boolean;
}

export interface LegendenEintrag {
  farbe: string;
  text: string;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Web Mercator's y of a latitude (unitless; grows northwards), as Leaflet projects. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Projects lon/lat areas into a box `breite` wide in Web Mercator — the projection of the
 * interactive map, so an image, the map's static view and the map show the same shapes — and
 * returns SVG path data per area and the position of a point. The box fits `rahmen` (by default
 * the areas themselves), as the interactive map fits the city's outline.
 */
export function projiziere(geometrien: Geometry[], breite: number, rahmen: Geometry[] = geometrien): { hoehe: number; punkt: (lon: number, lat: number) => [number, number]; pfad: (g: Geometry) => string } {
  const [x0, y0, x1, y1] = bboxOf(rahmen);
  const oben = mercatorY(y1);
  const s = breite / Math.max(((x1 - x0) * Math.PI) / 180, 1e-9);
  const hoehe = Math.ceil((oben - mercatorY(y0)) * s);
  const punkt = (lon: number, lat: number): [number, number] => [r1((((lon - x0) * Math.PI) / 180) * s), r1((oben - mercatorY(lat)) * s)];
  const pfad = (g: Geometry) =>
    polygonsOf(g)
      .flatMap((poly) => poly.map((ring) => 'M' + ring.map(([x, y]) => punkt(x, y).join(',')).join('L') + 'Z'))
      .join('');
  return { hoehe, punkt, pfad };
}

export const SCHRAFFUR_ID = 'bild-schraffur';
/** Hatched fill of withheld areas and illustrative bars, as a <pattern>. */
export const SCHRAFFUR = `<pattern id="${SCHRAFFUR_ID}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#777" stroke-width="3"/></pattern>`;

export const BEISPIEL_ID = 'bild-beispieldaten';
/** White stripes laid over the colour of an illustrative bar or segment (as on the page). */
export const BEISPIEL_MUSTER = `<pattern id="${BEISPIEL_ID}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" stroke-opacity="0.7" stroke-width="3.5"/></pattern>`;
/** An SVG rectangle in its colour, striped when its value is illustrative. */
export const balkenRect = (x: number, y: number, w: number, h: number, farbe: string, illustrativ: boolean) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${farbe}"/>${illustrativ ? `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#${BEISPIEL_ID})" data-kennzeichnung="Beispieldaten"/>` : ''}`;

/** Choropleth as SVG: areas with fills and outlines, legend to the right or below. */
export function karteSvg(gebiete: KartenGebietBild[], legende: LegendenEintrag[], breite: number, hervor: string[] = []): { svg: string; hoehe: number } {
  // Without legend entries (slides show the legend as text beside) the map takes the full width.
  const kartenBreite = legende.length ? Math.round(breite * 0.68) : breite;
  const { hoehe, pfad } = projiziere(gebiete.map((g) => g.geometry), kartenBreite);
  const flaechen = gebiete
    .map((g) => `<path data-gebiet="${esc(g.id)}" d="${pfad(g.geometry)}" fill="${g.farbe === 'geheim' ? `url(#${SCHRAFFUR_ID})` : g.farbe === 'leer' ? '#ffffff' : g.farbe}" stroke="${hervor.includes(g.id) ? '#000000' : g.farbe === 'leer' ? '#999999' : '#ffffff'}" stroke-width="${hervor.includes(g.id) ? 4 : 1.2}" fill-rule="evenodd"><title>${esc(g.name)}</title></path>${g.illustrativ && g.farbe !== 'geheim' && g.farbe !== 'leer' ? `<path d="${pfad(g.geometry)}" fill="url(#${BEISPIEL_ID})" fill-rule="evenodd" data-kennzeichnung="Beispieldaten"/>` : ''}`)
    .join('');
  const lx = kartenBreite + 24;
  const eintraege = legende
    .map((e, i) => `<rect x="${lx}" y="${i * 26}" width="18" height="18" fill="${e.farbe === 'geheim' ? `url(#${SCHRAFFUR_ID})` : e.farbe === 'leer' ? '#ffffff' : e.farbe}" stroke="#555"/><text x="${lx + 26}" y="${i * 26 + 14}" font-size="14">${esc(e.text)}</text>`)
    .join('');
  return { svg: flaechen + eintraege, hoehe: Math.max(hoehe, legende.length * 26) };
}
