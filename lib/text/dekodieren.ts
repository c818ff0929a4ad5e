/**
 * Text of an input file as offices save it: UTF-8 (with or without BOM), UTF-16 (with BOM, or
 * recognised by its zero bytes) and Windows-1252 / ISO-8859-1 (German Excel, GENESIS). Decided
 * from the whole file, never from one byte; a file that mixes UTF-8 and 8-bit text, or holds a
 * byte that no supported encoding defines, is rejected with its line — never U+FFFD.
 */
export type Kodierung = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Dekodiert = { ok: true; text: string; kodierung: Kodierung } | { ok: false; line: number; message: string };

/** Offset of the first byte that is not part of valid UTF-8, or -1; and whether any multi-byte sequence was valid. */
function utf8Pruefen(b: Uint8Array, von: number): { fehler: number; mehrbyte: boolean } {
  let mehrbyte = false;
  let i = von;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return { fehler: i, mehrbyte };
    let ok = true;
    for (let k = 1; k <= n && ok; k++) ok = i + k < b.length && ((b[i + k] as number) & 0xc0) === 0x80;
    // Overlong and surrogate forms.
    if (ok && c === 0xe0 && (b[i + 1] as number) < 0xa0) ok = false;
    if (ok && c === 0xed && (b[i + 1] as number) > 0x9f) ok = false;
    if (ok && c === 0xf0 && (b[i + 1] as number) < 0x90) ok = false;
    if (ok && c === 0xf4 && (b[i + 1] as number) > 0x8f) ok = false;
    if (!ok) return { fehler: i, mehrbyte };
    mehrbyte = true;
    i += n + 1;
  }
  return { fehler: -1, mehrbyte };
}

/** Line (1-based) of a byte offset. */
function zeileVon(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < b.length; i++) if (b[i] === 0x0a) line++;
  return line;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
/** Bytes Windows-1252 leaves undefined (and NUL, which no text file holds). */
const CP1252_LEER = new Set([0x00, 0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** UTF-16 without BOM: every second byte zero in the first kilobyte (ASCII-heavy CSV). */
function utf16OhneBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 1024);
  if (n < 4) return null;
  let geradeNull = 0;
  let ungeradeNull = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) geradeNull++;
    if (b[i + 1] === 0) ungeradeNull++;
  }
  const paare = n / 2;
  if (ungeradeNull > paare * 0.6 && geradeNull < paare * 0.1) return 'utf-16le';
  if (geradeNull > paare * 0.6 && ungeradeNull < paare * 0.1) return 'utf-16be';
  return null;
}

function utf16(b: Uint8Array, kodierung: 'utf-16le' | 'utf-16be', von: number): Dekodiert {
  if ((b.length - von) % 2 !== 0) return { ok: false, line: 1, message: `${kodierung.toUpperCase()}: ungerade Zahl von Bytes – Datei abgeschnitten?` };
  try {
    const text = new TextDecoder(kodierung, { fatal: true }).decode(b.subarray(von));
    if (text.includes('\u0000')) return { ok: false, line: text.slice(0, text.indexOf('\u0000')).split('\n').length, message: 'enthält ein Nullzeichen (keine Textdatei?)' };
    return { ok: true, text, kodierung };
  } catch {
    return { ok: false, line: 1, message: `kein gültiges ${kodierung.toUpperCase()} (ungepaartes Ersatzzeichen)` };
  }
}

export function dekodieren(b: Uint8Array): Dekodiert {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const { fehler } = utf8Pruefen(b, 3);
    if (fehler >= 0) return { ok: false, line: zeileVon(b, fehler), message: `Byte ${hex(b[fehler] as number)} ist kein gültiges UTF-8, obwohl die Datei mit einer UTF-8-Markierung (BOM) beginnt` };
    return { ok: true, text: new TextDecoder('utf-8').decode(b.subarray(3)), kodierung: 'utf-8' };
  }
  if (b[0] === 0xff && b[1] === 0xfe) return utf16(b, 'utf-16le', 2);
  if (b[0] === 0xfe && b[1] === 0xff) return utf16(b, 'utf-16be', 2);
  const ohneBom = utf16OhneBom(b);
  if (ohneBom) return utf16(b, ohneBom, 0);
  const { fehler, mehrbyte } = utf8Pruefen(b, 0);
  const nul = b.indexOf(0);
  if (nul >= 0) return { ok: false, line: zeileVon(b, nul), message: 'enthält ein Nullzeichen (Byte 0x00) – keine Textdatei?' };
  if (fehler < 0) return { ok: true, text: new TextDecoder('utf-8').decode(b), kodierung: 'utf-8' };
  if (mehrbyte)
    return {
      ok: false,
      line: zeileVon(b, fehler),
      message: `gemischte Kodierung: Byte ${hex(b[fehler] as number)} ist kein UTF-8, andere Zeilen sind UTF-8 – Datei einheitlich als UTF-8 speichern`,
    };
  for (let i = 0; i < b.length; i++)
    if (CP1252_LEER.has(b[i] as number)) return { ok: false, line: zeileVon(b, i), message: `Byte ${hex(b[i] as number)} ist weder UTF-8 noch ein Zeichen in Windows-1252 – Kodierung unbekannt` };
  return { ok: true, text: new TextDecoder('windows-1252').decode(b), kodierung: 'windows-1252' };
}
