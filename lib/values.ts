/**
 * Official statistics signs: – nothing (zero), . unknown, x not sensible; and `geheim`, withheld
 * by disclosure control (never read from input; written as . in files, with its own status).
 */
export type Zeichen = '–' | '.' | 'x' | 'geheim';

/** Status of a published value, one word per state (the `status` column of every download). */
export type Status = 'wert' | 'nichts' | 'unbekannt' | 'geheim' | 'nicht_sinnvoll';

/** The state of a value, from its number and sign. */
export function statusVon(wert: number | null, zeichen: Zeichen | null | undefined): Status {
  if (zeichen === 'geheim') return 'geheim';
  if (zeichen === 'x') return 'nicht_sinnvoll';
  if (zeichen === '–') return 'nichts';
  return wert === null ? 'unbekannt' : 'wert';
}

/** The official sign written into files: withheld is `.` (unknown or to be kept secret). */
export const amtlichesZeichen = (z: Zeichen | null | undefined): string => (z === 'geheim' ? '.' : (z ?? ''));

export type Art = 'anzahl' | 'prozent' | 'flaeche';

export type Parsed = { ok: true; wert: number | null; zeichen?: Zeichen } | { ok: false; message: string };

/** A Map, not an object literal: input like "__proto__" or "constructor" must not find anything. */
const SIGNS = new Map<string, { wert: number | null; zeichen: Zeichen }>([
  ['-', { wert: 0, zeichen: '–' }],
  ['–', { wert: 0, zeichen: '–' }],
  ['.', { wert: null, zeichen: '.' }],
  ['…', { wert: null, zeichen: '.' }],
  ['...', { wert: null, zeichen: '.' }],
  ['x', { wert: null, zeichen: 'x' }],
]);

/** Parses one cell of an input file: a number (decimal comma or point) or a statistics sign. */
export function parseValue(raw: string, art: Art): Parsed {
  const s = raw.trim();
  if (s === '') return { ok: false, message: 'leer (für „unbekannt“ das Zeichen . verwenden)' };
  const sign = SIGNS.get(s.toLowerCase());
  if (sign) return { ok: true, ...sign };
  if (art === 'anzahl') {
    if (/^-\d+$/.test(s)) return { ok: false, message: `„${s}“ ist negativ; Anzahlen sind nicht negativ` };
    if (!/^\d+$/.test(s)) return { ok: false, message: `„${s}“ ist keine ganze Zahl (ohne Tausenderpunkt)` };
    return { ok: true, wert: Number(s) };
  }
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return { ok: false, message: `„${s}“ ist keine Zahl` };
  const wert = Number(s.replace(',', '.'));
  if (wert < 0) return { ok: false, message: `„${s}“ ist negativ` };
  if (art === 'prozent' && wert > 100) return { ok: false, message: `„${s}“ liegt nicht zwischen 0 und 100` };
  return { ok: true, wert };
}
