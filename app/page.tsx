import { KennzahlKarte } from '@/components/kennzahlen/KennzahlKarte';
import { loadKennzahlen, loadKommune, loadManifest, loadQuellen } from '@/lib/data';
import { fmtDatum } from '@/lib/format';

export default function Startseite() {
  const kommune = loadKommune();
  const { stand, kennzahlen } = loadKennzahlen();
  const quellen = new Map(loadQuellen().map((q) => [q.id, q]));
  const manifest = loadManifest();
  const hatBeispiele = kennzahlen.some((k) => k.illustrativ);
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
      <section aria-labelledby="kennzahlen-titel">
        <h2 id="kennzahlen-titel">Kennzahlen</h2>
        <div className="kennzahlen" data-testid="kennzahlen">
          {kennzahlen.map((k) => (
            <KennzahlKarte key={k.id} k={k} quellen={quellen} />
          ))}
        </div>
      </section>
    </div>
  );
}
