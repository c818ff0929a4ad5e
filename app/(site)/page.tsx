import { KennzahlKarte } from '@/components/kennzahlen/KennzahlKarte';
import { loadKennzahlen, loadKommune, loadManifest, loadQuellen } from '@/lib/data';
import Link from 'next/link';
import { fmtDatum } from '@/lib/format';
import { THEMEN } from '@/lib/themen/config';
import { zusammenfassung } from '@/lib/zusammenfassung';

export default function Startseite() {
  const kommune = loadKommune();
  const { stand, kennzahlen } = loadKennzahlen();
  const quellen = new Map(loadQuellen().map((q) => [q.id, q]));
  const manifest = loadManifest();
  const hatBeispiele = kennzahlen.some((k) => k.illustrativ);
  const saetze = zusammenfassung(kennzahlen, kommune.name);
  return (
    <div className="wrap">
      <section className="intro">
        <h1>Integration in {kommune.name} in Zahlen</h1>
        <p className="lead">
          Die wichtigsten Kennzahlen zu Bevölkerung, Migration und Zuwanderung – jede mit Stichtag, Quelle und Kennzeichnung, ob sie
          amtlich ist. Neuester Stand: <strong>{fmtDatum(stand)}</strong>.
        </p>
      </section>
      {hatBeispiele && (
        <aside className="hinweis" role="note" data-testid="hinweis-beispieldaten">
          <strong>Hinweis:</strong> Werte mit dem Zeichen <em>Beispieldaten</em> sind illustrativ: Sie sind mit den amtlichen Summen der
          Stadt konsistent erzeugt, aber keine echten Zahlen. Sie ersetzen sich, sobald die Stadt ihre eigenen Daten einspielt.
          {manifest.geometrie.schematisch && ' Die Gebietsgrenzen sind schematisch.'}
        </aside>
      )}
      <section className="zusammenfassung" aria-labelledby="kurz-titel" data-testid="zusammenfassung">
        <h2 id="kurz-titel">Kurz gesagt</h2>
        <p>
          {saetze.map((s) => (
            <span key={s.text}>
              {s.text}
              {s.illustrativ && <span className="badge badge-ill">Beispieldaten</span>}{' '}
            </span>
          ))}
        </p>
      </section>
      <section aria-labelledby="kennzahlen-titel">
        <h2 id="kennzahlen-titel">Kennzahlen</h2>
        <div className="kennzahlen" data-testid="kennzahlen">
          {kennzahlen.map((k) => (
            <KennzahlKarte key={k.id} k={k} quellen={quellen} />
          ))}
        </div>
      </section>
      <section aria-labelledby="themen-titel">
        <h2 id="themen-titel">Themen</h2>
        <ul className="themen-links">
          {THEMEN.map((t) => (
            <li key={t.id}>
              <Link href={`/themen/${t.id}/`}>
                <strong>{t.titel}</strong>
                <span>{t.einleitung}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link href="/karte/">
              <strong>Karte</strong>
              <span>Alle Kennzahlen nach {kommune.ebenen.sozialraum.singular} und {kommune.ebenen.wohnbereich.singular} auf der Karte.</span>
            </Link>
          </li>
          <li>
            <Link href="/gebiete/">
              <strong>Gebiete</strong>
              <span>Profile aller {kommune.ebenen.sozialraum.plural} und {kommune.ebenen.wohnbereich.plural}.</span>
            </Link>
          </li>
          <li>
            <Link href="/methodik/">
              <strong>Methodik</strong>
              <span>Begriffe, Quellen, Zeichen und Kennzeichnungen.</span>
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
