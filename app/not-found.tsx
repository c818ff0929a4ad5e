import Link from 'next/link';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { loadKommune } from '@/lib/data';

/** The German 404 page, with the site's navigation (out/404.html; the servers send it with status 404). */
export default function NichtGefunden() {
  const k = loadKommune();
  return (
    <>
      <a className="skip" href="#inhalt">
        Zum Inhalt springen
      </a>
      <SiteHeader name={k.name} />
      <main id="inhalt">
        <div className="wrap">
          <h1>Seite nicht gefunden</h1>
          <p className="lead">Unter dieser Adresse gibt es keine Seite des Integrationsatlas {k.name}. Vielleicht hilft einer dieser Wege weiter:</p>
          <ul>
            <li>
              <Link href="/">Startseite mit den Kennzahlen</Link>
            </li>
            <li>
              <Link href="/daten/">Offene Daten: alle Downloads</Link>
            </li>
            <li>
              <Link href="/methodik/">Methodik und Glossar</Link>
            </li>
          </ul>
        </div>
      </main>
      <SiteFooter kommune={k} />
    </>
  );
}
