/**
 * In the browser: the framework's runtime of a page that needs it only on request (lib/laufzeit,
 * mitLaufzeitAufAbruf) — chart cards whose static HTML is their default view. It is loaded at once
 * for a view from a link (the address has a query), otherwise on the reader's first intent
 * (pointer, touch, key, focus). A choice made in a card's select before React runs is written to
 * the address under the select's name (`<karte>.<feld>`); React shows that view once it has
 * hydrated, as for a link. A reader who only reads never pays for the runtime.
 */
import { adresseErsetzen } from '@/lib/ansicht/adresse';
import { felderSchreiben } from '@/lib/ansicht/url';
import { LAUFZEIT_META } from '@/lib/laufzeit/laufzeit';
import { istHydriert } from './hydrierung';

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
  // against the default view it hydrates, or reset the select while hydrating it.
  dokument.addEventListener(
    'change',
    (e) => {
      const auswahl = e.target;
      const punkt = auswahl instanceof HTMLSelectElement ? auswahl.name.lastIndexOf('.') : -1;
      if (!(auswahl instanceof HTMLSelectElement) || punkt < 1 || istHydriert()) return;
      e.stopImmediatePropagation();
      // Written even where it is the static HTML's choice (no defaults given): a card's default
      // may depend on its other choices (another level, other measures), which only React knows.
      const [karte, feld] = [auswahl.name.slice(0, punkt), auswahl.name.slice(punkt + 1)];
      adresseErsetzen('search', felderSchreiben(window.location.search, karte, { [feld]: auswahl.value }, {}));
      laden();
    },
    { capture: true },
  );
}
