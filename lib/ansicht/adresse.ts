/**
 * In the browser: the address's query or fragment replaced in place (no new history entry), and
 * everything that shows a view of it told (the event ADRESSE_GEAENDERT on window): the chart
 * cards' selectors (components/useUrlTeil.ts) and the frame script's tables write through here.
 */
export const ADRESSE_GEAENDERT = 'atlas:adresse';

export function adresseErsetzen(teil: 'search' | 'hash', wert: string): void {
  if (wert !== window.location[teil]) {
    const { pathname, search, hash } = window.location;
    // No state of ours: the framework's router (where it runs) keeps its own in what it is given.
    window.history.replaceState(null, '', teil === 'search' ? `${pathname}${wert}${hash}` : `${pathname}${search}${wert}`);
  }
  window.dispatchEvent(new Event(ADRESSE_GEAENDERT));
}
