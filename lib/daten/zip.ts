import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** Largest size and offset a ZIP without ZIP64 can state. */
const ZIP_GRENZE = 0xffffffff;

/** zlib's default level: 8 % larger than level 9 for these CSVs, twice as fast. */
export const ZIP_STUFE = 6;

/** One file as the archive holds it: its name, CRC-32 and size, and its raw-deflated bytes. */
export interface ZipEintrag {
  name: string;
  crc: number;
  groesse: number;
  gepackt: Uint8Array;
}

/** One file packed for zipArchiv (the ingest packs its downloads beside its other work, lib/daten/packer.ts). */
export const gepackt = (name: string, daten: Uint8Array): ZipEintrag => ({ name, crc: crc32(daten), groesse: daten.length, gepackt: deflateRawSync(daten, { level: ZIP_STUFE }) });

/**
 * A ZIP archive (PKWARE APPNOTE 6.3, deflate, UTF-8 names) of the given packed files, in the
 * given order, with one fixed timestamp: the same files give the same bytes (written by the
 * ingest per release). Each entry's bytes go straight to `schreiben`. Throws, before writing past
 * it, when the archive would exceed what a ZIP without ZIP64 can hold.
 */
export function zipArchiv(dateien: Iterable<ZipEintrag>, schreiben: (teil: Uint8Array) => void, datum = new Date(Date.UTC(2000, 0, 1))): void {
  // DOS time and date of the timestamp (local fields, 2-second resolution).
  const zeit = (datum.getUTCHours() << 11) | (datum.getUTCMinutes() << 5) | Math.floor(datum.getUTCSeconds() / 2);
  const tag = ((datum.getUTCFullYear() - 1980) << 9) | ((datum.getUTCMonth() + 1) << 5) | datum.getUTCDate();
  const zuGross = () => new Error('ZIP: zu viele oder zu große Dateien für ein ZIP ohne ZIP64');
  const verzeichnis: Buffer[] = [];
  let versatz = 0;
  let anzahl = 0;
  for (const d of dateien) {
    anzahl += 1;
    const name = Buffer.from(d.name, 'utf8');
    const { gepackt, crc: pruef, groesse } = d;
    if (anzahl > 0xffff || groesse > ZIP_GRENZE || versatz + 30 + name.length + gepackt.length > ZIP_GRENZE) throw zuGross();
    // The fields local header and central directory share, from "version needed" to the name's length.
    const gemeinsam = (b: Buffer, at: number) => {
      b.writeUInt16LE(20, at); // version needed: 2.0
      b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      b.writeUInt16LE(8, at + 4); // deflate
      b.writeUInt16LE(zeit, at + 6);
      b.writeUInt16LE(tag, at + 8);
      b.writeUInt32LE(pruef, at + 10);
      b.writeUInt32LE(gepackt.length, at + 14);
      b.writeUInt32LE(groesse, at + 18);
      b.writeUInt16LE(name.length, at + 22);
    };
    const kopf = Buffer.alloc(30);
    kopf.writeUInt32LE(0x04034b50, 0);
    gemeinsam(kopf, 4);
    const eintrag = Buffer.alloc(46);
    eintrag.writeUInt32LE(0x02014b50, 0);
    eintrag.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    gemeinsam(eintrag, 6);
    eintrag.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    eintrag.writeUInt32LE(versatz, 42);
    schreiben(kopf);
    schreiben(name);
    schreiben(gepackt);
    verzeichnis.push(eintrag, name);
    versatz += kopf.length + name.length + gepackt.length;
  }
  const cd = Buffer.concat(verzeichnis);
  if (versatz + cd.length > ZIP_GRENZE) throw zuGross();
  const ende = Buffer.alloc(22);
  ende.writeUInt32LE(0x06054b50, 0);
  ende.writeUInt16LE(anzahl, 8);
  ende.writeUInt16LE(anzahl, 10);
  ende.writeUInt32LE(cd.length, 12);
  ende.writeUInt32LE(versatz, 16);
  schreiben(cd);
  schreiben(ende);
}

/** The files of a ZIP made by zipArchiv (or any deflate/stored ZIP without data descriptors), read via its central directory. */
export function zipLesen(zip: Buffer): { name: string; daten: Buffer }[] {
  const ende = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (ende < 0) throw new Error('ZIP: kein Inhaltsverzeichnis');
  const anzahl = zip.readUInt16LE(ende + 10);
  let p = zip.readUInt32LE(ende + 16);
  const out: { name: string; daten: Buffer }[] = [];
  for (let i = 0; i < anzahl; i++) {
    const methode = zip.readUInt16LE(p + 10);
    const groesse = zip.readUInt32LE(p + 20);
    const nl = zip.readUInt16LE(p + 28);
    const xl = zip.readUInt16LE(p + 30);
    const kl = zip.readUInt16LE(p + 32);
    const lokal = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nl).toString('utf8');
    const start = lokal + 30 + zip.readUInt16LE(lokal + 26) + zip.readUInt16LE(lokal + 28);
    const roh = zip.subarray(start, start + groesse);
    out.push({ name, daten: methode === 8 ? inflateRawSync(roh) : Buffer.from(roh) });
    p += 46 + nl + xl + kl;
  }
  return out;
}
