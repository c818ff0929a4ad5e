/**
 * In the browser: the names on a map that would cover a more important one are hidden, and
 * shown again where there is room (lib/karte/beschriftung). Each name is a `span[data-rang]`
 * inside `.karte-label` (0 = the largest area), on the static map and on the interactive one.
 */
import { freieBeschriftungen } from '@/lib/karte/beschriftung';

export function beschriftungenOrdnen(karte: ParentNode): void {
  const namen = [...karte.querySelectorAll<HTMLElement>('.karte-label > span[data-rang]')].sort((a, b) => Number(a.dataset.rang) - Number(b.dataset.rang));
  const kaesten = namen.map((n) => {
    const r = n.getBoundingClientRect();
    return { links: r.left, oben: r.top, rechts: r.right, unten: r.bottom };
  });
  freieBeschriftungen(kaesten).forEach((frei, i) => namen[i]?.classList.toggle('verdeckt', !frei));
}

/** The static maps of a page (shown until the interactive map has drawn): ordered now and whenever the window's size changes. */
export function kartenBeschriftungen(dokument: Document): void {
  const karten = [...dokument.querySelectorAll<HTMLElement>('.karte-statisch')];
  if (karten.length === 0) return;
  const ordnen = () => karten.forEach((k) => k.isConnected && beschriftungenOrdnen(k));
  ordnen();
  let geplant = false;
  window.addEventListener('resize', () => {
    if (geplant) return;
    geplant = true;
    requestAnimationFrame(() => {
      geplant = false;
      ordnen();
    });
  });
}
