import type { Metadata } from 'next';
import { loadKennzahlen, loadKommune } from '@/lib/data';
import { datumLeicht, leichteAbschnitte } from '@/lib/leichte-sprache';

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return { title: 'Leichte Sprache', description: `Der Integrations-Atlas ${k.name} in Leichter Sprache: die wichtigsten Zahlen.` };
}

/** The key facts in Leichte Sprache (BITV 2.0 § 4): numbers from the published key figures. */
export default function LeichteSprache() {
  const kommune = loadKommune();
  const { stand, kennzahlen } = loadKennzahlen();
  const abschnitte = leichteAbschnitte(kennzahlen, kommune.name);
  return (
    <div className="wrap leicht" data-testid="leichte-sprache">
      <h1>Integrations-Atlas {kommune.name} in Leichter Sprache</h1>
      <h2>Was ist der Integrations-Atlas?</h2>
      <p>Der Integrations-Atlas ist eine Internet-Seite.</p>
      <p>Hier stehen Zahlen über die Menschen in {kommune.name}.</p>
      <p>Zum Beispiel: Wie viele Menschen wohnen hier? Woher kommen die Menschen?</p>
      <p>Die Seite ist von: {kommune.herausgeber.name}.</p>
      <p>Die neuesten Zahlen sind vom {datumLeicht(stand)}.</p>
      <h2>Die wichtigsten Zahlen</h2>
      {abschnitte.map((a) => (
        <section key={a.id} className={`leicht-zahl${a.beispiel ? ' beispiel' : ''}`} data-testid={`leicht-${a.id}`}>
          <h3>{a.titel}</h3>
          {a.saetze.map((s) => (
            <p key={s}>{s}</p>
          ))}
        </section>
      ))}
      <h2>Kleine Zahlen sind geschützt</h2>
      <p>Manche Zahlen zeigen wir nicht.</p>
      <p>Zum Beispiel, wenn in einem Gebiet nur 1 oder 2 Menschen gezählt wurden.</p>
      <p>Dann könnte man erraten, wer das ist.</p>
      <p>Das wollen wir nicht.</p>
      <h2>Wo finde ich mehr?</h2>
      <p>
        Alle Zahlen stehen auf der <a href="/">Start-Seite</a>.
      </p>
      <p>Die Start-Seite ist in schwerer Sprache.</p>
      <p>
        Auf der <a href="/karte/">Karte</a> sehen Sie die Zahlen für jeden Teil der Stadt.
      </p>
      <p>
        Sie haben eine Frage? Oder Sie können etwas nicht lesen? Dann schreiben Sie uns: <a href="/barrierefreiheit/#barrieren-melden">Kontakt</a>.
      </p>
    </div>
  );
}
