import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/**
 * "Link kopieren": the page's address with this view (query string) and this chart (fragment).
 * Where the clipboard is not available the link is shown in a field to copy by hand. Static
 * markup: the frame script (components/rahmen/kopieren.ts) copies, so a page needs no framework
 * runtime for it; it alone fills the status line.
 */
export function LinkKopieren({ id, sprache = 'de' }: { id: string; sprache?: Sprache }) {
  const w = diagramm(sprache);
  return (
    <>
      <button type="button" data-rahmen="link-kopieren" data-ziel={id} data-erledigt={w.linkKopiert} data-testid="link-kopieren">
        {w.linkKopieren}
      </button>
      <span role="status" className="sr-only" dangerouslySetInnerHTML={{ __html: '' }} />
      <input className="link-feld" readOnly hidden aria-label={w.linkFeld} data-rahmen="auswaehlen" data-testid="link-feld" />
    </>
  );
}
