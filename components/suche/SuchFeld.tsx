'use client';

import { useId, useRef, useState } from 'react';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { suchen, type Eintrag } from '@/lib/suche/suche';

/**
 * The header's search: a combobox (ARIA 1.2 pattern) over the prebuilt index, loaded on first
 * focus from this site (/suche.json), so it works offline and sends nothing anywhere. Arrow keys
 * choose, Enter opens, Escape closes; without JavaScript the form opens the search page.
 */
export function SuchFeld({ sprache = 'de' }: { sprache?: Sprache }) {
  const w = diagramm(sprache).suche;
  const id = useId();
  const [index, setIndex] = useState<Eintrag[] | null>(null);
  const [anfrage, setAnfrage] = useState('');
  const [offen, setOffen] = useState(false);
  const [aktiv, setAktiv] = useState(-1);
  const laedt = useRef(false);
  const seite = sprache === 'de' ? '/suche/' : '/en/suche/';
  const laden = () => {
    if (index || laedt.current) return;
    laedt.current = true;
    fetch(sprache === 'de' ? '/suche.json' : '/en/suche.json')
      .then((r) => (r.ok ? (r.json() as Promise<Eintrag[]>) : []))
      .then(setIndex, () => setIndex([]))
      .finally(() => (laedt.current = false));
  };
  const treffer = index ? suchen(index, anfrage, 8) : [];
  const sichtbar = offen && anfrage.trim() !== '' && index !== null;
  const oeffnen = (e: Eintrag) => window.location.assign(e.u);
  return (
    <form role="search" className="suche" action={seite} method="get" aria-label={w.label} onSubmit={(e) => {
      const t = treffer[aktiv];
      if (t) {
        e.preventDefault();
        oeffnen(t);
      }
    }}>
      <label htmlFor={`${id}-q`} className="sr-only">
        {w.label}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        name="q"
        autoComplete="off"
        placeholder={w.platzhalter}
        role="combobox"
        aria-expanded={sichtbar && treffer.length > 0}
        aria-controls={`${id}-liste`}
        aria-autocomplete="list"
        aria-activedescendant={sichtbar && aktiv >= 0 ? `${id}-${aktiv}` : undefined}
        value={anfrage}
        data-testid="suche-feld"
        onFocus={() => {
          laden();
          setOffen(true);
        }}
        onBlur={() => setTimeout(() => setOffen(false), 150)}
        onChange={(e) => {
          setAnfrage(e.target.value);
          setAktiv(-1);
          setOffen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && treffer.length) {
            e.preventDefault();
            setOffen(true);
            setAktiv((a) => (a + 1) % treffer.length);
          } else if (e.key === 'ArrowUp' && treffer.length) {
            e.preventDefault();
            setAktiv((a) => (a <= 0 ? treffer.length - 1 : a - 1));
          } else if (e.key === 'Escape') {
            if (sichtbar) setOffen(false);
            else setAnfrage('');
            setAktiv(-1);
          }
        }}
      />
      <ul id={`${id}-liste`} role="listbox" aria-label={w.label} className="suche-liste" hidden={!sichtbar || treffer.length === 0} data-testid="suche-liste">
        {treffer.map((e, i) => (
          <li key={`${e.u}|${e.t}`} id={`${id}-${i}`} role="option" aria-selected={i === aktiv} className={i === aktiv ? 'aktiv' : undefined} onMouseDown={(ev) => ev.preventDefault()} onClick={() => oeffnen(e)}>
            <span className="suche-titel">{e.t}</span>
            <span className="suche-art">
              {w.arten[e.a]}
              {e.z ? ` · ${e.z.length > 70 ? `${e.z.slice(0, 69)}…` : e.z}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <span className="sr-only" role="status" aria-live="polite">
        {sichtbar ? w.treffer(treffer.length) : ''}
      </span>
    </form>
  );
}
