import { fmtDatum } from '../format';
import { fmtIn } from '../themen/einheit';
import type { Punkt } from '../themen/model';

const ILL = ' (Beispieldaten)';
const wertText = (p: Punkt) => `${fmtIn(p.wert ?? 0, p.einheit)}${p.illustrativ ? ILL : ''}`;
/** "29,7 % (31.05.2017)", "31,2 % (31.12.2024, Beispieldaten)". */
const amTag = (p: Punkt) => `${fmtIn(p.wert ?? 0, p.einheit)} (${fmtDatum(p.stichtag)}${p.illustrativ ? ', Beispieldaten' : ''})`;
const MAX_REIHEN = 3;

/** A line chart in words: per series, from its first to its last value, saying where a break makes them incomparable. */
function linie(punkte: Punkt[]): string {
  const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel])).entries()];
  const saetze = reihen.slice(0, MAX_REIHEN).flatMap(([id, label]) => {
    const pts = punkte.filter((p) => p.reihe === id && p.wert !== null).sort((a, b) => a.stichtag.localeCompare(b.stichtag));
    const [erst, letzt] = [pts[0], pts.at(-1)];
    if (!erst || !letzt) return [];
    if (erst === letzt) return [`${label}: ${amTag(erst)}.`];
    const bruch = pts.slice(1).find((p) => p.bruch)?.bruch;
    const d = (letzt.wert ?? 0) - (erst.wert ?? 0);
    const verb = bruch ? 'von' : d > 0 ? 'stieg von' : d < 0 ? 'sank von' : 'blieb bei';
    const kern = d === 0 && !bruch ? `${label} ${verb} ${wertText(erst)} (${fmtDatum(erst.stichtag)} bis ${fmtDatum(letzt.stichtag)})` : `${label} ${verb} ${amTag(erst)} ${bruch ? 'zu' : 'auf'} ${amTag(letzt)}`;
    return [`${kern}${bruch ? `; dazwischen ein Reihenbruch (${fmtDatum(bruch.stichtag)}): nicht direkt vergleichbar` : ''}.`];
  });
  const mehr = reihen.length > MAX_REIHEN ? ` Dazu ${reihen.length - MAX_REIHEN} weitere Reihen.` : '';
  return saetze.join(' ') + mehr;
}

/** Bars in words: how many, the highest and lowest shown value, how many withheld. */
function balken(punkte: Punkt[]): string {
  const mit = punkte.filter((p) => p.wert !== null && p.x !== 'weitere' && p.x !== 'ohne');
  const geheim = punkte.filter((p) => p.zeichen === 'geheim').length;
  if (!mit.length) return geheim ? `Alle ${punkte.length} Werte sind aus Datenschutzgründen nicht ausgewiesen.` : 'Keine Werte.';
  const hoch = mit.reduce((a, b) => ((b.wert ?? 0) > (a.wert ?? 0) ? b : a));
  const tief = mit.reduce((a, b) => ((b.wert ?? 0) < (a.wert ?? 0) ? b : a));
  const teile = [`${punkte.length} Werte. Höchster Wert: ${hoch.xLabel} mit ${wertText(hoch)}`];
  if (tief !== hoch) teile.push(`niedrigster: ${tief.xLabel} mit ${wertText(tief)}`);
  let text = `${teile.join('; ')}.`;
  if (geheim) text += ` ${geheim} ${geheim === 1 ? 'Wert ist' : 'Werte sind'} aus Datenschutzgründen nicht ausgewiesen.`;
  return text;
}

/** Stacks in words: per bar its total and its largest part. */
function stapel(punkte: Punkt[]): string {
  const kategorien = [...new Map(punkte.map((p) => [p.x, p.xLabel])).entries()];
  return kategorien
    .slice(0, MAX_REIHEN)
    .map(([x, label]) => {
      const teile = punkte.filter((p) => p.x === x);
      if (teile.some((p) => p.wert === null)) return `${label}: Summe nicht ausgewiesen (ein Teil ist geheim oder unbekannt).`;
      const summe = teile.reduce((s, p) => s + (p.wert ?? 0), 0);
      const groesst = teile.reduce((a, b) => ((b.wert ?? 0) > (a.wert ?? 0) ? b : a));
      const ill = teile.some((p) => p.illustrativ) ? ILL : '';
      return `${label}: ${fmtIn(summe, teile[0]!.einheit)}${ill}, größter Teil ${groesst.reiheLabel} (${fmtIn(groesst.wert ?? 0, groesst.einheit)}).`;
    })
    .join(' ');
}

/**
 * What a chart shows, in one or two German sentences generated from its points – the same
 * points as its table and CSV – for screen readers and everyone who reads rather than looks.
 */
export function kurzfassung(punkte: Punkt[], art: 'linie' | 'balken' | 'stapel'): string {
  if (!punkte.length) return 'Keine Werte.';
  return art === 'linie' ? linie(punkte) : art === 'balken' ? balken(punkte) : stapel(punkte);
}
