import Link from 'next/link';
import { SeitenRahmen } from '@/components/SeitenRahmen';
import { loadKommune } from '@/lib/data';

/** The German 404 page, with the site's navigation (out/404.html; the servers send it with status 404). */
export default function NichtGefunden() {
  const k = loadKommune();
  return (
    <SeitenRahmen druckFuss={false}>
      <div className="wrap">
        <h1>Seite nicht gefunden</h1>
        <p className="lead">Unter dieser Adresse gibt es keine Seite des Integrationsatlas {k.name}. Vielleicht hilft einer dieser Wege weiter:</p>
        <ul>
          <li>
            <Link prefetch={false} href="/">Startseite mit den Kennzahlen</Link>
          </li>
          <li>
            <Link prefetch={false} href="/daten/">Offene Daten: alle Downloads</Link>
          </li>
          <li>
            <Link prefetch={false} href="/methodik/">Methodik und Glossar</Link>
          </li>
        </ul>
      </div>
    </SeitenRahmen>
  );
}
