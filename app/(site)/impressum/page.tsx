import type { Metadata } from 'next';
import Link from 'next/link';
import { Angabe } from '@/components/recht/Angabe';
import { loadKommune } from '@/lib/data';

export const metadata: Metadata = { title: 'Impressum', description: 'Anbieter, Anschrift und Verantwortliche des Integrationsatlas.' };

/** Impressum (§ 5 DDG, § 18 MStV) from kommune.json `rechtliches.impressum`. */
export default function ImpressumSeite() {
  const k = loadKommune();
  const i = k.rechtliches.impressum;
  return (
    <div className="wrap recht">
      <h1>Impressum</h1>
      <h2>Anbieter</h2>
      <p>
        {i.anbieter}
        {i.vertreten ? `, ${i.vertreten}` : ''}
      </p>
      <h2>Anschrift</h2>
      <p data-testid="impressum-anschrift">
        <Angabe wert={i.anschrift}>
          {i.anschrift.map((z, n) => (
            <span key={n}>
              {z}
              <br />
            </span>
          ))}
        </Angabe>
      </p>
      <h2>Kontakt</h2>
      <p>
        E-Mail: <Angabe wert={i.email}>{i.email && <a href={`mailto:${i.email}`}>{i.email}</a>}</Angabe>
        {i.telefon && (
          <>
            <br />
            Telefon: {i.telefon}
          </>
        )}
      </p>
      <h2>Inhaltlich verantwortlich</h2>
      <p>
        <Angabe wert={i.verantwortlich ?? k.herausgeber.name} />
      </p>
      {i.url && (
        <p>
          Vollständiges Impressum der Kommune: <a href={i.url}>{i.url}</a>
        </p>
      )}
      <h2>Daten und Lizenz</h2>
      <p>
        Herausgeber der Daten: {k.herausgeber.name}. Die Daten stehen unter der <a href={k.lizenz.url}>{k.lizenz.name}</a>; bitte nennen Sie: „{k.lizenz.namensnennung}“.
        Quellen und Kennzeichnungen: <Link prefetch={false} href="/methodik/">Methodik</Link>.
      </p>
      <p>
        Siehe auch: <Link prefetch={false} href="/datenschutz/">Datenschutz</Link> · <Link prefetch={false} href="/barrierefreiheit/">Erklärung zur Barrierefreiheit</Link>
      </p>
    </div>
  );
}
