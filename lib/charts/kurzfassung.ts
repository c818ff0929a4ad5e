import { fmtDatum } from '../format';
import { diagramm, type DiagrammWoerter } from '../i18n/diagramm';
import type { Sprache } from '../i18n/sprache';
import { fmtIn } from '../themen/einheit';
import type { Punkt } from '../themen/model';
import { nachStichtag } from '../stichtag';

const MAX_REIHEN = 3;

/** The sentences of one language: values in its formats, words from its dictionary. */
function saetze(s: Sprache) {
  const w: DiagrammWoerter = diagramm(s);
  const ill = ` (${w.beispieldaten})`;
  const wertText = (p: Punkt) => `${fmtIn(p.wert ?? 0, p.einheit, s)}${p.illustrativ ? ill : ''}`;
  /** "29,7 % (31.05.2017)", "31,2 % (31.12.2024, Beispieldaten)". */
  const amTag = (p: Punkt) => `${fmtIn(p.wert ?? 0, p.einheit, s)} (${fmtDatum(p.stichtag, s)}${p.illustrativ ? `, ${w.beispieldaten}` : ''})`;

  /** A line chart in words: per series, from its first to its last value, saying where a break makes them incomparable. */
  function linie(punkte: Punkt[]): string {
    const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel])).entries()];
    const text = reihen.slice(0, MAX_REIHEN).flatMap(([id, label]) => {
      const pts = punkte.filter((p) => p.reihe === id && p.wert !== null).sort(nachStichtag);
      const [erst, letzt] = [pts[0], pts.at(-1)];
      if (!erst || !letzt) return [];
      if (erst === letzt) return [`${label}: ${amTag(erst)}.`];
      const bruch = pts.slice(1).find((p) => p.bruch)?.bruch;
      const d = (letzt.wert ?? 0) - (erst.wert ?? 0);
      const verb = bruch ? w.von : d > 0 ? w.stieg : d < 0 ? w.sank : w.bliebBei;
      const kern =
        d === 0 && !bruch
          ? `${label} ${verb} ${wertText(erst)} (${fmtDatum(erst.stichtag, s)} ${w.bis} ${fmtDatum(letzt.stichtag, s)})`
          : `${label} ${verb} ${amTag(erst)} ${bruch ? w.zu : w.auf} ${amTag(letzt)}`;
      return [`${kern}${bruch ? w.dazwischenBruch(fmtDatum(bruch.stichtag, s)) : ''}.`];
    });
    const mehr = reihen.length > MAX_REIHEN ? w.weitereReihen(reihen.length - MAX_REIHEN) : '';
    return text.join(' ') + mehr;
  }

  /** Bars in words: how many, the highest and lowest shown value, how many withheld. */
  function balken(punkte: Punkt[]): string {
    const mit = punkte.filter((p) => p.wert !== null && p.x !== 'weitere' && p.x !== 'ohne');
    const geheim = punkte.filter((p) => p.zeichen === 'geheim').length;
    if (!mit.length) return geheim ? w.alleGeheim(punkte.length) : w.keineWerte;
    const hoch = mit.reduce((a, b) => ((b.wert ?? 0) > (a.wert ?? 0) ? b : a));
    const tief = mit.reduce((a, b) => ((b.wert ?? 0) < (a.wert ?? 0) ? b : a));
    const teile = [`${w.nWerte(punkte.length)}. ${w.hoechster}: ${hoch.xLabel} ${w.mit} ${wertText(hoch)}`];
    if (tief !== hoch) teile.push(`${w.niedrigster}: ${tief.xLabel} ${w.mit} ${wertText(tief)}`);
    return `${teile.join('; ')}.${geheim ? w.geheimAnzahl(geheim) : ''}`;
  }

  /** Stacks in words: per bar its total and its largest part. */
  function stapel(punkte: Punkt[]): string {
    const kategorien = [...new Map(punkte.map((p) => [p.x, p.xLabel])).entries()];
    return kategorien
      .slice(0, MAX_REIHEN)
      .map(([x, label]) => {
        const teile = punkte.filter((p) => p.x === x);
        if (teile.some((p) => p.wert === null)) return `${label}: ${w.summeGeheim}`;
        const summe = teile.reduce((a, p) => a + (p.wert ?? 0), 0);
        const groesst = teile.reduce((a, b) => ((b.wert ?? 0) > (a.wert ?? 0) ? b : a));
        const mitIll = teile.some((p) => p.illustrativ) ? ill : '';
        return `${label}: ${fmtIn(summe, teile[0]!.einheit, s)}${mitIll}, ${w.groesster} ${groesst.reiheLabel} (${fmtIn(groesst.wert ?? 0, groesst.einheit, s)}).`;
      })
      .join(' ');
  }
  return { linie, balken, stapel, keine: w.keineWerte };
}

/**
 * What a chart shows, in one or two sentences generated from its points – the same points as
 * its table and CSV – for screen readers and everyone who reads rather than looks.
 */
export function kurzfassung(punkte: Punkt[], art: 'linie' | 'balken' | 'stapel', s: Sprache = 'de'): string {
  const t = saetze(s);
  if (!punkte.length) return t.keine;
  return t[art](punkte);
}
