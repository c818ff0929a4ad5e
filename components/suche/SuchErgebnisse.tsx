import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { ARTEN, type Eintrag } from '@/lib/suche/suche';
import type { SuchSeitenTexte } from '@/components/rahmen/suchseite';

/**
 * The search page's field and results. Static markup: everything the search finds, by kind (what
 * a reader without JavaScript sees); the frame script (components/rahmen/suchseite.ts) shows the
 * results of ?q= (all of them, best first) instead and keeps the query in the address. The result
 * list and the count are filled by that script only.
 */
export function SuchErgebnisse({ eintraege, sprache = 'de' }: { eintraege: Eintrag[]; sprache?: Sprache }) {
  const w = diagramm(sprache).suche;
  const texte: SuchSeitenTexte = { arten: w.arten, treffer: w.treffer, alle: w.alle };
  return (
    <div data-rahmen="suchseite" data-index={sprache === 'de' ? '/suche.json' : '/en/suche.json'} data-texte={JSON.stringify(texte)}>
      <form role="search" method="get" className="suche-seite-form">
        <label>
          <span>{w.label}</span> <input type="search" name="q" placeholder={w.platzhalter} data-testid="suche-seite-feld" />
        </label>
      </form>
      <p role="status" aria-live="polite" data-testid="suche-anzahl">
        {w.alle}
      </p>
      <ul className="suche-ergebnisse" data-testid="suche-ergebnisse" hidden dangerouslySetInnerHTML={{ __html: '' }} />
      <div className="suche-alle">
        {ARTEN.map((a) => {
          const liste = eintraege.filter((e) => e.a === a);
          return liste.length ? (
            <section key={a} aria-labelledby={`art-${a}`}>
              <h2 id={`art-${a}`}>{w.arten[a]}</h2>
              <ul className="suche-ergebnisse">
                {liste.map((e) => (
                  <li key={`${e.u}|${e.t}`}>
                    <a href={e.u}>{e.t}</a>
                    <span className="suche-art">
                      {' '}
                      – {w.arten[e.a]}
                      {e.z ? ` · ${e.z}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null;
        })}
      </div>
    </div>
  );
}
