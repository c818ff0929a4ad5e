import { KennzahlKarte } from '@/components/kennzahlen/KennzahlKarte';
import { gesamtBestand } from '@/lib/daten/bestand';
import { loadKennzahlen, loadKommune, loadManifest, loadQuellen, loadKonzepte } from '@/lib/data';
import { ebenenNamen } from '@/lib/ebenen';
import { fmtAnzahl, fmtDatum } from '@/lib/format';
import type { Sprache } from '@/lib/i18n/sprache';
import { SprachLink } from '@/components/SprachLink';
import { woerter } from '@/lib/i18n/woerter';
import { themenMitDaten } from '@/lib/themen/seite';
import { zusammenfassung } from '@/lib/zusammenfassung';

/** The start page, in German (/) or English (/en/): key figures, sentences from the data, topics. */
export function Startseite({ sprache }: { sprache: Sprache }) {
  const w = woerter(sprache);
  const kommune = loadKommune();
  const { stand, kennzahlen } = loadKennzahlen();
  const quellen = new Map(loadQuellen().map((q) => [q.id, q]));
  const manifest = loadManifest();
  const b = gesamtBestand(Object.values(manifest.bestand));
  const g = kommune.gruppen.fluechtlinge?.[0];
  const gruppe = g && { ...g, label: sprache === 'en' ? (g.en?.label ?? g.label) : g.label };
  const saetze = zusammenfassung(kennzahlen, kommune.name, sprache, gruppe);
  // Level names are the municipality's (German) words; in English they stay as they are.
  const ebenen = (form: 'singular' | 'plural') => ebenenNamen(kommune.ebenen, form, w.start.und, sprache);
  const ziele = [
    ...themenMitDaten().map((t) => ({ pfad: `/themen/${t.id}/`, titel: w.thema[t.id].titel, text: w.thema[t.id].einleitung })),
    { pfad: '/karte/', titel: w.rahmen.karte, text: w.start.karteText(ebenen('singular')) },
    { pfad: '/gebiete/', titel: w.rahmen.gebiete, text: w.start.gebieteText(ebenen('plural')) },
    ...(loadKonzepte().length ? [{ pfad: '/konzept/', titel: w.konzept.titel, text: w.konzept.lead }] : []),
    { pfad: '/methodik/', titel: w.rahmen.methodik, text: w.start.methodikText },
  ];
  return (
    <div className="wrap">
      <section className="intro">
        <h1>{w.start.titel(kommune.name)}</h1>
        <p className="lead">
          {w.start.einleitung} <strong>{fmtDatum(stand, sprache)}</strong>.
        </p>
        <p className="leicht-link">
          <a href="/leichte-sprache/" data-testid="link-leichte-sprache" hrefLang="de">
            {w.start.leichteSprache}
          </a>
        </p>
      </section>
      {b.beispieldaten > 0 && (
        <aside className="hinweis" role="note" data-testid="hinweis-beispieldaten">
          <strong>{w.start.hinweis}:</strong> {kennzahlen.every((k) => !k.illustrativ) && `${w.start.nurAmtlich} `}
          {w.start.beispielHinweis(fmtAnzahl(b.beispieldaten, sprache))}
          {manifest.geometrie.schematisch && ` ${w.start.schematisch}`}
        </aside>
      )}
      <section className="zusammenfassung" aria-labelledby="kurz-titel" data-testid="zusammenfassung">
        <h2 id="kurz-titel">{w.start.kurz}</h2>
        <p>
          {saetze.map((s) => (
            <span key={s.text} className={s.illustrativ ? 'satz-ill' : undefined}>
              {s.text}{' '}
            </span>
          ))}
        </p>
      </section>
      <section aria-labelledby="kennzahlen-titel">
        <h2 id="kennzahlen-titel">{w.start.kennzahlen}</h2>
        <div className="kennzahlen" data-testid="kennzahlen">
          {kennzahlen.map((k) => (
            <KennzahlKarte key={k.id} k={k} quellen={quellen} sprache={sprache} />
          ))}
        </div>
      </section>
      <section aria-labelledby="themen-titel">
        <h2 id="themen-titel">{w.start.themen}</h2>
        <ul className="themen-links">
          {ziele.map((z) => (
            <li key={z.pfad}>
              <SprachLink pfad={z.pfad} sprache={sprache}>
                <strong>
                  {z.titel}
                </strong>
                <span>{z.text}</span>
              </SprachLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
