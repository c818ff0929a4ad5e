import { farbe } from '../charts/palette';
import { maximum, minimum } from '../listen';
import { linear, niceTicks, zeitpunkt } from '../charts/scale';
import { fmtDatum } from '../format';
import type { Punkt } from '../themen/model';
import type { Referenz } from '../themen/punkte';
import { fmtIn } from '../themen/einheit';
import { diagramm } from '../i18n/diagramm';
import type { Sprache } from '../i18n/sprache';
import { balkenRect } from './karte';
import { esc } from './svg';
import { nachStichtag } from '../stichtag';

const GRAU = '#5b6670';

export interface Flaeche {
  svg: string;
  hoehe: number;
}

/** Line chart: one line per series over a true time axis, legend below. */
export function linienSvg(punkte: Punkt[], breite: number, hoehe = 320, s: Sprache = 'de'): Flaeche {
  const fmtBildWert = (n: number, e: Punkt['einheit']) => fmtIn(n, e, s);
  const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel]))];
  const einheit = punkte[0]?.einheit ?? 'Anzahl';
  const rand = { l: 80, r: 20, t: 10, b: 30 };
  const xs = punkte.map((p) => zeitpunkt(p.stichtag));
  const x = linear([minimum(xs), maximum(xs)], [rand.l, breite - rand.r]);
  const ticks = niceTicks(maximum(punkte.map((p) => p.wert ?? 0), 0));
  const y = linear([0, ticks.at(-1) ?? 1], [hoehe - rand.b, rand.t]);
  let svg = ticks
    .map((t) => `<line x1="${rand.l}" x2="${breite - rand.r}" y1="${y(t)}" y2="${y(t)}" stroke="#d9dee3"/><text x="${rand.l - 6}" y="${y(t) + 4}" text-anchor="end" font-size="13" fill="${GRAU}">${esc(fmtBildWert(t, einheit))}</text>`)
    .join('');
  for (const j of new Set(punkte.map((p) => Number(p.stichtag.slice(0, 4))))) svg += `<text x="${x(Date.UTC(j, 11, 31))}" y="${hoehe - 8}" text-anchor="middle" font-size="13" fill="${GRAU}">${j}</text>`;
  for (const b of new Map(punkte.filter((p) => p.bruch).map((p) => [p.bruch?.stichtag, p.bruch])).values())
    if (b)
      svg += `<g data-rolle="reihenbruch"><line x1="${x(zeitpunkt(b.stichtag)) - 6}" x2="${x(zeitpunkt(b.stichtag)) - 6}" y1="${rand.t}" y2="${hoehe - rand.b}" stroke="#333" stroke-width="1.5" stroke-dasharray="2 3"/><text x="${x(zeitpunkt(b.stichtag)) - 9}" y="${rand.t + 12}" text-anchor="end" font-size="12" fill="#333">${diagramm(s).bruch}</text></g>`;
  reihen.forEach(([r], i) => {
    const pts = punkte.filter((p) => p.reihe === r && p.wert !== null).sort(nachStichtag);
    for (let k = 1; k < pts.length; k++) {
      const a = pts[k - 1] as Punkt;
      const b = pts[k] as Punkt;
      if (b.bruch) continue;
      svg += `<line x1="${x(zeitpunkt(a.stichtag))}" y1="${y(a.wert ?? 0)}" x2="${x(zeitpunkt(b.stichtag))}" y2="${y(b.wert ?? 0)}" stroke="${farbe(i)}" stroke-width="3"${a.illustrativ || b.illustrativ ? ' stroke-dasharray="6 4"' : ''}/>`;
    }
    for (const p of pts)
      svg += `<circle cx="${x(zeitpunkt(p.stichtag))}" cy="${y(p.wert ?? 0)}" r="4" fill="${p.illustrativ ? '#fff' : farbe(i)}" stroke="${farbe(i)}" stroke-width="2"><title>${esc(`${p.reiheLabel}, ${fmtDatum(p.stichtag, s)}: ${fmtBildWert(p.wert ?? 0, einheit)}`)}</title></circle>`;
  });
  const legende = reihen.map(([, label], i) => `<rect x="${rand.l + i * 220}" y="${hoehe + 6}" width="14" height="14" fill="${farbe(i)}"/><text x="${rand.l + i * 220 + 20}" y="${hoehe + 18}" font-size="14">${esc(label)}</text>`).join('');
  return { svg: svg + legende, hoehe: hoehe + 28 };
}

