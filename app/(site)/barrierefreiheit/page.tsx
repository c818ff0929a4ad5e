import type { Metadata } from 'next';
import { Angabe } from '@/components/recht/Angabe';
import { loadKommune } from '@/lib/data';
import { fmtDatum } from '@/lib/format';
import { GRENZEN_DER_SOFTWARE } from '@/lib/rechtliches';

export const metadata: Metadata = { title: 'Erklärung zur Barrierefreiheit', description: 'Stand der Barrierefreiheit des Integrationsatlas, Barrieren melden, Schlichtung.' };

/** Erklärung zur Barrierefreiheit (§ 10b BGG NRW, BITV 2.0) from kommune.json `rechtliches.barrierefreiheit`. */
export default function BarrierefreiheitSeite() {
  const k = loadKommune();
  const b = k.rechtliches.barrierefreiheit;
  const maengel = [...GRENZEN_DER_SOFTWARE, ...b.maengel];
  const betreff = encodeURIComponent(`Barriere im Integrationsatlas ${k.name}`);
  return (
    <div className="wrap recht">
      <h1>Erklärung zur Barrierefreiheit</h1>
      <p className="lead">
        {k.rechtliches.impressum.anbieter} bemüht sich, den Integrationsatlas barrierefrei zugänglich zu machen – nach dem Behindertengleichstellungsgesetz NRW, der
        Barrierefreie-Informationstechnik-Verordnung (BITV 2.0 / BITV NRW) und den Web Content Accessibility Guidelines (WCAG) 2.1, Stufe AA.
      </p>
      <h2>Stand der Vereinbarkeit</h2>
      <p data-testid="vereinbarkeit">Diese Website ist teilweise mit den Anforderungen vereinbar. Nicht oder nicht ganz barrierefrei sind:</p>
      <ul data-testid="maengel">
        {maengel.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p>
        Zu jedem Diagramm gibt es eine Tabelle, eine Kurzfassung in Worten und die Zahlen als CSV; Diagramme sind per Tastatur bedienbar, Farben werden stets von Text, Mustern oder
        Beschriftungen begleitet, und die Seiten funktionieren im Kontrastmodus, im dunklen Farbschema, vergrößert auf 400 % und ausgedruckt.
      </p>
      <h2>Erstellung dieser Erklärung</h2>
      <p>
        Stand: {fmtDatum(b.stand)}. Methode: {b.methode}.
      </p>
      <h2 id="barrieren-melden">Barrieren melden</h2>
      <p data-testid="feedback">
        Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Schreiben Sie uns:{' '}
        <Angabe wert={b.kontakt.email ?? b.kontakt.url}>
          {b.kontakt.email && <a href={`mailto:${b.kontakt.email}?subject=${betreff}`}>{b.kontakt.email}</a>}
          {b.kontakt.email && b.kontakt.url && ' oder '}
          {b.kontakt.url && <a href={b.kontakt.url}>Formular „Barriere melden“</a>}
        </Angabe>
        {b.kontakt.telefon && `, Telefon ${b.kontakt.telefon}`}. Wir antworten in angemessener Frist.
      </p>
      <h2>Schlichtungsverfahren</h2>
      <p data-testid="schlichtung">
        Bleibt Ihre Meldung ohne zufriedenstellende Antwort, können Sie sich an die {b.schlichtung.url ? <a href={b.schlichtung.url}>{b.schlichtung.name}</a> : b.schlichtung.name}{' '}
        wenden{b.schlichtung.email && (
          <>
            {' '}
            (<a href={`mailto:${b.schlichtung.email}`}>{b.schlichtung.email}</a>)
          </>
        )}
        . Sie vermittelt kostenfrei zwischen Ihnen und der öffentlichen Stelle.
      </p>
    </div>
  );
}
