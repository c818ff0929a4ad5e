/**
 * In the browser: the framework's runtime of a page that needs it only on request (lib/laufzeit,
 * mitLaufzeitAufAbruf) — chart cards whose static HTML is their default view. It is loaded at once
 * for a view from a link (the address has a query), otherwise on the reader's first intent
 * (pointer, touch, key, focus). A choice made before React runs is written to the address under
 * the control's name (a card's `<karte>.<feld>`, or the map's own parameters); React shows that
 * view once it has hydrated, as for a link. A button pressed before then acts once React runs.
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
  const laden = () => {
    if (geladen) return;
    geladen = true;
    for (const src of meta.content.split(' ').filter(Boolean)) {
      const s = dokument.createElement('script');
      s.src = src;
      s.async = true;
      dokument.head.append(s);
    }
  };
  if (window.location.search) return laden();
  for (const typ of ABSICHT) dokument.addEventListener(typ, laden, { once: true, passive: true, capture: true });
  // Until React has hydrated and shows the address's view (data-hydriert), a choice is the
  // frame's alone, taken before React's own handler (capture, first): React would read it
  // against the default view it hydrates, or reset the control while hydrating it.
  dokument.addEventListener(
    'change',
    (e) => {
      const wahl = gewaehlt(e.target);
      if (!wahl || istHydriert()) return;
      e.stopImmediatePropagation();
      // Written even where it is the static HTML's choice (no defaults given): a view's default
      // may depend on its other choices (another level, other measures), which only React knows.
      adresseErsetzen('search', parameterSchreiben(window.location.search, { [wahl.name]: wahl.wert }));
      laden();
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
      laden();
      nachHydrierung(() => knopf.isConnected && knopf.click());
    },
    { capture: true },
  );
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
