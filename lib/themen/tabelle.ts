import { toCsv } from '../csvout';
import { kennzeichnung } from '../provenienz';
import { amtlichesZeichen, statusVon } from '../values';
import type { Punkt } from './model';

/** The CSV of exactly the points a chart shows: long format, one value per row, with its marks. */
export function punkteCsv(punkte: Punkt[], quelleTitel: (id: string) => string, namensnennung: string): string {
  const header = ['stichtag', 'kategorie_id', 'kategorie', 'reihe_id', 'reihe', 'wert', 'zeichen', 'einheit', 'kennzeichnung', 'quelle', 'namensnennung', 'status', 'reihenbruch'];
  const rows = punkte.map((p) => [
    p.stichtag,
    p.x,
    p.xLabel,
    p.reihe,
    p.reiheLabel,
    p.wert === null ? null : Math.round(p.wert * 1000) / 1000,
    amtlichesZeichen(p.zeichen),
    p.einheit,
    kennzeichnung(p),
    quelleTitel(p.quelle),
    namensnennung,
    statusVon(p.wert, p.zeichen),
    p.bruch?.text ?? '',
  ]);
  return toCsv(header, rows);
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
