import type { Metadata } from 'next';
import Link from 'next/link';
import { Angabe } from '@/components/recht/Angabe';
import { loadKommune } from '@/lib/data';

export const metadata: Metadata = { title: 'Datenschutz', description: 'Welche Daten beim Besuch des Integrationsatlas anfallen – und welche nicht.' };

/** Datenschutzerklärung (Art. 13 DSGVO) from kommune.json `rechtliches.datenschutz` and what the software does (and does not do). */
export default function DatenschutzSeite() {
  const k = loadKommune();
  const { impressum: i, datenschutz: d } = k.rechtliches;
  return (
    <div className="wrap recht">
      <h1>Datenschutz</h1>
      <p className="lead">Der Integrationsatlas setzt keine Cookies, misst keine Besuche und lädt nichts von anderen Servern. Er veröffentlicht keine Angaben über einzelne Menschen.</p>
      <h2>Verantwortlich</h2>
      <p>
        {i.anbieter}
        {i.anschrift.length > 0 && `, ${i.anschrift.join(', ')}`}. E-Mail: <Angabe wert={i.email}>{i.email && <a href={`mailto:${i.email}`}>{i.email}</a>}</Angabe>
      </p>
      {d.beauftragter && (
        <>
          <h2>Datenschutzbeauftragte Stelle</h2>
          <p>
            {d.beauftragter.name}
            {d.beauftragter.email && (
              <>
                , <a href={`mailto:${d.beauftragter.email}`}>{d.beauftragter.email}</a>
              </>
            )}
          </p>
        </>
      )}
      <h2>Was beim Besuch anfällt</h2>
      <ul>
        <li>
          <strong>Server-Protokolle:</strong> Der Server, der diese Seiten ausliefert, kann technisch notwendige Zugriffsdaten (IP-Adresse, Zeitpunkt, abgerufene
          Adresse, Browserkennung) protokollieren, um den Betrieb zu sichern (Art. 6 Abs. 1 lit. e DSGVO). Betrieb und Speicherdauer: <Angabe wert={d.hosting} />
        </li>
        <li>
          <strong>Ihre Darstellungswahl</strong> (Farbschema, Kontrast) wird nur in Ihrem Browser gespeichert (localStorage) und nie übertragen.
        </li>
        <li>
          <strong>Keine Dritten:</strong> keine Cookies, keine Analyse- oder Werbedienste, keine Schriften oder Skripte fremder Server.
          {k.karte ? ` Nur die Hintergrundkarte wird von ${new URL(k.karte.kachelUrl.replace(/\{[a-z]\}/g, '0')).host} geladen (${k.karte.namensnennung}); dieser Server erhält dabei Ihre IP-Adresse.` : ' Auch die Karte kommt ohne Kartendienst eines Dritten aus.'}
        </li>
        <li>
          <strong>Die veröffentlichten Zahlen</strong> sind Summen über viele Menschen; kleine Zahlen werden vor der Veröffentlichung gesperrt (siehe{' '}
          <Link prefetch={false} href="/methodik/#geheimhaltung">Geheimhaltung</Link>).
        </li>
      </ul>
      <h2>Ihre Rechte</h2>
      <p>
        Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch (Art. 15–21 DSGVO) gegenüber der verantwortlichen
        Stelle und das Recht, sich bei der Aufsichtsbehörde zu beschweren:{' '}
        {d.aufsicht.url ? <a href={d.aufsicht.url}>{d.aufsicht.name}</a> : d.aufsicht.name}.
      </p>
    </div>
  );
}
