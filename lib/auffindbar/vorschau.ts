/** Build-time: what the preview image of a page shows — a topic's city trend, an area's first trend. */
import type { BildInhalt, BildText } from '../bild/bild';
import { bildText } from '../bild/bild';
import { gebieteMitProfil, loadKommune } from '../data';
import { diagramm } from '../i18n/diagramm';
import { indikatorIn } from '../i18n/indikatoren-en';
import { inSprache, type Sprache } from '../i18n/sprache';
import { woerter } from '../i18n/woerter';
import { TREND_INDIKATOREN } from '../themen/indikatoren';
import type { Punkt } from '../themen/model';
import { stadtZeitreihe } from '../themen/punkte';
import { herkunft, indikatorDaten, themaAnsicht, themenMitDaten } from '../themen/seite';
import { gebietTrend } from '../themen/trend';

export interface Vorschau {
  inhalt: BildInhalt;
  text: BildText;
  /** Alternative text of the image (og:image:alt). */
  alt: string;
}

/**
 * The routes that may have a preview (vorschauFuer decides): every topic with data and every
 * area's profile, in each language asked for. To draw the images before the pages are all there.
 */
export function vorschauRouten(sprachen: readonly Sprache[]): string[] {
  const pfade = [...themenMitDaten().map((t) => `/themen/${t.id}/`), ...gebieteMitProfil().map((g) => `/gebiete/${g.id}/`)];
  return sprachen.flatMap((s) => pfade.map((p) => inSprache(p, s)));
}

/** The preview of a page by its route, or null for pages without a chart of their own. */
export function vorschauFuer(route: string): Vorschau | null {
  const m = /^\/(en\/)?(themen|gebiete)\/([^/]+)\/$/.exec(route);
  if (!m) return null;
  const s: Sprache = m[1] ? 'en' : 'de';
  const ags = loadKommune().ags;
  const d = diagramm(s);
  // A trend chart; its alternative text says what the image's footer says about example data.
  const vorschau = (punkte: Punkt[], text: BildText): Vorschau => ({
    inhalt: { art: 'linie', punkte },
    text,
    alt: `${text.titel}. ${text.beschreibung} ${d.stand}: ${text.stand}.${punkte.some((p) => p.illustrativ) ? ` ${d.bildIll}` : ''}`,
  });
  if (m[2] === 'themen') {
    const def = themenMitDaten().find((t) => t.id === m[3]);
    if (!def) return null;
    const { k, herkunft: h, thema } = themaAnsicht(def, s);
    const punkte = stadtZeitreihe(k, ags, thema.zeitreihe.reihen, thema.zeitreihe.mass);
    if (!punkte.length) return null;
    const text = bildText(punkte, `${thema.titel}: ${thema.zeitreihe.titel}`, thema.zeitreihe.beschreibung, h.quellen, h.namensnennung, s);
    return vorschau(punkte, text);
  }
  const k = indikatorDaten(s);
  const g = k.gebiete.find((x) => x.id === m[3]);
  if (!g) return null;
  const w = woerter(s).gebiete;
  const h = herkunft();
  for (const i of TREND_INDIKATOREN) {
    const ind = indikatorIn(i, s);
    const t = gebietTrend(k, ags, g.id, ind);
    if (!t?.punkte.length) continue;
    const text = bildText(t.punkte, `${g.name}: ${ind.label}`, t.mitVergleich ? w.trendVergleich(t.name, t.parentName) : w.trendAllein(t.name), h.quellen, h.namensnennung, s);
    return vorschau(t.punkte, text);
  }
  return null;
}