/**
 * Horizontal bars, one per category; withheld values are named, never drawn as zero. The
 * reference value (the city, or the areas' sum) is the dashed line across, named below.
 */
export function balkenSvg(punkte: Punkt[], breite: number, s: Sprache = 'de', referenz?: Referenz | null): Flaeche {
  const zeile = 26;
  const labelBreite = Math.min(260, Math.round(breite * 0.35));
  const max = maximum([...punkte.map((p) => p.wert ?? 0), referenz?.wert ?? 0], 1);
  const w = linear([0, max], [0, breite - labelBreite - 90]);
  let svg = punkte
    .map((p, i) => {
      const y = i * zeile;
      const wert = p.wert === null ? (p.zeichen === 'geheim' ? diagramm(s).nichtAusgewiesen : '.') : fmtIn(p.wert, p.einheit, s);
      const balken = p.wert === null ? '' : balkenRect(labelBreite, y + 4, w(p.wert), zeile - 8, farbe(0), p.illustrativ);
      return `<text x="${labelBreite - 8}" y="${y + 18}" text-anchor="end" font-size="14">${esc(p.xLabel)}</text>${balken}<text x="${labelBreite + (p.wert === null ? 0 : w(p.wert)) + 6}" y="${y + 18}" font-size="14">${esc(wert)}</text>`;
    })
    .join('');
  const hoehe = punkte.length * zeile;
  if (!referenz) return { svg, hoehe };
  const x = labelBreite + w(referenz.wert);
  const text = `${referenz.label}: ${fmtIn(referenz.wert, punkte[0]?.einheit ?? 'Anzahl', s)}${referenz.illustrativ ? ` (${diagramm(s).beispieldaten})` : ''}`;
  svg += `<g data-rolle="referenz"><line x1="${x}" x2="${x}" y1="0" y2="${hoehe}" stroke="#111" stroke-width="2" stroke-dasharray="5 4"/><line x1="${labelBreite}" x2="${labelBreite + 18}" y1="${hoehe + 14}" y2="${hoehe + 14}" stroke="#111" stroke-width="2" stroke-dasharray="5 4"/><text x="${labelBreite + 24}" y="${hoehe + 19}" font-size="14">${esc(text)}</text></g>`;
  return { svg, hoehe: hoehe + 26 };
}

/** Stacked bars: categories as rows, series stacked, legend below. */
export function stapelSvg(punkte: Punkt[], breite: number, s: Sprache = 'de'): Flaeche {
  const kategorien = [...new Map(punkte.map((p) => [p.x, p.xLabel]))];
  const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel]))];
  const summe = (x: string) => punkte.filter((p) => p.x === x).reduce((s, p) => s + (p.wert ?? 0), 0);
  const max = maximum(kategorien.map(([x]) => summe(x)), 1);
  const labelBreite = Math.min(260, Math.round(breite * 0.35));
  const w = linear([0, max], [0, breite - labelBreite - 90]);
  const zeile = 40;
  let svg = '';
  kategorien.forEach(([x, label], i) => {
    const y = i * zeile;
    let pos = labelBreite;
    svg += `<text x="${labelBreite - 8}" y="${y + 25}" text-anchor="end" font-size="14">${esc(label)}</text>`;
    for (const p of punkte.filter((q) => q.x === x)) {
      if (p.wert === null) continue;
      const ri = reihen.findIndex(([r]) => r === p.reihe);
      svg += balkenRect(pos, y + 6, w(p.wert), zeile - 12, farbe(ri), p.illustrativ);
      pos += w(p.wert);
    }
    const teile = punkte.filter((q) => q.x === x);
    const text = teile.some((q) => q.wert === null) ? diagramm(s).nichtVollstaendig : fmtIn(summe(x), teile[0]?.einheit ?? 'Anzahl', s);
    svg += `<text x="${pos + 6}" y="${y + 25}" font-size="14">${esc(text)}</text>`;
  });
  const top = kategorien.length * zeile + 8;
  const legende = reihen
    .map(([, label], i) => `<rect x="${labelBreite}" y="${top + i * 22}" width="14" height="14" fill="${farbe(i)}"/><text x="${labelBreite + 20}" y="${top + i * 22 + 12}" font-size="14">${esc(label)}</text>`)
    .join('');
  return { svg: svg + legende, hoehe: top + reihen.length * 22 };
}
