import { bildMitHoehe, type BildInhalt, type BildText } from './bild';

/** Size of a social preview image (Open Graph, Twitter card: 1.91:1). */
export const VORSCHAU = { breite: 1200, hoehe: 630 } as const;
/** The chart image is drawn this wide and scaled up, so that its words stay readable in a small card. */
const ZEICHEN_BREITE = 760;

/**
 * A page's preview image: the chart image of the site's own builder (title, chart, Stand, source,
 * licence and marks drawn in), centred and scaled to fill 1200 × 630 px on white.
 */
export function vorschauSvg(inhalt: BildInhalt, text: BildText): string {
  const { svg, hoehe } = bildMitHoehe(inhalt, text, ZEICHEN_BREITE);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${VORSCHAU.breite}" height="${VORSCHAU.hoehe}" viewBox="0 0 ${ZEICHEN_BREITE} ${hoehe}" preserveAspectRatio="xMidYMid meet">`,
    // The margins the scaling leaves are white too.
    `<rect x="-${ZEICHEN_BREITE * 4}" y="-${hoehe * 4}" width="${ZEICHEN_BREITE * 9}" height="${hoehe * 9}" fill="#ffffff"/>`,
    svg,
    '</svg>',
  ].join('');
}

/** Where the preview image of a page (its route, e.g. /en/themen/x/) lies in the export. */
export const vorschauPfad = (route: string) => `vorschau${route.replace(/\/$/, '')}.png`;
