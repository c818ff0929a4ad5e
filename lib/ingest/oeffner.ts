import { closeSync, writeSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { Sendung, wartenBis } from '../faden';

/**
 * The thread that creates files: for each request it makes the file's folder and opens the file
 * for writing, and puts the descriptor + 1 into the request's slot (-1 when it failed, with the
 * reason sent through `fehler`). Descriptors belong to the process, so the caller writes to them.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { fehler } = workerData;
const faecher = new Int32Array(workerData.faecher);
parentPort.on('message', (anfragen) => {
  for (const { nr, pfad } of anfragen) {
    let wert;
    try {
      fs.mkdirSync(path.dirname(pfad), { recursive: true });
      wert = fs.openSync(pfad, 'w') + 1;
    } catch (e) {
      fehler.postMessage({ nr, text: String((e && e.message) || e) });
      wert = -1;
    }
    const i = nr % faecher.length;
    Atomics.store(faecher, i, wert);
    Atomics.notify(faecher, i);
  }
});
`;

/** Slots for descriptors on their way: at most this many files wait for theirs. */
const FAECHER = 512;
/** Paths sent to the thread at most in one message. */
const ANFRAGEN_JE_SENDUNG = 16;
/** Bytes written to files that wait for their descriptor, before the writer waits. */
const PUFFER_HOECHSTENS = 16 << 20;
/** A part this large waits for its file instead of waiting in memory. */
const GROSS = 1 << 20;

interface Datei {
  nr: number;
  fd: number | null;
  /** Parts written before the descriptor came. */
  wartend: Uint8Array[];
  /** Closed by the caller before the descriptor came. */
  zu: boolean;
}

const allesSchreiben = (fd: number, b: Uint8Array) => {
  let n = 0;
  while (n < b.length) n += writeSync(fd, b, n, b.length - n);
};

/**
 * Creates files in a thread of its own while the caller goes on: on this kind of disk creating
 * a file costs more than writing 50 KB into it, and the ingest creates ten thousand. `oeffnen`
 * returns at once; what is written before the file exists waits in memory (bounded), is written
 * as soon as it does, and a file closed before is closed then. `fertig` waits for every file and
 * reports the first that could not be created; `beenden` ends the thread and closes what is open.
 */
export class Oeffner {
  private readonly thread: Worker;
  private readonly fehler: MessagePort;
  private readonly faecher = new Int32Array(new SharedArrayBuffer(4 * FAECHER));
  private naechste = 0;
  /** Files without their descriptor yet, oldest first (the thread opens in order). */
  private ohneFd: Datei[] = [];
  /** Files with a descriptor the caller has not closed. */
  private readonly offen = new Set<Datei>();
  private gepuffert = 0;
  /** Paths not sent to the thread yet: they go a few at once (a message costs more than an open). */
  private readonly anfragen: Sendung<{ nr: number; pfad: string }>;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.fehler = port1;
    // The descriptors are handed over: the thread must not close them when it ends (by default
    // a Worker closes every descriptor it opened, by then perhaps a number reused elsewhere).
    this.thread = new Worker(THREAD, { eval: true, trackUnmanagedFds: false, workerData: { fehler: port2, faecher: this.faecher.buffer }, transferList: [port2] });
    this.thread.unref();
    this.anfragen = new Sendung(this.thread, ANFRAGEN_JE_SENDUNG);
  }

  /** Opens `pfad` (absolute; its folder is made) for writing; see the class. */
  oeffnen(pfad: string): { schreiben(b: Uint8Array): void; schliessen(): void } {
    this.nachholen(false);
    while (this.ohneFd.length >= FAECHER || this.gepuffert > PUFFER_HOECHSTENS) this.nachholen(true);
    const d: Datei = { nr: this.naechste++, fd: null, wartend: [], zu: false };
    this.ohneFd.push(d);
    this.anfragen.anstellen({ nr: d.nr, pfad });
    return {
      schreiben: (b) => {
        if (d.fd === null) this.nachholen(false);
        // A large part is worth the wait for its file (a fraction of a millisecond): it is not held.
        while (d.fd === null && b.length >= GROSS) this.nachholen(true);
        if (d.fd !== null) allesSchreiben(d.fd, b);
        else {
          d.wartend.push(b);
          this.gepuffert += b.length;
        }
      },
      schliessen: () => {
        if (d.fd === null) this.nachholen(false);
        if (d.fd === null) d.zu = true;
        else this.zumachen(d);
      },
    };
  }

  /** Waits until every file is created, written and closed (as far as its caller closed it). */
  fertig(): void {
    while (this.ohneFd.length) this.nachholen(true);
  }

  /** Ends the thread: waits for the files on their way and closes every descriptor still open (after a failure, all of them); never throws. */
  beenden(): void {
    for (const d of this.ohneFd) {
      const i = d.nr % FAECHER;
      try {
        this.warten(i);
      } catch {
        break; // the thread is gone: it opens nothing more
      }
      const wert = Atomics.exchange(this.faecher, i, 0);
      if (wert > 0) this.offen.add({ ...d, fd: wert - 1 });
    }
    this.ohneFd = [];
    for (const d of this.offen) {
      try {
        closeSync(d.fd as number);
      } catch {
        /* already gone */
      }
    }
    this.offen.clear();
    void this.thread.terminate();
  }

  /** Takes the descriptors that have come, oldest first; with `warten`, waits for the oldest one. */
  private nachholen(warten: boolean): void {
    while (this.ohneFd.length) {
      const d = this.ohneFd[0] as Datei;
      const i = d.nr % FAECHER;
      if (Atomics.load(this.faecher, i) === 0) {
        if (!warten) return;
        this.warten(i);
        warten = false;
      }
      const wert = Atomics.exchange(this.faecher, i, 0);
      this.ohneFd.shift();
      if (wert < 0) throw new Error(this.grund(d.nr));
      d.fd = wert - 1;
      this.offen.add(d);
      for (const b of d.wartend) {
        allesSchreiben(d.fd, b);
        this.gepuffert -= b.length;
      }
      d.wartend = [];
      if (d.zu) this.zumachen(d);
    }
  }

  private zumachen(d: Datei): void {
    this.offen.delete(d);
    closeSync(d.fd as number);
  }

  private grund(nr: number): string {
    for (let m = receiveMessageOnPort(this.fehler); m; m = receiveMessageOnPort(this.fehler)) {
      const f = m.message as { nr: number; text: string };
      if (f.nr === nr) return f.text;
    }
    return 'Datei ließ sich nicht anlegen';
  }

  /** Blocks until slot `i` is filled, after sending the paths not yet sent. */
  private warten(i: number): void {
    this.anfragen.abschicken();
    wartenBis(this.faecher, i, (n) => n !== 0, 'Dateien anlegen: der Faden steht still');
  }
}
