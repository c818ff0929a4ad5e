/**
 * In the browser: the download buttons of a chart or the map (components/charts/shared/
 * Herunterladen.tsx). The code that makes the files (components/rahmen/dateien.ts) is loaded
 * on the first click; an error (an image the browser could not draw) is said beside the buttons.
 */
import { knopf } from './knopf';

export function herunterladenKnoepfe(dokument: Document): void {
  dokument.addEventListener('click', (e) => {
    const b = knopf(e, 'herunterladen');
    const huelle = b?.closest<HTMLElement>('[data-auftrag]');
    if (!b || !huelle) return;
    const fehler = huelle.querySelector('[role="alert"]');
    if (fehler) fehler.textContent = '';
    import('./dateien')
      .then((m) => m.dateiMachen(huelle.dataset.auftrag, b.dataset.format))
      .catch((err: unknown) => {
        if (fehler) fehler.textContent = err instanceof Error ? err.message : String(err);
      });
  });
}
