/**
 * In the browser: the framework's runtime of a page that needs it only on request (lib/laufzeit,
 * mitLaufzeitAufAbruf) — chart cards whose static HTML is their default view. It is loaded at once
 * for a view from a link (the address has a query), otherwise on the reader's first intent
 * (pointer, touch, key, focus). A choice made before React runs is written to the address under
 * the control's name (a card's `<karte>.<feld>`, or the map's own parameters); React shows that
 * view once it has hydrated, as for a link. A button pressed before then, or a select whose
 * choice is no parameter of its own, acts once React runs. The page's payload (a file of its
 * own, `data-nutzlast`) and the scripts download side by side; the scripts run once it is there.
 * A reader who only reads never pays for the runtime.
 */
import { adresseErsetzen } from '@/lib/ansicht/adresse';
import { parameterSchreiben } from '@/lib/ansicht/url';
import { LAUFZEIT_META } from '@/lib/laufzeit/laufzeit';
import { istHydriert, nachHydrierung } from './hydrierung';

const ABSICHT = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

export function laufzeitAufAbruf(dokument: Document): void {
  const meta = dokument.querySelector<HTMLMetaElement>(`meta[name="${LAUFZEIT_META}"]`);
  if (!meta) return;
  let geladen = false;
  let vorgeladen = false;
  const quellen = meta.content.split(' ').filter(Boolean);
  const skripte = () => {
    for (const src of quellen) {
      const s = dokument.createElement('script');
      s.src = src;
      s.async = true;
      dokument.head.append(s);
    }
  };
  // The scripts download while the payload comes (no round trip more than with it inline); they
  // run only once it is there.
  const vorladen = () => {
    if (vorgeladen) return;
    vorgeladen = true;
    for (const src of quellen) {
      const l = dokument.createElement('link');
      l.rel = 'preload';
      l.as = 'script';
      l.href = src;
      dokument.head.append(l);
    }
  };
  const laden = () => {
    if (geladen) return;
    geladen = true;
    const nutzlast = meta.dataset.nutzlast;
    if (!nutzlast) return skripte();
    vorladen();
    // The payload first (the runtime reads it as it starts); if it cannot be had, the page stays
    // as it is and the reader's next intent tries again.
    nutzlastHolen(nutzlast).then(skripte, () => {
      geladen = false;
    });
  };
  if (window.location.search) laden();
  for (const typ of ABSICHT) dokument.addEventListener(typ, laden, { passive: true, capture: true });
  // What the reader did before React ran, done again once it has hydrated, in order, each in a
  // task of its own (React has rendered the one before).
  const warteschlange: (() => void)[] = [];
  const abarbeiten = () => {
    warteschlange.shift()?.();
    if (warteschlange.length) setTimeout(abarbeiten, 0);
  };
  const nachholen = (f: () => void) => {
    warteschlange.push(f);
    laden();
    if (warteschlange.length === 1) nachHydrierung(abarbeiten);
  };
  // Until React has hydrated and shows the address's view (data-hydriert), a choice is the
  // frame's alone, taken before React's own handler (capture, first): React would read it
  // against the default view it hydrates, or reset the control while hydrating it.
  dokument.addEventListener(
    'change',
    (e) => {
      if (istHydriert()) return;
      const ziel = e.target;
      // A select whose choice is no parameter of its own (data-nachholen) is chosen again then.
      if (ziel instanceof HTMLSelectElement && ziel.hasAttribute('data-nachholen')) {
        e.stopImmediatePropagation();
        const wert = ziel.value;
        return nachholen(() => {
          if (!ziel.isConnected) return;
          ziel.value = wert;
          ziel.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
      const wahl = gewaehlt(ziel);
      if (!wahl) return;
      e.stopImmediatePropagation();
      // Written even where it is the static HTML's choice (no defaults given): a view's default
      // may depend on its other choices (another level, other measures), which only React knows.
      const schreiben = () => adresseErsetzen('search', parameterSchreiben(window.location.search, { [wahl.name]: wahl.wert }));
      schreiben();
      // And once more after hydrating: the framework's router puts back the address it started
      // with while React hydrates, which drops a choice made after the runtime began to run.
      nachholen(schreiben);
    },
    { capture: true },
  );
  // A button whose action needs the runtime (data-nachholen) and is pressed before React runs
  // acts once React has hydrated, as if pressed then.
  dokument.addEventListener(
    'click',
    (e) => {
      const knopf = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-nachholen]') : null;
      if (!knopf || istHydriert()) return;
      e.stopImmediatePropagation();
      e.preventDefault();
      nachholen(() => knopf.isConnected && knopf.click());
    },
    { capture: true },
  );
}

/**
 * The page's payload (lib/laufzeit, mitLaufzeitAufAbruf: its pushes as one JSON list) where the
 * framework's runtime looks for it, as if the page had pushed it inline.
 */
async function nutzlastHolen(adresse: string): Promise<void> {
  const antwort = await fetch(adresse);
  if (!antwort.ok) throw new Error(`${adresse}: ${antwort.status}`);
  const eintraege: unknown = await antwort.json();
  if (!Array.isArray(eintraege)) throw new Error(`${adresse}: keine Liste`);
  const fenster = window as unknown as { __next_f?: unknown[] };
  const ziel = (fenster.__next_f ??= []);
  for (const eintrag of eintraege as unknown[]) ziel.push(eintrag);
}

/**
 * The address parameter and value of a control the reader changed: a select named by its
 * parameter (Auswahl's `name`), or a slider over a list of values (`data-werte`, JSON) whose
 * position picks one. Anything else is none of the frame's business.
 */
function gewaehlt(ziel: EventTarget | null): { name: string; wert: string } | null {
  if (ziel instanceof HTMLSelectElement && ziel.name) return { name: ziel.name, wert: ziel.value };
  if (!(ziel instanceof HTMLInputElement) || ziel.type !== 'range' || !ziel.name) return null;
  let werte: unknown;
  try {
    werte = JSON.parse(ziel.dataset.werte ?? '[]');
  } catch {
    return null;
  }
  const wert = Array.isArray(werte) ? (werte as unknown[])[Number(ziel.value)] : undefined;
  return typeof wert === 'string' ? { name: ziel.name, wert } : null;
}
