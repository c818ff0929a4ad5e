import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import type { SuchTexte } from '@/components/rahmen/suchfeld';

/**
 * The header's search: a combobox (ARIA 1.2 pattern) over the prebuilt index, loaded on first
 * focus from this site (/suche.json), so it works offline and sends nothing anywhere. Arrow keys
 * choose, Enter opens, Escape closes; without JavaScript the form opens the search page.
 * Static markup: its behaviour comes from the frame script (components/rahmen/suchfeld.ts), so a
 * page needs no framework runtime for it. The list and the status are filled by that script only
 * (React does not compare their content when a page with the runtime hydrates).
 */
export function SuchFeld({ sprache = 'de' }: { sprache?: Sprache }) {
  const w = diagramm(sprache).suche;
  const texte: SuchTexte = { arten: w.arten, treffer: w.treffer };
  return (
    <form role="search" className="suche" action={sprache === 'de' ? '/suche/' : '/en/suche/'} method="get" aria-label={w.label} data-rahmen="suche" data-index={sprache === 'de' ? '/suche.json' : '/en/suche.json'} data-texte={JSON.stringify(texte)}>
      <label htmlFor="suche-feld" className="sr-only">
        {w.label}
      </label>
      <input id="suche-feld" type="search" name="q" autoComplete="off" placeholder={w.platzhalter} role="combobox" aria-expanded="false" aria-controls="suche-liste" aria-autocomplete="list" data-testid="suche-feld" />
      <ul id="suche-liste" role="listbox" aria-label={w.label} className="suche-liste" hidden data-testid="suche-liste" dangerouslySetInnerHTML={{ __html: '' }} />
      <span className="sr-only" role="status" aria-live="polite" dangerouslySetInnerHTML={{ __html: '' }} />
    </form>
  );
}
