import type { Referenz } from './punkte';
import { toCsv } from '../csvout';
import { diagramm } from '../i18n/diagramm';
import type { Sprache } from '../i18n/sprache';
import { kennzeichnung } from '../provenienz';
import { amtlichesZeichen, statusVon } from '../values';
import type { Punkt } from './model';

/**
 * The CSV of exactly the points a chart shows: long format, one value per row, with its marks;
 * column titles, units and marks in the page's language (values, signs and status codes as published).
 */
export function punkteCsv(punkte: Punkt[], quelleTitel: (id: string) => string, namensnennung: string, s: Sprache = 'de'): string {
  const w = diagramm(s);
  const rows = punkte.map((p) => [
    p.stichtag,
    p.x,
    p.xLabel,
    p.reihe,
    p.reiheLabel,
    p.wert === null ? null : Math.round(p.wert * 1000) / 1000,
    amtlichesZeichen(p.zeichen),
    w.einheit[p.einheit],
    w.kennzeichnung[kennzeichnung(p) === 'amtlich' ? 'amtlich' : 'illustrativ'],
    quelleTitel(p.quelle),
    namensnennung,
    statusVon(p.wert, p.zeichen),
    p.bruch?.text ?? '',
  ]);
  return toCsv(w.csvKopf, rows);
}

/**
 * The chart's points with its reference value (the dashed line: the city, or the areas' sum or
 * average) as one more row, so a CSV or an image carries what the chart shows beside the bars.
 */
export function mitReferenz(punkte: Punkt[], referenz: Referenz | null | undefined): Punkt[] {
  const p0 = punkte[0];
  if (!referenz || !p0) return punkte;
  return [...punkte, { x: referenz.stadt ? 'stadt' : 'referenz', xLabel: referenz.label, reihe: p0.reihe, reiheLabel: p0.reiheLabel, wert: referenz.wert, zeichen: null, einheit: p0.einheit, illustrativ: referenz.illustrativ, quelle: referenz.quelle ?? p0.quelle, stichtag: p0.stichtag }];
}

/** Table alternative: rows = categories, columns = series, in the order the points come. */
export function pivot(punkte: Punkt[]): { spalten: { id: string; label: string }[]; zeilen: { id: string; label: string; zellen: (Punkt | undefined)[] }[] } {
  const spalten: { id: string; label: string }[] = [];
  const zeilen: { id: string; label: string; zellen: (Punkt | undefined)[] }[] = [];
  for (const p of punkte) if (!spalten.some((s) => s.id === p.reihe)) spalten.push({ id: p.reihe, label: p.reiheLabel });
  for (const p of punkte) {
    let z = zeilen.find((r) => r.id === p.x);
    if (!z) zeilen.push((z = { id: p.x, label: p.xLabel, zellen: spalten.map(() => undefined) }));
    z.zellen[spalten.findIndex((s) => s.id === p.reihe)] = p;
  }
  for (const z of zeilen) while (z.zellen.length < spalten.length) z.zellen.push(undefined);
  return { spalten, zeilen };
}
