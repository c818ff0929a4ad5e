/**
 * Area profiles from a template. Every area has a profile page in each language; with a large
 * city's hundreds of areas, rendering each through Next (payload, segment files, SSR of the
 * payload: about 100 ms a page, most of a build) costs several times what the page is — HTML,
 * CSS and the frame script, no runtime. So Next builds the profiles of two areas per level (the
 * templates), and every other profile is the first template's page with its own main part
 * rendered by React (renderToString, as Next's SSR writes it) and its own address and title in
 * the frame around it (scripts/gebiete-aus-vorlage.ts). Each build checks the derivation against
 * the other templates Next built: a page derived from the first must equal Next's (apart from
 * React's invisible text separators, see ohneTextTrenner).
 */
import { esc } from './bild/svg';

/**
 * The areas whose profile Next builds: the first two areas of each level, in the register's
 * order — the first is the template, the others check it (also with a single level).
 */
export function profilVorlagen<G extends { id: string; ebene: string }>(gebiete: readonly G[]): G[] {
  const je = new Map<string, number>();
  return gebiete.filter((g) => {
    const n = je.get(g.ebene) ?? 0;
    je.set(g.ebene, n + 1);
    return n < 2;
  });
}

const MAIN_AUF = '<main id="inhalt">';
const MAIN_ZU = '</main>';

/** A page split around its main part (the site frame's `<main id="inhalt">`), or null without one. */
export function hauptteil(html: string): { vor: string; inhalt: string; nach: string } | null {
  const a = html.indexOf(MAIN_AUF);
  const b = html.lastIndexOf(MAIN_ZU);
  if (a < 0 || b < a || html.indexOf(MAIN_AUF, a + 1) >= 0) return null;
  return { vor: html.slice(0, a + MAIN_AUF.length), inhalt: html.slice(a + MAIN_AUF.length, b), nach: html.slice(b) };
}

/**
 * A page without React's text separators (`<!-- -->` between neighbouring texts): where Next's
 * streaming SSR ends a segment after a text it writes one more than renderToString, by timing.
 * They are invisible and serve only hydration, which these pages do not do.
 */
export const ohneTextTrenner = (html: string) => html.split('<!-- -->').join('');

/** One profile: the area's id, its page title (the metadata's, before the site's suffix) and its main part as React renders it. */
export interface Profil {
  id: string;
  titel: string;
  gerendert: string;
}

/**
 * The pages of other areas from the built page of the template `vorlage`: for each target its
 * main part as rendered (followed by what Next writes after a page's content, taken from the
 * template), the template's address (`/gebiete/<id>/` in links, citation, print footer) and
 * title replaced by the target's. Throws at once when the template's main part does not begin
 * with its own rendering (the renderer and Next disagree) or has no title or address to replace.
 */
export function ausVorlage(vorlage: Profil & { html: string }): (ziel: Profil) => string {
  const teile = hauptteil(vorlage.html);
  if (!teile) throw new Error('Vorlage: kein <main id="inhalt"> (genau eines)');
  const inhalt = ohneTextTrenner(teile.inhalt);
  const eigenes = ohneTextTrenner(vorlage.gerendert);
  if (!inhalt.startsWith(eigenes)) throw new Error(`Vorlage: ${vorlage.id} ist nicht, was React für sie rendert (${ersterUnterschied(eigenes, inhalt)})`);
  const nachSeite = inhalt.slice(eigenes.length);
  const adresse = `/gebiete/${vorlage.id}/`;
  const titel = `<title>${esc(vorlage.titel)}`;
  if (!teile.vor.includes(adresse)) throw new Error(`Vorlage: ${adresse} nicht im Kopf der Seite`);
  if (!teile.vor.includes(titel)) throw new Error(`Vorlage: ${titel}</title> nicht im Kopf der Seite`);
  // The frame in pieces around the template's address, joined again with the target's.
  const vor = teile.vor.split(adresse);
  const nach = teile.nach.split(adresse);
  return (ziel) => {
    const eigene = `/gebiete/${ziel.id}/`;
    return `${vor.join(eigene).replace(titel, () => `<title>${esc(ziel.titel)}`)}${ziel.gerendert}${nachSeite}${nach.join(eigene)}`;
  };
}

/**
 * How the page derived for `ziel` differs from the page Next built for it (apart from React's
 * text separators), or null when they are the same.
 */
export function abweichung(ableiten: (ziel: Profil) => string, ziel: Profil, gebaut: string): string | null {
  const abgeleitet = ohneTextTrenner(ableiten(ziel));
  const erwartet = ohneTextTrenner(gebaut);
  return abgeleitet === erwartet ? null : ersterUnterschied(abgeleitet, erwartet);
}

/** Where two texts first differ, with a little context of each (for the build's message). */
export function ersterUnterschied(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const stelle = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `Zeichen ${i}: ${stelle(a)} statt ${stelle(b)}`;
}
