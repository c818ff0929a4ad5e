import { einbettCode } from '@/lib/bild/einbetten';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/**
 * "Einbetten": a dialog with the iframe code of this chart's embed page, ready to copy. Static
 * markup: the frame script (components/rahmen/kopieren.ts) opens, copies and closes, so a page
 * needs no framework runtime for it.
 */
export function EinbettenDialog({ url, titel, sprache = 'de' }: { url: string; titel: string; sprache?: Sprache }) {
  const w = diagramm(sprache);
  const code = einbettCode(url, titel);
  // One dialog per chart: its heading is named after the embed address, unique on the page.
  const kopfId = `einbetten-${url.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return (
    <>
      <button type="button" data-rahmen="dialog-oeffnen" data-testid="einbetten">
        {w.einbetten}
      </button>
      <dialog className="einbetten-dialog" aria-labelledby={kopfId} data-testid="einbetten-dialog">
        <h2 id={kopfId}>{w.einbettenTitel}</h2>
        <p>{w.einbettenText}</p>
        <textarea readOnly value={code} rows={8} aria-label={w.einbettenCode} data-rahmen="auswaehlen" data-testid="einbetten-code" />
        <div className="dialog-knoepfe">
          <button type="button" data-rahmen="code-kopieren" data-erledigt={w.kopiert}>
            {w.codeKopieren}
          </button>
          <button type="button" data-rahmen="dialog-schliessen">
            {w.schliessen}
          </button>
        </div>
      </dialog>
    </>
  );
}
