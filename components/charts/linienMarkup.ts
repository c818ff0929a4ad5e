import { fmtDatum } from '@/lib/format';
import { linear, niceTicks, zeitpunkt } from '@/lib/charts/scale';
import { esc } from '@/lib/bild/svg';
import { farbe } from '@/lib/charts/palette';
import { maximum, minimum } from '@/lib/listen';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import type { Punkt } from '@/lib/themen/model';
import { fmtIn, fmtPunkt } from './shared/format';
import { nachStichtag } from '@/lib/stichtag';

/**
 * One SVG of the line chart at a given width (a page shows a wide and a narrow one, a profile
 * one narrow one), as markup. Written on the server and set as the inner HTML of its box: the
 * page's payload then carries it as one string instead of a tree of every line, circle and
 * label, and hydration has nothing in it to walk. Attributes in single quotes: the payload's
 * JSON then needs no escapes for them (esc turns a ' in a value into &#x27;). The keyboard
 * navigation finds the points by their class and data attributes; each point's words are its <title>.
 */
export function linienMarkup(punkte: Punkt[], breite: number, hoehe: number, sprache: Sprache): string {
  const w = diagramm(sprache);
  const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel])).keys()];
  const einheit = punkte[0]?.einheit ?? 'Anzahl';
  // The narrow drawing is shrunk on a phone: larger type there keeps axis labels legible (≥ 11 px at 320 px).
  const schmal = breite < 500;
  const rand = { l: schmal ? 70 : 76, r: 16, t: 14, b: schmal ? 36 : 30 };
  const xs = punkte.map((p) => zeitpunkt(p.stichtag));
  const ticksY = niceTicks(maximum(punkte.map((p) => p.wert ?? 0), 0), schmal ? 4 : 5);
  const x = linear([minimum(xs), maximum(xs)], [rand.l, breite - rand.r]);
  const y = linear([0, ticksY.at(-1) ?? 1], [hoehe - rand.b, rand.t]);
  const jahre = [...new Set(punkte.map((p) => Number(p.stichtag.slice(0, 4))))];
  const jeder = schmal ? Math.ceil(jahre.length / 4) : 1;
  const teile: string[] = [];
  const label = `${w.liniendiagramm}: ${[...new Set(punkte.map((p) => p.reiheLabel))].join(', ')}`;
  teile.push(`<svg viewBox='0 0 ${breite} ${hoehe}' class='linien-svg${schmal ? ' schmal' : ''}' role='img' aria-label='${esc(label)}'>`);
  for (const t of ticksY)
    teile.push(`<g><line x1='${rand.l}' x2='${breite - rand.r}' y1='${y(t)}' y2='${y(t)}' class='gitter'></line><text x='${rand.l - 6}' y='${y(t)}' dy='0.32em' text-anchor='end' class='achse'>${esc(fmtIn(t, einheit, sprache))}</text></g>`);
  jahre.forEach((j, i) => {
    if (i % jeder === 0) teile.push(`<text x='${x(Date.UTC(j, 11, 31))}' y='${hoehe - (schmal ? 10 : 8)}' text-anchor='middle' class='achse'>${j}</text>`);
  });
  for (const b of new Map(punkte.flatMap((p) => (p.bruch ? [[p.bruch.stichtag, p.bruch] as const] : []))).values()) {
    const bx = x(zeitpunkt(b.stichtag));
    teile.push(`<g class='bruch' data-testid='reihenbruch'><title>${esc(b.text)}</title><line x1='${bx - 6}' x2='${bx - 6}' y1='${rand.t}' y2='${hoehe - rand.b}'></line><text x='${bx - 9}' y='${rand.t + 10}' text-anchor='end' class='achse'>${esc(w.bruch)}</text></g>`);
  }
  reihen.forEach((r, ri) => {
    const pts = punkte.filter((p) => p.reihe === r && p.wert !== null).sort(nachStichtag);
    teile.push(`<g style='color:${farbe(ri)}'>`);
    pts.forEach((p, i) => {
      const a = pts[i - 1];
      // Across a break in series the values are not comparable: no connecting line.
      if (a && !p.bruch)
        teile.push(`<line x1='${x(zeitpunkt(a.stichtag))}' y1='${y(a.wert ?? 0)}' x2='${x(zeitpunkt(p.stichtag))}' y2='${y(p.wert ?? 0)}' class='linie${a.illustrativ || p.illustrativ ? ' ill' : ''}'></line>`);
    });
    for (const p of pts) {
      const text = `${p.reiheLabel}, ${fmtDatum(p.stichtag, sprache)}: ${fmtPunkt(p, sprache)}${p.illustrativ ? ` (${w.beispieldaten})` : ''}${p.bruch ? `; ${p.bruch.text}` : ''}`;
      teile.push(`<circle cx='${x(zeitpunkt(p.stichtag))}' cy='${y(p.wert ?? 0)}' r='4.5' class='punkt${p.illustrativ ? ' ill' : ''}' data-reihe='${esc(p.reihe)}' data-stichtag='${esc(p.stichtag)}'><title>${esc(text)}</title></circle>`);
    }
    teile.push('</g>');
  });
  teile.push('</svg>');
  return teile.join('');
}
