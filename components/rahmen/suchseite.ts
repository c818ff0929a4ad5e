/**
 * In the browser: the search page (components/suche/SuchErgebnisse.tsx). With a query (?q=, or
 * typed) it shows all results, best first, instead of the list by kind, says how many, and keeps
 * the query in the address (a copied link shows the same results). The index comes from this
 * site (/suche.json), as for the header's search.
 */
import { suchen, trefferText, type Eintrag } from '@/lib/suche/suche';
import type { SuchTexte } from './suchfeld';
import { suchIndexLaden } from './suchindex';

export interface SuchSeitenTexte extends SuchTexte {
  /** What the count says without a query. */
  alle: string;
}

export function suchSeite(wurzel: HTMLElement): void {
  const feld = wurzel.querySelector<HTMLInputElement>('input[type="search"]');
  const anzahl = wurzel.querySelector<HTMLElement>('[role="status"]');
  const ergebnisse = wurzel.querySelector<HTMLUListElement>('[data-testid="suche-ergebnisse"]');
  const alle = wurzel.querySelector<HTMLElement>('.suche-alle');
  if (!feld || !anzahl || !ergebnisse || !alle) return;
  const texte = JSON.parse(wurzel.dataset.texte ?? '{}') as SuchSeitenTexte;
  let index: Eintrag[] | null = null;

  const eintrag = (e: Eintrag) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = e.u;
    a.textContent = e.t;
    const art = document.createElement('span');
    art.className = 'suche-art';
    art.textContent = ` – ${texte.arten[e.a]}${e.z ? ` · ${e.z}` : ''}`;
    li.append(a, art);
    return li;
  };
  const zeigen = () => {
    const q = feld.value;
    const treffer = q.trim() && index ? suchen(index, q, index.length) : null;
    alle.hidden = treffer !== null;
    ergebnisse.hidden = treffer === null;
    ergebnisse.textContent = '';
    for (const e of treffer ?? []) ergebnisse.append(eintrag(e));
    anzahl.textContent = treffer ? trefferText(texte.treffer, treffer.length) : texte.alle;
  };

  feld.value = new URLSearchParams(window.location.search).get('q') ?? '';
  feld.addEventListener('input', () => {
    const { pathname, hash } = window.location;
    window.history.replaceState(null, '', `${pathname}${feld.value ? `?q=${encodeURIComponent(feld.value)}` : ''}${hash}`);
    zeigen();
  });
  // The field's own form stays on this page: the results follow the typing.
  feld.form?.addEventListener('submit', (e) => e.preventDefault());
  void suchIndexLaden(wurzel.dataset.index ?? '').then((e) => {
    index = e;
    zeigen();
  });
}
