import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Schreiber } from '../ingest/ablage';
import { ZIP_STUFE, type ZipEintrag } from './zip';
import { Sendung, wartenBis } from '../faden';

/**
 * The thread that deflates: each file's parts are fed to a deflate stream of its own as they
 * come (zlib's output does not depend on how its input is cut), with a running CRC-32; a finished
 * file goes back through `zurueck`. `zaehler[0]` counts the bytes not yet taken by deflate,
 * `zaehler[1]` the files finished; any failure is reported as a file with `fehler`.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { zurueck, stufe } = workerData;
const zaehler = new Int32Array(workerData.zaehler);
const offen = new Map();
const fertig = (nachricht, uebergeben) => {
  zurueck.postMessage(nachricht, uebergeben);
  Atomics.add(zaehler, 1, 1);
  Atomics.notify(zaehler, 1);
};
const nehmen = (m) => {
  try {
    if (m.art === 'start') {
      const f = { name: m.name, crc: 0, groesse: 0, teile: [], stream: zlib.createDeflateRaw({ level: stufe }) };
      f.stream.on('data', (c) => f.teile.push(c));
      f.stream.on('error', (e) => fertig({ name: f.name, fehler: String(e && e.message) }));
      f.stream.on('end', () => {
        // One buffer of its own, handed over rather than copied.
        const gepackt = new Uint8Array(f.teile.reduce((n, c) => n + c.length, 0));
        let o = 0;
        for (const c of f.teile) {
          gepackt.set(c, o);
          o += c.length;
        }
        f.teile = [];
        fertig({ name: f.name, crc: f.crc, groesse: f.groesse, gepackt }, [gepackt.buffer]);
      });
      offen.set(m.id, f);
    } else if (m.art === 'teil') {
      const f = offen.get(m.id);
      const daten = new Uint8Array(m.daten);
      f.crc = zlib.crc32(daten, f.crc);
      f.groesse += daten.length;
      f.stream.write(daten, () => {
        Atomics.sub(zaehler, 0, daten.length);
        Atomics.notify(zaehler, 0);
      });
    } else {
      offen.get(m.id).stream.end();
      offen.delete(m.id);
    }
  } catch (e) {
    fertig({ name: String(m.id), fehler: String(e && e.message) });
  }
};
// Messages come in lists: small files' starts, bytes and ends many at once.
parentPort.on('message', (nachrichten) => nachrichten.forEach(nehmen));
`;

/** Parts are sent to the thread once this many bytes of a file have gathered (fewer, larger messages). */
const SAMMELN = 1 << 20;
/** Messages sent to the thread at most in one: small files go many at once. */
const NACHRICHTEN_JE_SENDUNG = 256;
/** How many bytes may wait for deflate before the writer waits: memory stays bounded when deflate is slower. */
const IM_FLUG_HOECHSTENS = 16 << 20;

/**
 * Packs files for a ZIP beside the caller's own work: a thread of its own deflates each file
 * while the caller builds the next (on two cores, compressing the release archive costs the
 * ingest almost no time). Synchronous for the caller: `mit` passes a file's parts on as they are
 * written (waiting only while too many bytes are unpacked), `eintraege` waits for every file.
 * Call `beenden` when done.
 */
export class Packer {
  private readonly thread: Worker;
  private readonly zurueck: MessagePort;
  private readonly zaehler = new Int32Array(new SharedArrayBuffer(8));
  private dateien = 0;
  private readonly fertig = new Map<string, ZipEintrag>();
  /** Messages not sent yet: small files' starts, bytes and ends go many in one. */
  private readonly sendung: Sendung<object>;

  constructor(stufe = ZIP_STUFE) {
    const { port1, port2 } = new MessageChannel();
    this.zurueck = port1;
    this.thread = new Worker(THREAD, { eval: true, workerData: { zurueck: port2, stufe, zaehler: this.zaehler.buffer }, transferList: [port2] });
    this.thread.unref();
    this.sendung = new Sendung(this.thread, NACHRICHTEN_JE_SENDUNG, SAMMELN);
  }

  /** A Schreiber that writes to `ziel` and packs what it wrote as the file `name`. */
  mit(name: string, ziel: Schreiber): Schreiber {
    const id = this.dateien++;
    let teile: Uint8Array[] = [];
    let gesammelt = 0;
    this.sendung.anstellen({ art: 'start', id, name });
    const sammeln = () => {
      this.warten(0, (n) => n <= IM_FLUG_HOECHSTENS);
      // A copy of its own, handed over whole: parts may be views of a shared pool.
      const daten = new Uint8Array(gesammelt);
      let o = 0;
      for (const t of teile) {
        daten.set(t, o);
        o += t.length;
      }
      Atomics.add(this.zaehler, 0, gesammelt);
      this.sendung.anstellen({ art: 'teil', id, daten: daten.buffer }, daten.buffer);
      teile = [];
      gesammelt = 0;
    };
    return {
      schreiben: (teil) => {
        const b = typeof teil === 'string' ? Buffer.from(teil, 'utf8') : teil;
        ziel.schreiben(b);
        teile.push(b);
        gesammelt += b.length;
        if (gesammelt >= SAMMELN) sammeln();
      },
      schliessen: () => {
        ziel.schliessen();
        if (gesammelt) sammeln();
        this.sendung.anstellen({ art: 'ende', id });
      },
    };
  }

  /** Every file packed so far, by name, once the thread has finished them all. */
  eintraege(): Map<string, ZipEintrag> {
    this.warten(1, (n) => n >= this.dateien);
    for (let m = receiveMessageOnPort(this.zurueck); m; m = receiveMessageOnPort(this.zurueck)) {
      const e = m.message as ZipEintrag & { fehler?: string };
      if (e.fehler !== undefined) throw new Error(`ZIP: ${e.name} ließ sich nicht packen (${e.fehler})`);
      this.fertig.set(e.name, e);
    }
    return this.fertig;
  }

  beenden(): void {
    void this.thread.terminate();
  }

  /** Blocks until `genug` holds for counter `i` (after sending what is queued); throws when the thread stops making progress. */
  private warten(i: 0 | 1, genug: (n: number) => boolean): void {
    this.sendung.abschicken();
    wartenBis(this.zaehler, i, genug, 'ZIP: das Packen steht still');
  }
}
