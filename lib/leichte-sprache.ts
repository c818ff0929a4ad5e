import { einfacherBruch } from './bruch';
import { fmtAnzahl } from './format';
import type { Kennzahl } from './published';

/**
 * The key figures in Leichte Sprache (rules of the Netzwerk Leichte Sprache): short sentences,
 * one statement each, hard words explained, no abbreviations, numbers as digits, dates written
 * out. The numbers come from the published key figures – never written by hand.
 */
export interface LeichterAbschnitt {
  id: string;
  titel: string;
  saetze: string[];
  /** Whether the number is an example (made up), said in plain words as well. */
  beispiel: boolean;
}

const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "31. Dezember 2024". */
export function datumLeicht(iso: string): string {
  const [j, m, t] = iso.split('-').map(Number);
  return `${t}. ${MONATE[(m ?? 1) - 1]} ${j}`;
}

/** A share as "etwa 3 von 10" (digits, the nearest simple fraction up to tenths). */
export function anteilLeicht(prozent: number): string {
  const { a, b } = einfacherBruch(prozent, Infinity) ?? { a: 1, b: 2 };
  return `etwa ${a} von ${b}`;
}

type Vorlage = { titel: string; satz: (zahl: string, stadt: string) => string[] };

/** What each key figure means, in easy words. Figures without an entry are left out. */
const VORLAGEN: Record<string, Vorlage> = {
  einwohner: { titel: 'So viele Menschen wohnen in der Stadt', satz: (z, s) => [`In ${s} wohnen ${z} Menschen.`] },
  auslaender: {
    titel: 'Menschen ohne deutschen Pass',
    satz: (z, s) => [`${z} Menschen in ${s} haben keinen deutschen Pass.`, 'Man sagt dazu auch: Ausländerinnen und Ausländer.'],
  },
  anteil_auslaender: { titel: 'Wie viele sind das?', satz: (z) => [`Das sind ${z} Menschen in der Stadt.`] },
  anteil_mh: {
    titel: 'Menschen mit Migrations-Hintergrund',
    satz: (z) => [
      `${z[0]?.toUpperCase()}${z.slice(1)} Menschen in der Stadt haben einen Migrations-Hintergrund.`,
      'Migrations-Hintergrund heißt:',
      'Die Person selbst hatte bei der Geburt keinen deutschen Pass.',
      'Oder ein Eltern-Teil hatte bei der Geburt keinen deutschen Pass.',
    ],
  },
  fluechtlinge: {
    titel: 'Geflüchtete Menschen',
    satz: (z, s) => [`${z} Menschen in ${s} sind geflüchtet.`, 'Geflüchtet heißt:', 'Die Menschen mussten aus ihrem Land weg.', 'Zum Beispiel wegen Krieg.'],
  },
  bulgarien: { titel: 'Menschen aus Bulgarien', satz: (z, s) => [`${z} Menschen in ${s} haben einen Pass aus Bulgarien.`] },
  rumaenien: { titel: 'Menschen aus Rumänien', satz: (z, s) => [`${z} Menschen in ${s} haben einen Pass aus Rumänien.`] },
};

export function leichteAbschnitte(kennzahlen: readonly Kennzahl[], stadt: string): LeichterAbschnitt[] {
  return kennzahlen.flatMap((k) => {
    const v = VORLAGEN[k.id];
    if (!v || k.wert === null) return [];
    const zahl = k.art === 'prozent' ? anteilLeicht(k.wert) : fmtAnzahl(k.wert);
    const saetze = [
      ...v.satz(zahl, stadt),
      `Diese Zahl ist vom ${datumLeicht(k.stichtag)}.`,
      ...(k.illustrativ ? ['Achtung: Diese Zahl ist nur ein Beispiel.', 'Sie ist ausgedacht.'] : ['Diese Zahl ist amtlich.', 'Das heißt: Ein Amt hat die Zahl gezählt.']),
    ];
    return [{ id: k.id, titel: v.titel, saetze, beispiel: k.illustrativ }];
  });
}
