/**
 * In the browser: the behaviour of the header's search (components/suche/SuchFeld.tsx), a
 * combobox after the ARIA 1.2 pattern over the prebuilt index, loaded on first focus. Arrow keys
 * choose, Enter opens the chosen entry (or, with none chosen, the search page), Escape closes
 * the list and, pressed again, empties the field.
 */
import { suchen, trefferText, type Art, type Eintrag, type TrefferTexte } from '@/lib/suche/suche';
import { suchIndexLaden } from './suchindex';

/** The texts the markup carries for the script (data-texte). */
export interface SuchTexte {
  arten: Record<Art, string>;
  treffer: TrefferTexte;
}

const HOECHSTENS = 8;
/** A context line longer than this is cut, so an entry stays two lines. */
const ZEILE = 70;

export function suchFeld(form: HTMLFormElement): void {
  const feld = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  const liste = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  if (!feld || !liste || !status) return;
  const texte = JSON.parse(form.dataset.texte ?? '{}') as SuchTexte;
  let index: Eintrag[] | null = null;
  let laedt = false;
  let offen = false;
  let aktiv = -1;
  let treffer: Eintrag[] = [];
  const sichtbar = () => offen && feld.value.trim() !== '' && index !== null;
  const oeffnen = (e: Eintrag) => window.location.assign(e.u);

  const option = (e: Eintrag, i: number) => {
    const li = document.createElement('li');
    li.id = `${feld.id}-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === aktiv));
    if (i === aktiv) li.className = 'aktiv';
    const titel = document.createElement('span');
    titel.className = 'suche-titel';
    titel.textContent = e.t;
    const art = document.createElement('span');
    art.className = 'suche-art';
    art.textContent = `${texte.arten[e.a]}${e.z ? ` · ${e.z.length > ZEILE ? `${e.z.slice(0, ZEILE - 1)}…` : e.z}` : ''}`;
    li.append(titel, art);
    // Keeps the focus in the field, so the list does not close before the click.
    li.addEventListener('mousedown', (ev) => ev.preventDefault());
    li.addEventListener('click', () => oeffnen(e));
    return li;
  };

  const zeigen = () => {
    treffer = index ? suchen(index, feld.value, HOECHSTENS) : [];
    const mitListe = sichtbar() && treffer.length > 0;
    liste.hidden = !mitListe;
    feld.setAttribute('aria-expanded', String(mitListe));
    if (sichtbar() && aktiv >= 0) feld.setAttribute('aria-activedescendant', `${feld.id}-${aktiv}`);
    else feld.removeAttribute('aria-activedescendant');
    liste.textContent = '';
    for (let i = 0; i < treffer.length; i++) liste.append(option(treffer[i] as Eintrag, i));
    status.textContent = sichtbar() ? trefferText(texte.treffer, treffer.length) : '';
  };

  const laden = () => {
    if (index || laedt) return;
    laedt = true;
    void suchIndexLaden(form.dataset.index ?? '').then((e) => {
      index = e;
      laedt = false;
      zeigen();
    });
  };

  feld.addEventListener('focus', () => {
    laden();
    offen = true;
    zeigen();
  });
  feld.addEventListener('blur', () =>
    setTimeout(() => {
      offen = false;
      zeigen();
    }, 150),
  );
  feld.addEventListener('input', () => {
    aktiv = -1;
    offen = true;
    zeigen();
  });
  feld.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && treffer.length) {
      e.preventDefault();
      offen = true;
      aktiv = (aktiv + 1) % treffer.length;
    } else if (e.key === 'ArrowUp' && treffer.length) {
      e.preventDefault();
      aktiv = aktiv <= 0 ? treffer.length - 1 : aktiv - 1;
    } else if (e.key === 'Escape') {
      // Not the browser's own clearing of a search field: first close, then clear.
      e.preventDefault();
      if (sichtbar()) offen = false;
      else feld.value = '';
      aktiv = -1;
    } else return;
    zeigen();
  });
  form.addEventListener('submit', (e) => {
    const t = treffer[aktiv];
    if (t) {
      e.preventDefault();
      oeffnen(t);
    }
  });
}
