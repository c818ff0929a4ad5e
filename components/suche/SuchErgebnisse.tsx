'use client';

import { useUrlTeil } from '@/components/useUrlTeil';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { ARTEN, suchen, trefferText, type Eintrag } from '@/lib/suche/suche';

/** Results of ?q= on the search page (all of them, best first), or the whole index by kind when there is no query. */
export function SuchErgebnisse({ eintraege, sprache = 'de' }: { eintraege: Eintrag[]; sprache?: Sprache }) {
  const w = diagramm(sprache).suche;
  const [suche, setSuche] = useUrlTeil('search');
  const q = new URLSearchParams(suche).get('q') ?? '';
  const treffer = q.trim() ? suchen(eintraege, q, eintraege.length) : null;
  const eintrag = (e: Eintrag) => (
    <li key={`${e.u}|${e.t}`}>
      <a href={e.u}>{e.t}</a>
      <span className="suche-art">
        {' '}
        – {w.arten[e.a]}
        {e.z ? ` · ${e.z}` : ''}
      </span>
    </li>
  );
  return (
    <>
      <form role="search" method="get" className="suche-seite-form" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{w.label}</span>{' '}
          <input type="search" name="q" value={q} placeholder={w.platzhalter} data-testid="suche-seite-feld" onChange={(e) => setSuche(e.target.value ? `?q=${encodeURIComponent(e.target.value)}` : '')} />
        </label>
      </form>
      <p role="status" aria-live="polite" data-testid="suche-anzahl">
        {treffer ? trefferText(w.treffer, treffer.length) : w.alle}
      </p>
      {treffer ? (
        <ul className="suche-ergebnisse" data-testid="suche-ergebnisse">
          {treffer.map(eintrag)}
        </ul>
      ) : (
        ARTEN.map((a) => {
          const liste = eintraege.filter((e) => e.a === a);
          return liste.length ? (
            <section key={a} aria-labelledby={`art-${a}`}>
              <h2 id={`art-${a}`}>{w.arten[a]}</h2>
              <ul className="suche-ergebnisse">{liste.map(eintrag)}</ul>
            </section>
          ) : null;
        })
      )}
    </>
  );
}
