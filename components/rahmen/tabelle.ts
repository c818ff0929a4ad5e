/**
 * In the browser: sorting the tables of a page (components/charts/shared/SortierbareTabelle.tsx)
 * by a column's header button: ascending, descending, the table's own order. The order is kept
 * in the address (`?<id>.sort=<spalte>:<auf|ab>`) and applied when the page opens, aria-sort
 * marks the column and a status line says the order; a value from the address that is no order
 * of this table is reported (the table stays in its own order).
 *
 * The rows are moved in the document, so screen readers read them in the order seen. Inside a
 * part React renders again (a chart card whose selection changes), the table comes back in its own
 * order: on pages with the runtime, a change to a table's rows is sorted again.
 */
import { feldLesen, felderSchreiben } from '@/lib/ansicht/url';
import { adresseErsetzen } from '@/lib/ansicht/adresse';
import { naechste, reihenfolge, sortLesen, sortSchreiben, werteLesen } from '@/lib/tabelle/sortieren';
import { einsetzen, kuerzen } from '@/lib/text/vorlage';
import { hatLaufzeit, nachHydrierung } from './hydrierung';
import { knopf } from './knopf';

const TABELLE = 'table[data-rahmen="tabelle"]';

const kopfzellen = (t: HTMLTableElement): HTMLTableCellElement[] => [...(t.tHead?.rows[0]?.cells ?? [])];
const gelesen = (t: HTMLTableElement) =>
  sortLesen(
    feldLesen(window.location.search, t.dataset.id ?? '', 'sort'),
    kopfzellen(t).map((th) => th.dataset.spalte ?? ''),
  );

/** The table in the order of the address, with its header marks, status line and notice. */
function anwenden(t: HTMLTableElement): void {
  const { sort, falsch } = gelesen(t);
  const spalten = kopfzellen(t).map((th) => th.dataset.spalte ?? '');
  const sprache = document.documentElement.lang || 'de';
  for (const tb of t.tBodies) {
    const reihen = [...tb.rows].map((el) => ({ el, ordnung: Number(el.dataset.ordnung), werte: werteLesen(el.dataset.werte), fest: el.hasAttribute('data-fest') }));
    const neu = reihenfolge(reihen, spalten, sort, sprache);
    if (neu.some((r, i) => r.el !== tb.rows[i])) for (const r of neu) tb.append(r.el);
  }
  let label = '';
  for (const th of kopfzellen(t)) {
    if (!sort || sort.spalte !== th.dataset.spalte) {
      th.removeAttribute('aria-sort');
      continue;
    }
    label = th.textContent?.trim() ?? '';
    th.setAttribute('aria-sort', sort.richtung === 'auf' ? 'ascending' : 'descending');
  }
  const id = t.dataset.id ?? '';
  const ansage = document.getElementById(`${id}-sortansage`);
  const text = sort && label ? einsetzen(ansage?.dataset[sort.richtung] ?? '', { spalte: label }) : '';
  if (ansage && ansage.textContent !== text) ansage.textContent = text;
  const hinweis = document.getElementById(`${id}-sortfalsch`);
  if (hinweis) {
    hinweis.textContent = falsch === undefined ? '' : einsetzen(hinweis.dataset.vorlage ?? '', { wert: kuerzen(falsch) });
    hinweis.hidden = falsch === undefined;
  }
}

const alle = (wurzel: ParentNode) => wurzel.querySelectorAll<HTMLTableElement>(TABELLE);

export function tabellen(dokument: Document): void {
  // React's rows change only after it owns them: the order of the address waits for that.
  nachHydrierung(() => {
    // As it comes, a table is in its own order and unmarked: only one the address sorts needs
    // its rows read and moved (on a long page that reading is most of the frame's start).
    for (const t of alle(dokument)) if (feldLesen(window.location.search, t.dataset.id ?? '', 'sort') !== undefined) anwenden(t);
    // Only where React renders again (pages with the runtime): its changes to a table are sorted again.
    if (!hatLaufzeit()) return;
    const betroffen = (r: MutationRecord) => r.target instanceof Element && (r.target.closest(TABELLE) ?? [...r.addedNodes].some((n) => n instanceof Element && (n.matches(TABELLE) || alle(n).length > 0)));
    const beobachter = new MutationObserver((aenderungen) => {
      if (!aenderungen.some(betroffen)) return;
      alle(dokument).forEach(anwenden);
      beobachter.takeRecords();
    });
    beobachter.observe(dokument.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-werte', 'data-ordnung', 'data-spalte'] });
  });
  dokument.addEventListener('click', (e) => {
    const b = knopf(e, 'sortieren');
    const t = b?.closest<HTMLTableElement>(TABELLE);
    const spalte = b?.closest('th')?.dataset.spalte;
    if (!t || spalte === undefined) return;
    nachHydrierung(() => {
      const sort = naechste(gelesen(t).sort, spalte);
      adresseErsetzen('search', felderSchreiben(window.location.search, t.dataset.id ?? '', { sort: sortSchreiben(sort) }, {}));
      anwenden(t);
    });
  });
}
