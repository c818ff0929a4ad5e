/** A thread that makes no progress for this long has failed (it may have died without a word). */
const STILLSTAND_MS = 120_000;

/**
 * Blocks the calling thread until `genug` holds for `zellen[i]`, which another thread changes
 * (and notifies); throws `meldung` when the value stays the same for STILLSTAND_MS.
 */
export function wartenBis(zellen: Int32Array, i: number, genug: (n: number) => boolean, meldung: string): void {
  let seit = Date.now();
  for (let n = Atomics.load(zellen, i); !genug(n); n = Atomics.load(zellen, i)) {
    if (Atomics.wait(zellen, i, n, 1000) !== 'timed-out') seit = Date.now();
    else if (Date.now() - seit > STILLSTAND_MS) throw new Error(meldung);
  }
}

/**
 * Messages to a thread, sent many in one (a message costs about as much as creating a file): the
 * queue goes as one message, a list, once it holds `hoechstens` messages or hands over
 * `bytesHoechstens` bytes, and whenever the caller is about to wait for the thread (`abschicken`).
 */
export class Sendung<T> {
  private liste: T[] = [];
  private uebergeben: ArrayBuffer[] = [];
  private bytes = 0;

  constructor(
    private readonly ziel: { postMessage(nachricht: T[], uebergeben: ArrayBuffer[]): void },
    private readonly hoechstens: number,
    private readonly bytesHoechstens = Infinity,
  ) {}

  /** Queues a message; `daten` is handed over to the thread with it (no longer usable here). */
  anstellen(nachricht: T, daten?: ArrayBuffer): void {
    this.liste.push(nachricht);
    if (daten) {
      this.uebergeben.push(daten);
      this.bytes += daten.byteLength;
    }
    if (this.bytes >= this.bytesHoechstens || this.liste.length >= this.hoechstens) this.abschicken();
  }

  /** Sends what is queued, if anything. */
  abschicken(): void {
    if (!this.liste.length) return;
    this.ziel.postMessage(this.liste, this.uebergeben);
    this.liste = [];
    this.uebergeben = [];
    this.bytes = 0;
  }
}
