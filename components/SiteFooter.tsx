import Link from 'next/link';
import { DarstellungWahl } from '@/components/DarstellungWahl';
import { GEHEIM_TEXT, GEHEIM_ZEICHEN } from '@/lib/format';
import type { Kommune } from '@/lib/config';

export function SiteFooter({ kommune }: { kommune: Kommune }) {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>
          Herausgeber: {kommune.herausgeber.name}. Lizenz: <a href={kommune.lizenz.url}>{kommune.lizenz.name}</a>. Namensnennung:{' '}
          {kommune.lizenz.namensnennung}.
        </p>
        <p>
          Zeichen in Tabellen: <abbr title="nichts vorhanden">–</abbr> nichts vorhanden · <abbr title="Zahlenwert unbekannt">.</abbr> unbekannt ·{' '}
          <abbr title={GEHEIM_TEXT}>{GEHEIM_ZEICHEN}</abbr> aus Datenschutzgründen nicht ausgewiesen · <abbr title="Aussage nicht sinnvoll">x</abbr> Aussage nicht sinnvoll.
        </p>
        <p>
          Für Sitzungen: <Link href="/praesentation/">Präsentation</Link> · <Link href="/handout/">Handout (A4)</Link> · <Link href="/daten/">Offene Daten</Link> ·{' '}
          <Link href="/daten/neu/">Was ist neu</Link>
        </p>
        <p>Keine Cookies, keine Analyse, keine Anfragen an Dritte.</p>
        <nav aria-label="Rechtliches">
          <ul className="fuss-links">
            <li>
              <Link href="/leichte-sprache/">Leichte Sprache</Link>
            </li>
            <li>
              <Link href="/impressum/">Impressum</Link>
            </li>
            <li>
              <Link href="/datenschutz/">Datenschutz</Link>
            </li>
            <li>
              <Link href="/barrierefreiheit/">Barrierefreiheit</Link>
            </li>
            <li>
              <Link href="/barrierefreiheit/#barrieren-melden">Barriere melden</Link>
            </li>
          </ul>
        </nav>
        <DarstellungWahl />
      </div>
    </footer>
  );
}
