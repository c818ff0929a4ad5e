import { KennzahlKarte } from '@/components/kennzahlen/KennzahlKarte';
import { ebenenNamen } from '@/lib/ebenen';
import { loadKennzahlen, loadKommune, loadManifest, loadQuellen } from '@/lib/data';
import Link from 'next/link';
import { fmtAnzahl, fmtDatum } from '@/lib/format';
import { gesamtBestand } from '@/lib/daten/bestand';
import { themenMitDaten } from '@/lib/themen/seite';
import { zusammenfassung } from '@/lib/zusammenfassung';

export default function Startseite() {
  const kommune = loadKommune();
  const { stand, kennzahlen } = loadKennzahlen();
  const quellen = new Map(loadQuellen().map((q) => [q.id, q]));
  const manifest = loadManifest();
  const b = gesamtBestand(Object.values(manifest.bestand));
  const saetze = zusammenfassung(kennzahlen, kommune.name);
  return (
    <div className="wrap">
      <section className="intro">
        <h1>Integration in {kommune.name} in Zahlen</h1>
        <p className="lead">
          Die wichtigsten Kennzahlen zu Bevölkerung, Migration und Zuwanderung – jede mit Stichtag, Quelle und Kennzeichnung, ob sie
          amtlich ist. Neuester Stand: <strong>{fmtDatum(stand)}</strong>.
        </p>
        <p className="leicht-link">
          <Link href="/leichte-sprache/" data-testid="link-leichte-sprache">
            Die wichtigsten Zahlen in Leichter Sprache
          </Link>
        </p>
      </section>
      {b.beispieldaten > 0 && (
        <aside className="hinweis" role="note" data-testid="hinweis-beispieldaten">
          <strong>Hinweis:</strong>{' '}
          {kennzahlen.every((k) => !k.illustrativ) && 'Die Kennzahlen und Sätze auf dieser Seite sind amtliche Werte, jeder mit seinem eigenen Stand. '}
          Im Atlas stehen außerdem {fmtAnzahl(b.beispieldaten)} Werte mit dem Zeichen <em>Beispieldaten</em>: erfundene, illustrative
          Werte, keine amtliche Statistik – mit allem, was aus ihnen berechnet ist. Sie ersetzen sich, sobald die Stadt ihre eigenen Daten
          einspielt.
          {manifest.geometrie.schematisch && ' Die Gebietsgrenzen sind schematisch.'}
        </aside>
      )}
      <section className="zusammenfassung" aria-labelledby="kurz-titel" data-testid="zusammenfassung">
        <h2 id="kurz-titel">Kurz gesagt</h2>
        <p>
          {saetze.map((s) => (
            <span key={s.text} className={s.illustrativ ? 'satz-ill' : undefined}>
              {s.text}{' '}
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
          {themenMitDaten().map((t) => (
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
              <span>Alle Kennzahlen nach {ebenenNamen(kommune.ebenen, 'singular')} auf der Karte.</span>
            </Link>
          </li>
          <li>
            <Link href="/gebiete/">
              <strong>Gebiete</strong>
              <span>Profile aller {ebenenNamen(kommune.ebenen)}.</span>
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
