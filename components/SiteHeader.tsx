import Link from 'next/link';
import { themenMitDaten } from '@/lib/themen/seite';
import { loadVergleich } from '@/lib/vergleich/lesen';

export function SiteHeader({ name }: { name: string }) {
  return (
    <header className="site-header">
      <div className="wrap kopf">
        <Link href="/" className="brand">
          Integrationsatlas <span>{name}</span>
        </Link>
        <nav aria-label="Hauptnavigation">
          <ul className="hauptnav">
            {themenMitDaten().map((t) => (
              <li key={t.id}>
                <Link href={`/themen/${t.id}/`}>{t.titel}</Link>
              </li>
            ))}
            <li>
              <Link href="/karte/">Karte</Link>
            </li>
            {loadVergleich() && (
              <li>
                <Link href="/vergleich/">Vergleich</Link>
              </li>
            )}
            <li>
              <Link href="/gebiete/">Gebiete</Link>
            </li>
            <li>
              <Link href="/daten/">Daten</Link>
            </li>

            <li>
              <Link href="/methodik/">Methodik</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
